/**
 * Opaque keyset cursors: base64url(JSON payload) + "." + HMAC. The signature makes a tampered or
 * hand-made cursor a clean 400 instead of a query on whatever values it happened to carry.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "./tables";

const listPositionSchema = z.object({
  kind: z.literal("list"),
  publishedTs: z.number().int(),
  id: z.number().int().positive(),
});
const searchPositionSchema = z.object({
  kind: z.literal("search"),
  /** Binds the cursor to the search it came from. */
  queryKey: z.string(),
  mode: z.enum(["all", "any"]),
  score: z.number(),
  id: z.number().int().positive(),
});
const positionSchema = z.discriminatedUnion("kind", [listPositionSchema, searchPositionSchema]);

export type ListPosition = z.infer<typeof listPositionSchema>;
export type SearchPosition = z.infer<typeof searchPositionSchema>;
type Position = z.infer<typeof positionSchema>;

export class InvalidCursorError extends Error {}

export type CursorCodec = {
  encode: (position: Position) => string;
  decodeList: (cursor: string) => ListPosition;
  decodeSearch: (cursor: string) => SearchPosition;
};

export function createCursorCodec(secret: string): CursorCodec {
  const sign = (payload: string) =>
    createHmac("sha256", secret).update(payload).digest("base64url").slice(0, 22);

  function decode(cursor: string): Position {
    const [payload, signature, extra] = cursor.split(".");
    if (!payload || !signature || extra !== undefined)
      throw new InvalidCursorError("is not a cursor this server issued");
    const expected = Buffer.from(sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new InvalidCursorError("has been altered or was not issued by this server");
    }
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    } catch {
      throw new InvalidCursorError("is not a cursor this server issued");
    }
    const parsed = positionSchema.safeParse(json);
    if (!parsed.success) throw new InvalidCursorError("is not a cursor this server issued");
    return parsed.data;
  }

  return {
    encode(position) {
      const payload = Buffer.from(JSON.stringify(position)).toString("base64url");
      return `${payload}.${sign(payload)}`;
    },
    decodeList(cursor) {
      const position = decode(cursor);
      if (position.kind !== "list") throw new InvalidCursorError("belongs to a search, not an article list");
      return position;
    },
    decodeSearch(cursor) {
      const position = decode(cursor);
      if (position.kind !== "search")
        throw new InvalidCursorError("belongs to an article list, not a search");
      return position;
    },
  };
}

/** The signing key lives in the database so cursors survive a restart but not a new database. */
export async function loadCursorSecret(db: Kysely<Database>): Promise<string> {
  const existing = await db
    .selectFrom("app_settings")
    .select("value")
    .where("key", "=", "cursor_secret")
    .executeTakeFirst();
  if (existing) return existing.value;
  const secret = randomBytes(32).toString("base64url");
  await db
    .insertInto("app_settings")
    .values({ key: "cursor_secret", value: secret })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const stored = await db
    .selectFrom("app_settings")
    .select("value")
    .where("key", "=", "cursor_secret")
    .executeTakeFirstOrThrow();
  return stored.value;
}
