/** `npm start`'s first step (prestart): build the web app only when its sources changed. */
import { clientBuildIsStale, ensureClientBuild } from "./ensure-client-build";

if (clientBuildIsStale()) process.stdout.write("Building the web app (first start or sources changed)…\n");
else process.stdout.write("Web app is up to date.\n");
await ensureClientBuild();
