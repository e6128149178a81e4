import type { CSSProperties } from "react";
import type { RelatedArticle } from "../../../../shared/schemas";
import { topicHue } from "../../../lib/topic-hue";

/**
 * A square thumbnail: the image when there is one, else a topic-tinted tile with the title's initial
 * (the sidebar is too small for the full generated cover to read as anything).
 */
export function RelatedThumbnail({ article }: { article: RelatedArticle }) {
  if (article.imageUrl) {
    return (
      <img
        src={article.imageUrl}
        alt=""
        width={80}
        height={80}
        loading="lazy"
        decoding="async"
        className="size-20 shrink-0 rounded-md bg-sunken object-cover"
      />
    );
  }
  const hue = topicHue(article.topics[0]?.slug, 30);
  const style = { "--cover-hue": String(hue) } as CSSProperties;
  return (
    <div
      aria-hidden="true"
      style={style}
      className="cover flex size-20 shrink-0 items-center justify-center rounded-md bg-(--cover-bg) font-serif text-3xl font-bold text-(--cover-ink)"
    >
      {article.title
        .replace(/^[^\p{L}\p{N}]+/u, "")
        .charAt(0)
        .toUpperCase()}
    </div>
  );
}
