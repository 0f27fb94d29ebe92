// Runs a TypeScript command compiled ahead, with plain Node and no TypeScript loader:
//   node scripts/run-built.mjs scripts/scrape.ts [arguments…]
// Why: through tsx, the scraper carried the loader's own thread and every module's source map, 20–40 MB of its
// resident memory, and the PDF thread registered the loader again (15–20 MB more); see README "Benchmarks". The
// command and the PDF thread's code (lib/ingest/pdf-worker-main.ts) are bundled by esbuild into .build/ (a few
// hundred ms, on every start, so it is never stale) under a name made from the bundle's own hash, written through
// a rename, so commands started together (several workers, a bench beside a scrape) never read a half-written file;
// packages stay in node_modules. Each module keeps its own
// import.meta.url, so code that finds files beside itself (the PDF thread's entry, the snapshot) works unchanged.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("usage: node scripts/run-built.mjs <file.ts> [arguments…]\n");
  process.exit(2);
}
// esbuild is tsx's own (no second copy to install).
const require = createRequire(createRequire(import.meta.url).resolve("tsx"));
const esbuild = require("esbuild");
const name = path.basename(entry).replace(/\.[cm]?tsx?$/, "");
const staging = path.resolve(".build", "staging");

/** Replaces import.meta.url in each of the project's modules by that module's own URL. */
const ownUrl = {
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?tsx?$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, "utf8");
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return {
        contents: source.replace(/\bimport\.meta\.url\b/g, url),
        loader: args.path.endsWith("x") ? "tsx" : "ts",
      };
    });
  },
};

const built = await esbuild.build({
  entryPoints: { [name]: path.resolve(entry), "pdf-worker-main": path.resolve("lib/ingest/pdf-worker-main.ts") },
  outdir: staging,
  write: false,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  tsconfig: path.resolve("tsconfig.json"),
  plugins: [ownUrl],
  logLevel: "warning",
});
await esbuild.stop?.();
const hash = crypto.createHash("sha256");
for (const file of built.outputFiles) hash.update(file.path).update(file.contents);
const outdir = path.resolve(".build", `${name}-${hash.digest("hex").slice(0, 16)}`);
fs.mkdirSync(outdir, { recursive: true });
for (const file of built.outputFiles) {
  const target = path.join(outdir, path.relative(staging, file.path));
  if (fs.existsSync(target)) continue;
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, file.contents);
  fs.renameSync(temporary, target);
}
// The PDF thread's entry (lib/ingest/pdf-worker.mjs) loads this instead of registering the TypeScript loader.
process.env.HARROW_BUILT_PDF_WORKER = path.join(outdir, "pdf-worker-main.mjs");
process.argv = [process.argv[0], path.resolve(entry), ...rest];
await import(pathToFileURL(path.join(outdir, `${name}.mjs`)).href);
