import type { ReactNode } from "react";

/**
 * A decorative 24x24 line icon drawn in the text colour. Hidden from assistive technology: the
 * control it sits in carries the accessible name. A className replaces the default size-5, so it
 * must give a size of its own.
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
      className={className ?? "size-5"}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
    >
      {children}
    </svg>
  );
}
