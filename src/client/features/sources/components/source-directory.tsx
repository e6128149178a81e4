import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { appPaths } from "../../../../shared/paths";
import { sourceListQueryOptions } from "../api/get-sources";

/** Every publisher Broadsheet reads, for the footer. Quietly absent if the list fails. */
export function SourceDirectory() {
  const sources = useQuery(sourceListQueryOptions());
  if (!sources.data) return null;
  return (
    <ul className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
      {sources.data.items.map((source) => (
        <li key={source.slug}>
          <Link
            to={appPaths.source(source.slug)}
            className="inline-flex min-h-11 items-center font-sans text-sm text-ink underline-offset-4 hover:underline sm:min-h-9 pointer-coarse:min-h-11"
          >
            {source.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
