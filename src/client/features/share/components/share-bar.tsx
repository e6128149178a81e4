import { cn } from "../../../lib/cn";
import { buildShareTargets } from "../utils/share-targets";
import { CopyLinkButton } from "./copy-link-button";
import { NativeShareButton } from "./native-share-button";
import { ShareIcon } from "./share-icon";

type ShareBarProps = {
  url: string;
  title: string;
  text?: string;
  /** Distinguishes the bars when a page has two ("Share this article" at top and at the end). */
  label?: string;
  className?: string;
};

/**
 * Native share sheet first (phones), then one link per network and copy-link: a named list, not a
 * landmark, so two bars on one page do not make two identically named regions.
 */
export function ShareBar({ url, title, text, label = "Share this article", className }: ShareBarProps) {
  const targets = buildShareTargets({ url, title });
  return (
    <div className={cn("flex flex-wrap items-center gap-x-1 gap-y-2", className)}>
      {/* As tall as a button on a phone: the system Share button joins this line after hydration
          (only the browser knows it has one) without moving anything below it. */}
      <span
        aria-hidden="true"
        className="mr-2 inline-flex min-h-11 items-center font-sans text-xs font-bold tracking-[0.12em] text-muted uppercase sm:min-h-0"
      >
        Share
      </span>
      <NativeShareButton url={url} title={title} text={text} className="ml-auto sm:mr-1 sm:ml-0" />
      {/* On a phone the list has a line of its own from the start: beside the label while the page
          is still arriving, it would jump below it once all its items were in (a layout shift). */}
      <ul
        aria-label={label}
        className="flex basis-full flex-wrap items-center gap-x-0.5 gap-y-2 sm:basis-auto"
      >
        {targets.map((target) => (
          <li key={target.network}>
            <a
              href={target.href}
              {...(target.network === "email" ? {} : { target: "_blank", rel: "noopener noreferrer" })}
              className="inline-flex size-11 items-center justify-center rounded-full text-muted hover:bg-sunken hover:text-ink"
            >
              <ShareIcon name={target.network} />
              <span className="sr-only">
                {target.network === "email"
                  ? "Share by email"
                  : `Share on ${target.name} (opens in a new tab)`}
              </span>
            </a>
          </li>
        ))}
        <li className="ml-1">
          <CopyLinkButton url={url} />
        </li>
      </ul>
    </div>
  );
}
