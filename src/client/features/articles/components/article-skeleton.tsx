import { Skeleton } from "../../../components/skeleton";

/** The article page's frame while its text loads: header, cover, a few paragraphs. */
export function ArticleSkeleton() {
  return (
    <div role="status" aria-live="polite" className="mx-auto max-w-3xl">
      <span className="sr-only">Loading the article…</span>
      <Skeleton className="h-3 w-32" />
      <Skeleton className="mt-4 h-10 w-full" />
      <Skeleton className="mt-2 h-10 w-3/4" />
      <Skeleton className="mt-5 h-5 w-full" />
      <Skeleton className="mt-2 h-5 w-2/3" />
      <Skeleton className="mt-6 h-16 w-full" />
      <Skeleton className="mt-6 aspect-video w-full rounded-md" />
      {[0, 1, 2].map((paragraph) => (
        <div key={paragraph} className="mt-6 space-y-2">
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-5/6" />
        </div>
      ))}
    </div>
  );
}
