import { type ClassValue, clsx } from "clsx";
import { twMerge } from "tailwind-merge";

/** Class names that compose: later Tailwind utilities win over earlier ones (tailwind-merge). */
export function cn(...values: ClassValue[]): string {
  return twMerge(clsx(values));
}
