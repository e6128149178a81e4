import { cn } from "../lib/cn";
import { describeError } from "../lib/describe-error";
import { Button } from "./button";

type ErrorPanelProps = {
  error: unknown;
  onRetry?: () => void;
  /** Overrides the generic heading, e.g. "Related reading didn't load". */
  title?: string;
  /** A small panel for secondary regions (sidebar), a large one for a whole page. */
  size?: "page" | "region";
  headingLevel?: 1 | 2 | 3;
  className?: string;
};

export function ErrorPanel({
  error,
  onRetry,
  title,
  size = "region",
  headingLevel = 2,
  className,
}: ErrorPanelProps) {
  const described = describeError(error);
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      role="alert"
      className={cn(
        "rounded-lg border border-rule bg-surface",
        size === "page" ? "mx-auto max-w-xl px-6 py-10 text-center" : "px-5 py-5",
        className,
      )}
    >
      <Heading
        tabIndex={headingLevel === 1 ? -1 : undefined}
        className={cn("font-serif font-semibold text-ink", size === "page" ? "text-3xl" : "text-lg")}
      >
        {title ?? described.title}
      </Heading>
      <p className={cn("mt-2 text-muted", size === "page" ? "text-base" : "text-sm")}>{described.detail}</p>
      {onRetry ? (
        <Button variant="primary" className="mt-5" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
