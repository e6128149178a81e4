import type { ReactNode } from "react";
import { cn } from "../lib/cn";

/**
 * A decorative 24x24 line icon drawn in the text colour. Hidden from assistive technology: the
 * control it sits in carries the accessible name.
 */
export function LineIcon({
  children,
  className,
  strokeWidth = 2,
}: {
  children: ReactNode;
  className?: string;
  strokeWidth?: number;
}) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={cn("size-5", className)}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
    >
      {children}
    </svg>
  );
}
