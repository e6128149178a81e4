/**
 * A Vite build plugin that keeps the app's JavaScript off the critical path of the first paint.
 *
 * The server sends a complete, styled page (SSR with the stylesheet inlined), so the browser can
 * paint it as soon as the HTML is parsed. The module script Vite puts in <head> would still be
 * requested, and on a fast connection evaluated (hydration included), before that first paint;
 * on a slow phone its ~120 KB then delay the paint itself. This plugin replaces the entry's
 * <script type="module"> (and any <link rel="modulepreload"> for its imports) with a few lines of
 * inline script that import the same entry after the first frame has been painted.
 *
 * Only the built index.html changes; `vite` (dev) keeps the ordinary module script.
 */
import type { Plugin } from "vite";

const ENTRY_SCRIPT = /[ \t]*<script type="module" crossorigin src="([^"]+)"><\/script>\n?/g;
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">\n?/g;

/**
 * The inline bootstrap. It starts the app once the page's first contentful paint is reported: that
 * report comes after the frame was presented, the same moment a performance trace records, whereas
 * a task queued from requestAnimationFrame can run before a slow compositor has shown anything. It
 * starts at once when nothing will be painted: a hidden tab, or the client-only shell whose root is
 * empty (server rendering failed). Browsers without paint timing wait for one frame instead, and a
 * page that somehow never reports a paint still starts after a few seconds. Like a module script,
 * it never runs the app before the document is parsed: the hydration state ends <body>.
 *
 * Starting fetches every module at once (module preloads): the entry's, and the code of the page's
 * own route that the server lists in the page (src/server/pages/route-modules.ts), so the app finds
 * it there instead of asking for it a round trip later. Each link goes in a task of its own: a
 * preload starts a fetch, a few milliseconds of the main thread on a slow phone, and a dozen of them
 * in one go were one long task. It then imports the entry's libraries one per task and the entry
 * last: evaluating them all in one go is one long task too. An import runs a module's own imports
 * first, so the order is only a matter of pacing.
 *
 * It also links the rules the page left out: a rendered page inlines only the utilities its own
 * markup uses and names the sheet with the rest in its <style data-later> (see
 * src/server/pages/page-stylesheet.ts); what the app renders next needs them. The app is imported
 * once that sheet is in (or failed), so nothing it renders goes out unstyled.
 */
export function bootstrapScript(
  entry: string,
  preloads: readonly string[],
  routeModulesElementId: string,
): string {
  const modules = JSON.stringify([...preloads, entry]);
  return [
    "(function(){",
    `var modules=${modules},started=false;`,
    "function nextTask(){return new Promise(function(resolve){setTimeout(resolve,0)})}",
    'function start(){if(document.readyState==="loading"){document.addEventListener("DOMContentLoaded",start);return}',
    "if(started)return;started=true;",
    'function link(rel,href){var element=document.createElement("link");element.rel=rel;element.href=href;document.head.appendChild(element);return element}',
    'var later=[].map.call(document.querySelectorAll("style[data-later]"),function(style){return style.getAttribute("data-later")});',
    `var listed=document.getElementById(${JSON.stringify(routeModulesElementId)}),routeModules=[];`,
    'try{routeModules=JSON.parse(listed?listed.textContent:"[]")}catch(error){}',
    'routeModules=[].concat(routeModules).filter(function(href){return typeof href==="string"&&modules.indexOf(href)<0});',
    'var links=later.map(function(href){return["stylesheet",href]}).concat(modules.concat(routeModules).map(function(href){return["modulepreload",href]}));',
    "var sheets=[];",
    "var linked=links.reduce(function(previous,item){return previous.then(function(){",
    'var element=link(item[0],item[1]);if(item[0]==="stylesheet")sheets.push(new Promise(function(resolve){element.onload=element.onerror=resolve}));',
    "return nextTask()})},Promise.resolve());",
    "var styled=linked.then(function(){return Promise.all(sheets)});",
    "modules.reduce(function(previous,href){return previous.then(function(){return import(href)}).then(nextTask)},styled)}",
    'var root=document.getElementById("root");',
    'if(document.visibilityState==="hidden"||!root||!root.firstChild){start();return}',
    "setTimeout(start,4000);",
    'if(typeof PerformanceObserver==="function"&&PerformanceObserver.supportedEntryTypes.indexOf("paint")>=0){',
    "new PerformanceObserver(function(list,observer){",
    'if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();setTimeout(start,0)}',
    '}).observe({type:"paint",buffered:true})',
    "}else requestAnimationFrame(function(){setTimeout(start,0)})",
    "})()",
  ].join("");
}

export type StartOptions = {
  /** The id of the JSON block in which the server lists the page's route modules. */
  routeModulesElementId: string;
};

/** index.html with its entry script and module preloads replaced by the inline bootstrap. */
export function deferEntryScript(html: string, options: StartOptions): string {
  const entries = [...html.matchAll(ENTRY_SCRIPT)].map((match) => match[1] ?? "");
  const [entry] = entries;
  if (entries.length !== 1 || !entry)
    throw new Error(`expected one module entry script in index.html, found ${entries.length}`);
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1] ?? "");
  const stripped = html.replace(ENTRY_SCRIPT, "").replace(MODULE_PRELOAD, "");
  if (!stripped.includes("</body>")) throw new Error("index.html has no </body>");
  return stripped.replace(
    "</body>",
    () => `  <script>${bootstrapScript(entry, preloads, options.routeModulesElementId)}</script>\n  </body>`,
  );
}

export function startAfterFirstPaint(options: StartOptions): Plugin {
  return {
    name: "broadsheet:start-after-first-paint",
    apply: "build",
    transformIndexHtml: { order: "post", handler: (html) => deferEntryScript(html, options) },
  };
}
