import { Skeleton } from "../../../components/skeleton";

/** Same boxes as ArticleCard, line for line, so the grid does not move when the data lands. */
export function ArticleCardSkeleton() {
  return (
    <div className="flex flex-col">
      <Skeleton className="aspect-video w-full rounded-md" />
      <Skeleton className="mt-4 h-3 w-24" />
      <Skeleton className="mt-3 h-6 w-11/12" />
      <Skeleton className="mt-2 h-6 w-2/3" />
      <Skeleton className="mt-3 h-4 w-full" />
      <Skeleton className="mt-2 h-4 w-full" />
      <Skeleton className="mt-2 h-4 w-1/2" />
      <Skeleton className="mt-4 h-4 w-48" />
    </div>
  );
}
