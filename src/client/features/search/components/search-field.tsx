import { useId } from "react";
import { cn } from "../../../lib/cn";

type SearchFieldProps = {
  value: string;
  onChange: (value: string) => void;
  label?: string;
  size?: "large" | "compact";
  className?: string;
};

/** A labelled search input; the form around it (role="search") belongs to the caller. */
export function SearchField({
  value,
  onChange,
  label = "Search articles",
  size = "large",
  className,
}: SearchFieldProps) {
  const id = useId();
  return (
    <div className={cn("relative", className)}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className={cn(
          "pointer-events-none absolute top-1/2 left-3.5 -translate-y-1/2 text-muted",
          size === "large" ? "size-5" : "size-4",
        )}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <circle cx="11" cy="11" r="6.5" />
        <path strokeLinecap="round" d="m16 16 4.5 4.5" />
      </svg>
      <input
        id={id}
        type="search"
        name="q"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        enterKeyHint="search"
        placeholder="Search articles"
        className={cn(
          "w-full rounded-full border border-rule bg-surface text-ink placeholder:text-muted focus:border-rule-strong",
          size === "large"
            ? "min-h-14 pr-5 pl-11 font-serif text-xl"
            : "min-h-11 pr-4 pl-10 font-sans text-sm",
        )}
      />
    </div>
  );
}
