import { useLocation } from "react-router";
import { ArticleFeedSkeleton } from "../../features/articles/components/article-feed-skeleton";
import { ArticleSkeleton } from "../../features/articles/components/article-skeleton";

/** What the first load shows under the masthead while the page's code and data arrive. */
export function PageFallback() {
  const { pathname } = useLocation();
  return (
    <div className="py-8 sm:py-12">
      {pathname.startsWith("/article/") ? <ArticleSkeleton /> : <ArticleFeedSkeleton />}
    </div>
  );
}
