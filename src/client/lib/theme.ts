/**
 * Light/dark theme. With no choice made the CSS follows `prefers-color-scheme`; a choice is kept in
 * a cookie that the server reads to render <html data-theme> itself, so the first paint has the
 * right colours with no blocking script (and a strict CSP needs no 'unsafe-inline').
 */
export type Theme = "light" | "dark";

export const THEME_COOKIE = "broadsheet-theme";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
const DARK_QUERY = "(prefers-color-scheme: dark)";

const listeners = new Set<() => void>();

export function subscribeToTheme(listener: () => void): () => void {
  listeners.add(listener);
  const media = window.matchMedia?.(DARK_QUERY);
  media?.addEventListener("change", listener);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener("change", listener);
  };
}

export function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === "light" || chosen === "dark") return chosen;
  return window.matchMedia?.(DARK_QUERY).matches ? "dark" : "light";
}

export function setTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  // biome-ignore lint/suspicious/noDocumentCookie: one first-party preference; the Cookie Store API is not in every browser yet.
  document.cookie = `${THEME_COOKIE}=${theme}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
  for (const listener of listeners) listener();
}
