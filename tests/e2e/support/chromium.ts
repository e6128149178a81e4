import type { LaunchOptions } from "@playwright/test";

/**
 * Debian's Chromium, as CI installs it. The flags keep it from reaching for Google's services,
 * which this closed network refuses; --no-sandbox because CI runs as root.
 */
export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};
