import type { Kysely } from "kysely";
import type { Source } from "../../shared/schemas";
import type { Database } from "../db/tables";

export async function listSources(db: Kysely<Database>): Promise<Source[]> {
  const rows = await db
    .selectFrom("sources as s")
    .leftJoin("articles as a", "a.source_id", "s.id")
    .select(["s.slug", "s.name", "s.site_url", (eb) => eb.fn.count<number>("a.id").as("article_count")])
    .groupBy(["s.id", "s.slug", "s.name", "s.site_url"])
    .orderBy("s.name")
    .execute();
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    url: row.site_url,
    articleCount: Number(row.article_count),
  }));
}

export async function findSourceIdBySlug(db: Kysely<Database>, slug: string): Promise<number | null> {
  const row = await db.selectFrom("sources").select("id").where("slug", "=", slug).executeTakeFirst();
  return row?.id ?? null;
}
