import { Skeleton } from "../../../components/skeleton";
import { ArticleCardSkeleton } from "./article-card-skeleton";

/** The lead story and a page of cards, in their final sizes. Announced once, not per block. */
export function ArticleFeedSkeleton({ cards = 6 }: { cards?: number }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading stories…</span>
      <div className="grid gap-5 md:grid-cols-12 md:gap-8">
        <Skeleton className="aspect-video w-full rounded-md md:col-span-7" />
        <div className="flex flex-col justify-center md:col-span-5">
          <Skeleton className="h-3 w-28" />
          <Skeleton className="mt-3 h-9 w-full" />
          <Skeleton className="mt-2 h-9 w-4/5" />
          <Skeleton className="mt-5 h-5 w-full" />
          <Skeleton className="mt-2 h-5 w-3/4" />
          <Skeleton className="mt-5 h-4 w-52" />
        </div>
      </div>
      <div className="mt-12 grid gap-x-8 gap-y-12 border-t border-rule pt-10 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: cards }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity beyond position.
          <ArticleCardSkeleton key={index} />
        ))}
      </div>
    </div>
  );
}
