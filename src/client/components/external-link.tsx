import type { ComponentProps } from "react";

/**
 * A link that leaves Broadsheet: a new tab without `window.opener` or a Referer (noopener noreferrer),
 * and words for screen readers saying so, since the change of context is otherwise silent.
 */
export function ExternalLink({ children, ...props }: Omit<ComponentProps<"a">, "target" | "rel">) {
  return (
    <a {...props} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
