type ArticleRouteModule = typeof import("./routes/article");

let articleRoute: ArticleRouteModule | undefined;

/**
 * The lazily loaded article page module, shared by the router and by prefetching on intent. Once
 * loaded it is returned as is: import() of a module already loaded still resolves a task later,
 * and in that task React rendered the navigation's pending state on its own, a whole extra render
 * of the page being left before the click's real one.
 */
export async function loadArticleRoute(): Promise<ArticleRouteModule> {
  articleRoute ??= await import("./routes/article");
  return articleRoute;
}
