// The Node arguments an npm script runs a command with ("node --max-semi-space-size=4 scripts/run-built.mjs
// scripts/scrape.ts" -> ["--max-semi-space-size=4", "scripts/run-built.mjs", "scripts/scrape.ts"]), read from
// package.json, so a test or benchmark that starts the command itself starts it exactly as `npm run` does.
import fs from "node:fs";
import path from "node:path";

export function npmScriptNodeArgs(name: string, root = process.cwd()): string[] {
  const scripts = (
    JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
      scripts?: Record<string, string>;
    }
  ).scripts;
  const words = (scripts?.[name] ?? "").trim().split(/\s+/);
  if (words[0] !== "node" || words.length < 2)
    throw new Error(`package.json's "${name}" script is not a plain "node …" command: ${scripts?.[name] ?? "(none)"}`);
  return words.slice(1);
}
