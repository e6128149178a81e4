import { useSyncExternalStore } from "react";
import { currentTheme, setTheme, subscribeToTheme, type Theme } from "../lib/theme";
import { LineIcon } from "./line-icon";

function SunIcon() {
  return (
    <LineIcon strokeWidth={1.8}>
      <circle cx="12" cy="12" r="4.2" />
      <path
        strokeLinecap="round"
        d="M12 2.5v2.2M12 19.3v2.2M4.6 4.6l1.6 1.6M17.8 17.8l1.6 1.6M2.5 12h2.2M19.3 12h2.2M4.6 19.4l1.6-1.6M17.8 6.2l1.6-1.6"
      />
    </LineIcon>
  );
}

function MoonIcon() {
  return (
    <LineIcon strokeWidth={1.8}>
      <path strokeLinejoin="round" d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
    </LineIcon>
  );
}

/**
 * One button, a switch between light and dark (role="switch", checked = dark). Until the reader
 * uses it the theme follows the system; after, the choice persists.
 */
export function ThemeSwitch() {
  // The server cannot know the reader's theme: it renders "light" and the browser corrects it.
  const theme = useSyncExternalStore<Theme>(subscribeToTheme, currentTheme, () => "light");
  const dark = theme === "dark";
  return (
    <button
      type="button"
      role="switch"
      aria-checked={dark}
      onClick={() => setTheme(dark ? "light" : "dark")}
      className="inline-flex size-11 cursor-pointer items-center justify-center rounded-full text-ink hover:bg-sunken"
    >
      <span className="sr-only">Dark theme</span>
      {dark ? <MoonIcon /> : <SunIcon />}
    </button>
  );
}
