/**
 * The limit for the API section: a bare node:http server answering, from memory, the exact bytes and
 * headers the real server gave for each path. Run as its own process (like the real server, through
 * tsx), it prints "listening <port>" once ready. BARE_RESPONSES names a JSON file of
 * [{ path, status, headers, body (base64) }].
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

type Recorded = { path: string; status: number; headers: Record<string, string>; body: string };

const recorded = JSON.parse(readFileSync(process.env.BARE_RESPONSES ?? "", "utf8")) as Recorded[];
const answers = new Map(
  recorded.map((entry) => {
    const body = Buffer.from(entry.body, "base64");
    const headers = { ...entry.headers, "content-length": String(body.byteLength) };
    return [entry.path, { status: entry.status, headers, body }] as const;
  }),
);

const server = createServer((request, response) => {
  const answer = answers.get(request.url ?? "");
  if (!answer) {
    response.writeHead(404, { "content-length": "0" });
    response.end();
    return;
  }
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
});
// The same keep-alive behaviour as @hono/node-server's default node:http server.
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === "object" && address ? address.port : 0}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
