import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, type LogConfig, SqliteDialect } from "kysely";
import { checkpointInBackground } from "./background-checkpoints";
import type { Database } from "./tables";

export type DatabaseLocation = { kind: "sqlite"; file: string };

/**
 * DATABASE_URL forms: a file path, `file:path`, `sqlite:path`, or `:memory:`.
 * PostgreSQL (`postgres://…`) is planned behind the same variable; until it lands it is refused
 * at boot with a clear message rather than half-working.
 */
export function parseDatabaseUrl(url: string): DatabaseLocation {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    throw new Error(
      "DATABASE_URL points at PostgreSQL, which this version does not support yet; use a SQLite file path",
    );
  }
  const file = url.replace(/^(sqlite|file):(\/\/)?/i, "");
  if (file === "") throw new Error("DATABASE_URL is empty; give a SQLite file path or :memory:");
  return { kind: "sqlite", file };
}

export type Store = {
  db: Kysely<Database>;
  /**
   * Changes whenever anything commits to the database: another connection (SQLite's
   * data_version) or this one (total_changes). Synchronous and prepared once: it runs per request.
   */
  version: () => string;
  close: () => Promise<void>;
};

/** The better-sqlite3 handle under each Kysely instance that openStore made. */
const handles = new WeakMap<Kysely<Database>, SqliteDatabase.Database>();

/**
 * The SQLite handle of a store, for the ingest path: it writes whole feeds in one synchronous
 * transaction through statements prepared once, which Kysely (compiling and preparing every query
 * anew) cannot do at a thousand articles a second; and for ranking a related list, some twenty
 * small indexed walks a list. Other reads for the API stay on Kysely.
 */
export function sqliteOf(db: Kysely<Database>): SqliteDatabase.Database {
  const handle = handles.get(db);
  if (!handle) throw new Error("This Kysely instance was not opened with openStore");
  return handle;
}

export type StoreOptions = {
  log?: LogConfig;
  /**
   * Copy the write-ahead log into the file on a thread of its own (background-checkpoints.ts): for
   * the processes that write whole feeds (the server, the ingest CLI, the benchmark).
   */
  checkpointInBackground?: boolean;
};

export function openStore(location: DatabaseLocation, options: StoreOptions = {}): Store {
  if (location.file !== ":memory:") mkdirSync(dirname(resolve(location.file)), { recursive: true });
  const sqlite = new SqliteDatabase(location.file);
  // WAL lets readers go on while a feed is written; a busy timeout absorbs short write contention
  // from a second process (the ingest CLI) instead of failing at once.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // The default 2 MB page cache is a few thousand articles; past that every index walk would go
  // to the operating system for its pages. Memory-mapped reads skip that copy: the whole file up to
  // this build's ceiling (2 GB, about 100,000 articles), address space rather than memory.
  sqlite.pragma("cache_size = -65536");
  sqlite.pragma("mmap_size = 2147418112");
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    ...(options.log ? { log: options.log } : {}),
  });
  handles.set(db, sqlite);
  const checkpoints =
    options.checkpointInBackground && location.file !== ":memory:"
      ? checkpointInBackground(sqlite, location.file)
      : null;
  const versionQuery = sqlite.prepare(
    "SELECT data_version AS version, total_changes() AS changes FROM pragma_data_version",
  );
  const version = () => {
    const row = versionQuery.get() as { version: number; changes: number };
    return `${row.version}:${row.changes}`;
  };
  const close = async () => {
    // The checkpoint thread's connection closes first, so this one, the last, leaves no log behind.
    await checkpoints?.stop();
    await db.destroy();
    // Kysely closes the handle only if it ever ran a query; a store used through sqliteOf alone
    // would otherwise stay open.
    if (sqlite.open) sqlite.close();
  };
  return { db, version, close };
}
