import type { PageSubject } from "../../shared/page-render";
import { articleHead, listHead, notFoundHead, type PageHead } from "./document-head";

/** The head for what a rendered page shows. */
export function headFor(subject: PageSubject, origin: string, path: string): PageHead {
  switch (subject.kind) {
    case "article":
      return articleHead(origin, subject.article);
    case "topic":
      return listHead(origin, {
        path,
        title: subject.topic.name,
        description: `The latest writing about ${subject.topic.name} from independent publishers on Broadsheet.`,
        feedBase: `/topic/${subject.topic.slug}`,
      });
    case "source":
      return listHead(origin, {
        path,
        title: subject.source.name,
        description: `The latest from ${subject.source.name}, credited and linked to the original.`,
        feedBase: `/source/${subject.source.slug}`,
      });
    case "search":
      return {
        ...listHead(origin, {
          path: "/search",
          title: "Search",
          description: "Search every article on Broadsheet.",
        }),
        robots: "noindex",
      };
    case "home":
      return listHead(origin, {
        path: "/",
        title: "Latest stories",
        description:
          "The latest writing from independent publishers, each credited and linked to its source.",
        feedBase: "",
      });
    case "not-found":
      return notFoundHead(origin, path);
    case "error":
      return { ...notFoundHead(origin, path), title: "Something went wrong · Broadsheet" };
  }
}
