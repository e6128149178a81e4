import type { Kysely } from "kysely";
import type { Topic } from "../../shared/schemas";
import type { Database } from "../db/tables";

export async function listTopics(db: Kysely<Database>): Promise<Topic[]> {
  const rows = await db
    .selectFrom("topics as t")
    .leftJoin("article_topics as at", "at.topic_id", "t.id")
    // Count stories, as the topic page lists them: another publisher's copy is not a second story.
    .leftJoin("articles as a", (join) =>
      join.onRef("a.id", "=", "at.article_id").on("a.duplicate_of", "is", null),
    )
    .select(["t.slug", "t.name", (eb) => eb.fn.count<number>("a.id").as("article_count")])
    .groupBy(["t.id", "t.slug", "t.name"])
    .orderBy("article_count", "desc")
    .orderBy("t.name")
    .execute();
  return rows.map((row) => ({ slug: row.slug, name: row.name, articleCount: Number(row.article_count) }));
}

export async function findTopicIdBySlug(db: Kysely<Database>, slug: string): Promise<number | null> {
  const row = await db.selectFrom("topics").select("id").where("slug", "=", slug).executeTakeFirst();
  return row?.id ?? null;
}
