/**
 * For search engines: robots.txt naming the sitemap; /sitemap.xml listing every story (an index of
 * numbered sitemaps past 50,000 URLs, the protocol's limit per file); a Google News sitemap of the
 * last 48 hours.
 */
import { type Context, Hono } from "hono";
import { appPaths } from "../../shared/paths";
import type { AppDeps } from "../app-deps";
import { CACHE } from "../http/cache-control";
import { notFound } from "../http/problem";
import { siteOrigin } from "../http/site-url";
import { countStories, sitemapEntries } from "../queries/syndication";

const URLS_PER_SITEMAP = 50_000;
const NEWS_WINDOW_MS = 48 * 60 * 60_000;

function xmlEscape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function xml(c: Context, body: string) {
  c.header("Cache-Control", CACHE.reference);
  return c.body(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`, 200, {
    "Content-Type": "application/xml; charset=utf-8",
  });
}

function urlset(origin: string, entries: Awaited<ReturnType<typeof sitemapEntries>>): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${xmlEscape(`${origin}${appPaths.article(entry.slug)}`)}</loc><lastmod>${xmlEscape(entry.updated_at ?? entry.published_at)}</lastmod></url>`,
  );
  return `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

export function crawlingRouter({ db, publicUrl }: AppDeps) {
  return new Hono()
    .get("/robots.txt", (c) => {
      const origin = siteOrigin(c, publicUrl);
      c.header("Cache-Control", CACHE.reference);
      return c.text(
        `User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${origin}/sitemap.xml\nSitemap: ${origin}/sitemap-news.xml\n`,
      );
    })
    .get("/sitemap.xml", async (c) => {
      const origin = siteOrigin(c, publicUrl);
      const total = await countStories(db);
      if (total <= URLS_PER_SITEMAP) {
        return xml(c, urlset(origin, await sitemapEntries(db, { offset: 0, limit: URLS_PER_SITEMAP })));
      }
      const pages = Math.ceil(total / URLS_PER_SITEMAP);
      const items = Array.from(
        { length: pages },
        (_, index) => `<sitemap><loc>${xmlEscape(`${origin}/sitemap-${index + 1}.xml`)}</loc></sitemap>`,
      );
      return xml(
        c,
        `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`,
      );
    })
    .get("/sitemap-news.xml", async (c) => {
      const origin = siteOrigin(c, publicUrl);
      const entries = await sitemapEntries(db, {
        offset: 0,
        limit: 1000,
        sinceTs: Date.now() - NEWS_WINDOW_MS,
      });
      const urls = entries.map(
        (entry) =>
          `<url><loc>${xmlEscape(`${origin}${appPaths.article(entry.slug)}`)}</loc><news:news><news:publication><news:name>${xmlEscape(entry.source_name)}</news:name><news:language>en</news:language></news:publication><news:publication_date>${xmlEscape(entry.published_at)}</news:publication_date><news:title>${xmlEscape(entry.title)}</news:title></news:news></url>`,
      );
      return xml(
        c,
        `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join("\n")}\n</urlset>\n`,
      );
    })
    .get("/:file{sitemap-[0-9]+\\.xml}", async (c) => {
      const page = Number(/\d+/.exec(c.req.param("file"))?.[0] ?? "0");
      const total = await countStories(db);
      if (page < 1 || total <= URLS_PER_SITEMAP || (page - 1) * URLS_PER_SITEMAP >= total)
        throw notFound("There is no such sitemap.");
      return xml(
        c,
        urlset(
          siteOrigin(c, publicUrl),
          await sitemapEntries(db, { offset: (page - 1) * URLS_PER_SITEMAP, limit: URLS_PER_SITEMAP }),
        ),
      );
    });
}
