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
 * One link per network and copy-link, and the native share sheet where the browser has one: a named
 * list, not a landmark, so two bars on one page do not make two identically named regions.
 */
export function ShareBar({ url, title, text, label = "Share this article", className }: ShareBarProps) {
  const targets = buildShareTargets({ url, title });
  return (
    // Laid out by the room the bar has, not the screen's: the one-line layout needs about 42rem
    // with the system Share button in it, which a tablet's article column does not have.
    <div className={cn("@container", className)}>
      <div className="flex flex-wrap items-center gap-x-1 gap-y-2">
        {/* As tall as a button where the list has a line of its own: the system Share button joins
          this line after hydration (only the browser knows it has one) without moving anything. */}
        <span
          aria-hidden="true"
          className="mr-2 inline-flex min-h-11 items-center font-sans text-xs font-bold tracking-[0.12em] text-muted uppercase @2xl:min-h-0"
        >
          Share
        </span>
        {/* In a narrow bar the list has a line of its own from the start: beside the label while the
          page is still arriving, it would jump below it once all its items were in (a layout shift). */}
        <ul
          aria-label={label}
          className="flex basis-full flex-wrap items-center gap-x-0.5 gap-y-2 @max-2xl:order-2 @2xl:basis-auto"
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
        {/* Last, so that where it arrives in a wide bar (a laptop browser with a share sheet) nothing
          it would push aside is there yet; a narrow bar shows it on the label's line, kept for it.
          Keyboard order follows the wide layout, where it comes last on screen too. */}
        <NativeShareButton
          url={url}
          title={title}
          text={text}
          className="ml-auto @max-2xl:order-1 @2xl:ml-2"
        />
      </div>
    </div>
  );
}
