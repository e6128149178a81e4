/** The only reader of process.env: validated once at boot, so a bad setting fails fast and clearly. */
import { z } from "zod";

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z.string().min(1).default("./data/broadsheet.db"),
  /** Where the built client lives (vite build's outDir). */
  CLIENT_DIST: z.string().min(1).default("dist/client"),
  /** Where the server-rendering build lives (vite build --ssr's outDir). */
  SERVER_DIST: z.string().min(1).default("dist/server"),
  /** The public origin (https://news.example) for absolute links; default: the request's own. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Cache of generated share-card images. */
  SHARE_CARD_DIR: z.string().min(1).default("./data/share-cards"),
  /** Ingest the bundled demo feeds into an empty database at start ("off" for a production site). */
  DEMO_CONTENT: z.enum(["on", "off"]).default("on"),
  /** A file listing the feeds `npm start` keeps polling, one URL or path a line (see README). */
  FEEDS_FILE: z.string().min(1).default("./data/feeds.txt"),
  /** How often each listed feed is fetched, before jitter and back-off. */
  POLL_INTERVAL_MINUTES: z.coerce
    .number()
    .min(1)
    .max(24 * 60)
    .default(30),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
