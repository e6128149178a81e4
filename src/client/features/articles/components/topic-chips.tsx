import { Link } from "react-router";
import { appPaths } from "../../../../shared/paths";
import type { TopicRef } from "../../../../shared/schemas";
import { cn } from "../../../lib/cn";

export function TopicChips({ topics, className }: { topics: TopicRef[]; className?: string }) {
  if (topics.length === 0) return null;
  return (
    <ul aria-label="Topics" className={cn("flex flex-wrap gap-2", className)}>
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link
            to={appPaths.topic(topic.slug)}
            className="relative z-10 inline-flex min-h-8 items-center rounded-full border border-rule px-3 font-sans text-xs font-medium text-muted hover:border-rule-strong hover:text-ink pointer-coarse:min-h-11"
          >
            {topic.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
