import sanitizeHtml from "sanitize-html";

const ALLOWED_TAGS = [
  "p",
  "br",
  "hr",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "code",
  "ul",
  "ol",
  "li",
  "em",
  "strong",
  "b",
  "i",
  "u",
  "s",
  "del",
  "ins",
  "mark",
  "sub",
  "sup",
  "small",
  "abbr",
  "cite",
  "q",
  "a",
  "img",
  "figure",
  "figcaption",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "caption",
  "dl",
  "dt",
  "dd",
];

function resolveUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base || undefined);
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The one sanitiser: article HTML is cleaned here, at ingest, and stored clean; the client renders
 * it as is. An allowlist, so anything unknown (script, style, iframe, forms, event handlers,
 * javascript: and data: URLs, base, meta) is dropped.
 */
export function sanitiseArticleHtml(html: string, baseUrl: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ["href", "title", "rel"],
      img: ["src", "alt", "width", "height", "title", "loading", "decoding"],
      abbr: ["title"],
      th: ["scope", "colspan", "rowspan"],
      td: ["colspan", "rowspan"],
      ol: ["start", "reversed"],
    },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesAppliedToAttributes: ["href", "src"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "title"],
    transformTags: {
      // The page's own h1 is the article title; feed headings start one level down.
      h1: "h2",
      a: (_tag, attribs) => {
        const href = resolveUrl(attribs.href, baseUrl);
        return {
          tagName: "a",
          attribs: {
            ...(href ? { href } : {}),
            ...(attribs.title ? { title: attribs.title } : {}),
            rel: "noopener noreferrer nofollow",
          },
        };
      },
      img: (_tag, attribs) => {
        const src = resolveUrl(attribs.src, baseUrl);
        return {
          tagName: src ? "img" : "span",
          attribs: src ? { ...attribs, src, alt: attribs.alt ?? "", loading: "lazy", decoding: "async" } : {},
        };
      },
    },
    exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
  });
}
