// The page's settings, written by overrides/main.html: language, asset URLs and interface strings.

/** Read the settings of the current document (a new one on every page load). */
export function readConfig(doc = document) {
  const node = doc.getElementById("cc-config");
  const config = node ? JSON.parse(node.textContent) : {};
  // The diagnostic page adds the strings only it needs to those every page has.
  const more = doc.querySelector("script[data-cc-ui]");
  if (more) config.ui = { ...config.ui, ...JSON.parse(more.textContent) };
  const base = doc.baseURI;
  // Every URL in the config is relative to the page; resolve them once, here.
  const absolute = (path) => new URL(path || "./", base).href;
  const dir = (path) => absolute(path).replace(/\/?$/, "/");
  return {
    lang: config.lang || doc.documentElement.lang || "fr",
    ui: config.ui || {},
    languageRoot: dir(config.languageRoot),
    siteRoot: dir(config.siteRoot),
    pyodide: dir(config.pyodide),
    wheel: absolute(config.wheel),
    workerScript: absolute(config.workerScript),
    engineVersion: config.engineVersion || "",
    // The engine's limits and enumerations (client_conflict.case.LIMITS, Category, Actor).
    limits: config.limits || {},
  };
}

/** Format an interface string: t(config, "checklist.progress", {done: 1, total: 3}). */
export function t(config, key, values = {}) {
  const template = config.ui[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
}

/** A YYYY-MM-DD day as the report writes it, in the page's language: "28 August 2026". */
export function formatDate(config, iso) {
  const locale = t(config, "locale");
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale, {
    day: "numeric", month: "long", year: "numeric", timeZone: "UTC",
  });
}

/** Today's date in the reader's time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
