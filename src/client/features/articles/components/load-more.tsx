import { useEffect, useRef } from "react";
import { Button } from "../../../components/button";

type LoadMoreProps = {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** What a page holds, for the button text: "stories", "results". */
  noun: string;
};

/**
 * "Load more" stays a real button for keyboards and switch users; scrolling near it also loads the
 * next page, as an enhancement, only where IntersectionObserver exists.
 */
export function LoadMore({ hasMore, loading, onLoadMore, noun }: LoadMoreProps) {
  const sentinel = useRef<HTMLDivElement>(null);
  const loadRef = useRef(onLoadMore);
  loadRef.current = onLoadMore;

  useEffect(() => {
    const element = sentinel.current;
    if (!hasMore || loading || !element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) loadRef.current();
      },
      { rootMargin: "400px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasMore, loading]);

  if (!hasMore) {
    return (
      <p className="mt-14 text-center font-serif text-base text-muted italic">
        You've reached the end. That's everything for now.
      </p>
    );
  }
  return (
    <div ref={sentinel} className="mt-14 flex justify-center">
      <Button variant="secondary" onClick={onLoadMore} disabled={loading} aria-disabled={loading}>
        {loading ? `Loading more ${noun}…` : `Load more ${noun}`}
      </Button>
    </div>
  );
}
