import { Link } from "react-router";
import { appPaths } from "../../../shared/paths";
import { cn } from "../../lib/cn";

export function Wordmark({ className }: { className?: string }) {
  return (
    <Link
      to={appPaths.home()}
      className={cn(
        "inline-flex min-h-11 items-center font-serif font-black tracking-tight text-ink",
        className,
      )}
    >
      Broadsheet
    </Link>
  );
}
