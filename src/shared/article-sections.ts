/**
 * Finds an article's sections in its (sanitised) HTML and gives each a stable id, as a pure string
 * transform with no DOM. The server's API applies it once per article (src/server/queries/map-article.ts),
 * so the browser receives the sectioned body and its sections ready to render, and a click on a card
 * spends no time on it. Two shapes occur in the feeds: <h2> headings, and essays whose sections are
 * paragraphs opening "1) ", "2) " … (the source page's style).
 */
import type { ArticleSection } from "./schemas";

export type SectionedArticle = { html: string; sections: ArticleSection[] };

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "\u2019",
  lsquo: "\u2018",
  rdquo: "\u201d",
  ldquo: "\u201c",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const value =
        code[1] === "x" || code[1] === "X" ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isFinite(value) ? String.fromCodePoint(value) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Text content of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
export function textOf(fragment: string): string {
  let text = "";
  let inTag = false;
  for (const char of fragment) {
    if (char === "<") inTag = true;
    else if (char === ">") inTag = false;
    else if (!inTag) text += char;
  }
  return decodeEntities(text).replace(/\s+/g, " ").trim();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "section";
}

/** The first sentence, cut on a word boundary near `max` characters: a label, not the paragraph. */
function firstSentence(text: string, max = 90): string {
  const end = text.search(/[.?!](\s|$)/);
  const sentence = end > 0 ? text.slice(0, end + 1) : text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[,;:]$/, "")}…`;
}

function anchorFor(id: string, title: string): string {
  return `<a class="heading-anchor" href="#${id}"><span aria-hidden="true">#</span><span class="sr-only">Link to the section ${escapeHtml(title)}</span></a>`;
}

function tagAt(html: string, index: number, name: string): boolean {
  if (html.slice(index + 1, index + 1 + name.length).toLowerCase() !== name) return false;
  const after = html[index + 1 + name.length];
  return after === ">" || after === " " || after === "\n" || after === "\t";
}

function existingId(openTag: string): string | null {
  const at = openTag.indexOf(' id="');
  if (at < 0) return null;
  const end = openTag.indexOf('"', at + 5);
  return end > at ? openTag.slice(at + 5, end) : null;
}

function numberedStart(inner: string): { number: number; rest: string } | null {
  const match = /^(\d{1,2})\)\s/.exec(inner);
  if (!match?.[1]) return null;
  return { number: Number(match[1]), rest: inner.slice(match[0].length) };
}

export function sectionizeArticle(html: string): SectionedArticle {
  const sections: ArticleSection[] = [];
  const used = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };

  let out = "";
  let pos = 0;
  for (let start = html.indexOf("<", pos); start >= 0; start = html.indexOf("<", pos)) {
    const isHeading = tagAt(html, start, "h2");
    const isParagraph = !isHeading && tagAt(html, start, "p");
    const openEnd = isHeading || isParagraph ? html.indexOf(">", start) : -1;
    const closeTag = isHeading ? "</h2>" : "</p>";
    const close = openEnd >= 0 ? html.indexOf(closeTag, openEnd) : -1;
    if (close < 0) {
      out += html.slice(pos, start + 1);
      pos = start + 1;
      continue;
    }
    const openTag = html.slice(start, openEnd);
    const inner = html.slice(openEnd + 1, close);

    if (isHeading) {
      const title = textOf(inner);
      const id = existingId(openTag) ?? uniqueId(slugify(title));
      used.add(id);
      sections.push({ id, title });
      const withId = existingId(openTag) ? openTag : `${openTag} id="${id}"`;
      out += `${html.slice(pos, start)}${withId}>${inner}${anchorFor(id, title)}${closeTag}`;
    } else {
      const numbered = numberedStart(inner);
      if (!numbered) {
        out += html.slice(pos, close + closeTag.length);
      } else {
        const title = firstSentence(textOf(numbered.rest));
        const id = uniqueId(`section-${numbered.number}`);
        sections.push({ id, title, number: numbered.number });
        out += `${html.slice(pos, start)}<p id="${id}" data-section=""><span class="section-number">${numbered.number})</span> ${numbered.rest}${anchorFor(id, title)}</p>`;
      }
    }
    pos = close + closeTag.length;
  }
  out += html.slice(pos);
  return { html: out, sections };
}
