/**
 * Statements prepared once per connection and reused: preparing costs more than running the small
 * indexed statements the ingest path is made of.
 */
import type SqliteDatabase from "better-sqlite3";

const caches = new WeakMap<SqliteDatabase.Database, Map<string, SqliteDatabase.Statement>>();

export function prepared<Parameters extends unknown[] = unknown[], Row = unknown>(
  sqlite: SqliteDatabase.Database,
  source: string,
): SqliteDatabase.Statement<Parameters, Row> {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = new Map();
    caches.set(sqlite, cache);
  }
  let statement = cache.get(source);
  if (!statement) {
    statement = sqlite.prepare(source);
    cache.set(source, statement);
  }
  return statement as SqliteDatabase.Statement<Parameters, Row>;
}

/** The SQL of every statement prepared so far on a connection: the query-plan test checks each. */
export function preparedSources(sqlite: SqliteDatabase.Database): string[] {
  return [...(caches.get(sqlite)?.keys() ?? [])];
}
