/**
 * Share cards: a 1200x630 PNG (the Open Graph size) for articles without a cover of their own,
 * drawn from the title, the publisher and the product name, and cached on disk by content.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

const TITLE_FONT_SIZE = 58;
const TITLE_LINE_HEIGHT = 72;
// DejaVu Serif Bold averages a little over half an em per character.
const TITLE_CHARS_PER_LINE = 28;
const TITLE_MAX_LINES = 4;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Greedy word wrap; the last line ends with an ellipsis when the title is longer than the card. */
function wrapTitle(title: string, charsPerLine = TITLE_CHARS_PER_LINE, maxLines = TITLE_MAX_LINES): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= charsPerLine || !line) {
      line = candidate.length > charsPerLine * 1.5 ? `${candidate.slice(0, charsPerLine - 1)}…` : candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) lines.push(line);
  const used = lines.join(" ").replace(/…$/, "");
  const last = lines.at(-1);
  if (last !== undefined && used.length < title.trim().replace(/\s+/g, " ").length && !last.endsWith("…")) {
    lines[lines.length - 1] = `${last.replace(/[\s,;:.!?–—-]+$/u, "")}…`;
  }
  return lines;
}

function shareCardSvg(card: { title: string; sourceName: string }): string {
  const { width, height } = SHARE_CARD_SIZE;
  const lines = wrapTitle(card.title);
  const top = 190 + ((TITLE_MAX_LINES - lines.length) * TITLE_LINE_HEIGHT) / 2;
  const title = lines
    .map((line, index) => `<tspan x="80" y="${top + index * TITLE_LINE_HEIGHT}">${escapeXml(line)}</tspan>`)
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#faf7f2"/>
  <rect width="${width}" height="14" fill="#9f1d20"/>
  <text x="80" y="100" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="26" font-weight="bold" letter-spacing="4" fill="#9f1d20">${escapeXml(card.sourceName.toUpperCase())}</text>
  <text font-family="DejaVu Serif, Liberation Serif, serif" font-size="${TITLE_FONT_SIZE}" font-weight="bold" fill="#1c1917">${title}</text>
  <line x1="80" y1="520" x2="${width - 80}" y2="520" stroke="#d6d3d1" stroke-width="2"/>
  <text x="80" y="575" font-family="DejaVu Serif, Liberation Serif, serif" font-size="36" font-weight="bold" fill="#1c1917">Broadsheet</text>
  <text x="${width - 80}" y="575" text-anchor="end" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="24" fill="#57534e">Read it with credit to the source</text>
</svg>`;
}

function renderShareCard(card: { title: string; sourceName: string }): Buffer {
  const resvg = new Resvg(shareCardSvg(card), {
    font: { loadSystemFonts: true },
    fitTo: { mode: "original" },
  });
  return resvg.render().asPng();
}

/** The card from the disk cache, drawn and stored first when its title or publisher is new. */
export async function cachedShareCard(
  directory: string,
  card: { slug: string; title: string; sourceName: string },
): Promise<Buffer> {
  const key = createHash("sha256").update(`${card.title}\n${card.sourceName}`).digest("hex").slice(0, 16);
  const file = join(directory, `${card.slug}-${key}.png`);
  try {
    return await readFile(file);
  } catch {
    const png = renderShareCard(card);
    await mkdir(directory, { recursive: true });
    // Write then rename, so a concurrent reader never sees half a file.
    const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(partial, png);
    await rename(partial, file);
    return png;
  }
}
