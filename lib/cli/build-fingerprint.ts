// `npm start` skips `next build` when the last build was made from the same sources: a hash of every file the
// build reads (app/, lib/, public/, the configs and the lockfile) and of the settings baked into it, stored beside
// the build. Contents, not timestamps, so a fresh clone or a `git checkout` of the same commit counts as current.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUT_DIRS = ["app", "lib", "public"];
const INPUT_FILES = [
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const FINGERPRINT_FILE = ".build-fingerprint";

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * The hash of the build's inputs under `root`. `settings` are the values next.config.ts bakes into the build
 * (e.g. whether the site is served over https, for the security headers).
 */
export function buildFingerprint(root: string, settings: Record<string, string>): string {
  const hash = crypto.createHash("sha256");
  const files = [
    ...INPUT_DIRS.flatMap((d) => filesUnder(path.join(root, d))),
    ...INPUT_FILES.map((f) => path.join(root, f)).filter((f) => fs.existsSync(f)),
  ];
  for (const file of files.map((f) => path.relative(root, f)).sort()) {
    hash
      .update(file)
      .update("\0")
      .update(fs.readFileSync(path.join(root, file)))
      .update("\0");
  }
  for (const key of Object.keys(settings).sort()) hash.update(`${key}=${settings[key]}\n`);
  return hash.digest("hex");
}

/** True when `distDir` holds a finished build made from this fingerprint. */
export function isBuildCurrent(distDir: string, fingerprint: string): boolean {
  try {
    return (
      fs.existsSync(path.join(distDir, "BUILD_ID")) &&
      fs.readFileSync(path.join(distDir, FINGERPRINT_FILE), "utf8") === fingerprint
    );
  } catch {
    return false;
  }
}

/** Called after a successful build. */
export function recordBuild(distDir: string, fingerprint: string): void {
  fs.writeFileSync(path.join(distDir, FINGERPRINT_FILE), fingerprint);
}
