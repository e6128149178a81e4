/** The lazily loaded page modules, shared by the router and by prefetching on intent. */
export const loadArticleRoute = () => import("./routes/article");
