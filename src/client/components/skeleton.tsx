import { cn } from "../lib/cn";

/** A placeholder block with the final element's size, so content arrives without a layout shift. */
export function Skeleton({ className }: { className?: string }) {
  return <span aria-hidden="true" className={cn("skeleton block", className)} />;
}
