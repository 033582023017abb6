// Builds the review page into ../eventwire/web/static (shipped in the Python package).
// Everything the page needs, the country outlines included, is bundled: nothing is fetched from a CDN.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "eventwire", "web", "static");
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(here, "src", "main.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "eof",
  loader: { ".json": "json" },
  outfile: join(out, "app.js"),
  logLevel: "info",
});
copyFileSync(join(here, "src", "styles.css"), join(out, "app.css"));

// Cache-busting query strings from the content, so a rebuilt page is never mixed with stale assets.
const digest = (f) => createHash("sha256").update(readFileSync(join(out, f))).digest("hex").slice(0, 10);
const html = readFileSync(join(here, "src", "index.html"), "utf8")
  .replace("app.js", `app.js?v=${digest("app.js")}`)
  .replace("app.css", `app.css?v=${digest("app.css")}`);
writeFileSync(join(out, "index.html"), html);
for (const f of ["index.html", "app.js", "app.css"]) {
  console.log(`${f}\t${statSync(join(out, f)).size} bytes`);
}
