import type { ComponentProps } from "react";
import { cn } from "../lib/cn";

type ButtonProps = ComponentProps<"button"> & { variant?: "primary" | "secondary" | "quiet" };

const VARIANTS = {
  primary: "bg-ink text-paper hover:bg-accent hover:text-accent-ink",
  secondary: "border border-rule-strong text-ink hover:bg-sunken",
  quiet: "text-ink hover:bg-sunken",
} as const;

/** At least 44x44 px (WCAG 2.5.5 target size) on every screen, not only touch ones. */
export function Button({ variant = "secondary", className, type = "button", ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={cn(
        "inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-2 rounded-full px-5 font-sans text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60 motion-reduce:transition-none",
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  );
}
