// Writes the site's service worker into a built site: Workbox's runtime copied from npm, the
// precache list from Workbox's injectManifest (every page, style, script and search index of both
// languages, with revision hashes), the engine's cache names from the build hook.
// Usage: node build.mjs SITE_DIR ENGINE_JSON — prints one JSON line: {count, size, workbox}.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { copyWorkboxLibraries, injectManifest } from "workbox-build";

const here = dirname(fileURLToPath(import.meta.url));
const [siteDir, engineJson] = process.argv.slice(2);
const engine = JSON.parse(engineJson);
// The Workbox modules the service worker uses, production builds only.
const MODULES = ["core", "routing", "strategies", "precaching", "navigation-preload"];

const tmp = await mkdtemp(join(tmpdir(), "cc-sw-"));
try {
  const workboxDir = await copyWorkboxLibraries(tmp);
  await rm(join(siteDir, workboxDir), { recursive: true, force: true });
  for (const name of ["workbox-sw.js", ...MODULES.map((m) => `workbox-${m}.prod.js`)]) {
    await cp(join(tmp, workboxDir, name), join(siteDir, workboxDir, name));
  }
  const source = (await readFile(join(here, "sw.js"), "utf8"))
    .replaceAll("@WORKBOX_DIR@", workboxDir)
    .replace("@ENGINE@", JSON.stringify(engine));
  const swSrc = join(tmp, "sw.js");
  await writeFile(swSrc, source);
  const { count, size, warnings } = await injectManifest({
    swSrc,
    swDest: join(siteDir, "sw.js"),
    globDirectory: siteDir,
    globPatterns: ["**/*.{html,css,js,json,svg,png,ico,webmanifest,woff2}"],
    globIgnores: [
      "sw.js",
      "ui-strings.json", // the theme folder's copy of the interface strings; pages carry theirs
      `${workboxDir}/**`,
      "assets/pyodide/**",
      "assets/engine/**",
      // Material ships lunr for every language; the site searches in French and English only.
      "assets/javascripts/lunr/*.js",
      "assets/javascripts/lunr/min/!(lunr.fr.min.js|lunr.multi.min.js|lunr.stemmer.support.min.js)",
    ],
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  for (const warning of warnings) console.error(warning);
  console.log(JSON.stringify({ count, size, workbox: workboxDir }));
} finally {
  await rm(tmp, { recursive: true, force: true });
}
