import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { compression } from "vite-plugin-compression2";
import { defineConfig } from "vitest/config";
import { startAfterFirstPaint } from "./src/client/build/start-after-first-paint.ts";
import { ROUTE_MODULES_ELEMENT_ID } from "./src/shared/page-render.ts";

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    startAfterFirstPaint({ routeModulesElementId: ROUTE_MODULES_ELEMENT_ID }),
    // Brotli and gzip copies beside each asset, made once at build time: the server sends them as they
    // are (serveStatic's precompressed) instead of compressing 250 KB of scripts on every cold visit,
    // on the same cores the reader's page load is competing for.
    {
      ...compression({
        include: /(^|\/)assets\/[^/]+\.(js|css|svg)$/,
        algorithms: ["brotliCompress", "gzip"],
        logLevel: "silent",
      }),
      // The server-rendering build's chunks are imported by Node, never sent.
      apply: (_config, env) => env.command === "build" && !env.isSsrBuild,
    },
  ],
  build: {
    outDir: "dist/client",
    // .vite/manifest.json: which chunks each route module needs, for the server to list them in the
    // pages it renders (src/server/pages/route-modules.ts). The server never serves dot-paths.
    manifest: true,
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // The libraries in chunks of their own, so the bootstrap can evaluate them one task at a
        // time (see start-after-first-paint.ts) instead of in one long task with the app.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: "router", test: /node_modules[\\/]react-router[\\/]/ },
            { name: "query", test: /node_modules[\\/]@tanstack[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    // `npm run dev`: Vite serves the client, the API server (npm start) answers /api.
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "server",
          environment: "node",
          include: ["src/server/**/*.test.ts", "src/shared/**/*.test.ts", "tests/server/**/*.test.ts"],
          globalSetup: ["tests/setup/build-client.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "client",
          environment: "jsdom",
          include: ["src/client/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/setup/client.ts"],
        },
      },
    ],
  },
});
