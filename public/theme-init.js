// Applies the reader's stored theme before first paint. A separate file rather than an inline script so
// a strict Content-Security-Policy needs no 'unsafe-inline'. Kept tiny: it blocks rendering.
(() => {
  try {
    const theme = localStorage.getItem("broadsheet-theme");
    if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  } catch {
    // Storage can be blocked (private modes); the system theme then applies.
  }
})();
