// Builds the query page's bundle into dist/: app.js (minified, every dependency inside),
// app.css, and licenses.txt with the licence of each npm package that went into app.js.
// dist/ is committed, so building newsgraph needs no npm; run `npm ci && npm run build`
// here after changing src/ or package.json.
import * as esbuild from "esbuild";
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";

const result = await esbuild.build({
  entryPoints: ["src/main.js"],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  outfile: "dist/app.js",
  // Licence texts go to licenses.txt, whole, rather than as scattered comments.
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
});
await esbuild.build({
  entryPoints: ["src/style.css"],
  bundle: true,
  minify: true,
  outfile: "dist/app.css",
  logLevel: "warning",
});

// The packages whose files are in the bundle, found from esbuild's list of inputs.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (!match) continue;
  const dir = join("node_modules", match[1]);
  if (packages.has(match[1])) continue;
  const meta = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  if (!file) throw new Error(`${match[1]} ships no licence file`);
  packages.set(match[1], {
    version: meta.version,
    license: meta.license,
    text: readFileSync(join(dir, file), "utf8").trim(),
  });
}
const names = [...packages.keys()].sort();
let notices =
  "The query page of newsgraph bundles these npm packages (dist/app.js). Their licences follow.\n\n";
for (const name of names) {
  const p = packages.get(name);
  notices += `${"=".repeat(78)}\n${name} ${p.version} (${p.license})\n${"=".repeat(78)}\n\n${p.text}\n\n`;
}
writeFileSync("dist/licenses.txt", notices);
const size = readFileSync("dist/app.js").length;
console.log(`dist/app.js: ${(size / 1024).toFixed(0)} KiB from ${names.length} packages: ${names.join(", ")}`);
