import { useQuery } from "@tanstack/react-query";
import { NavLink } from "react-router";
import { appPaths } from "../../../../shared/paths";
import { cn } from "../../../lib/cn";
import { topicListQueryOptions } from "../api/get-topics";

const linkClass = ({ isActive }: { isActive: boolean }) =>
  cn(
    "relative inline-flex min-h-11 shrink-0 items-center px-3 font-sans text-sm font-semibold whitespace-nowrap",
    "after:absolute after:inset-x-3 after:bottom-0 after:h-[3px]",
    isActive ? "text-ink after:bg-accent" : "text-muted after:bg-transparent hover:text-ink",
  );

/**
 * The sections of the paper. On phones the row scrolls sideways rather than wrapping, so the
 * masthead keeps one height; while the topics load, "Latest" alone holds the row.
 */
export function TopicNav() {
  const topics = useQuery(topicListQueryOptions());
  return (
    <nav aria-label="Topics" className="no-scrollbar -mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max items-center gap-1 sm:justify-center">
        <li>
          <NavLink to={appPaths.home()} end className={linkClass}>
            Latest
          </NavLink>
        </li>
        {topics.data?.items.map((topic) => (
          <li key={topic.slug}>
            <NavLink to={appPaths.topic(topic.slug)} className={linkClass}>
              {topic.name}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
