import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Source may only cite what a newcomer has: the repository. The facts about ModernGov, Harrow and the seed digests
// live in docs/ (docs/moderngov.md, docs/harrow.md, docs/seeds.md); every `docs/<file>.md#anchor` in the code must
// name a file and a heading that exist. Fixtures' ORIGIN.md files may name where a file was copied from
// (provenance), but must not send a reader outside the repository for facts.

const ROOT = path.resolve(import.meta.dirname, "../..");
const SELF = "tests/unit/repository-citations.test.ts";
const AREAS = ["lib", "app", "scripts", "tests", "bench", "prisma", "README.md"];
const TEXT = /\.(ts|tsx|js|mjs|cjs|md|json|prisma|sql|css|ya?ml|txt|html|xml|conf)$/i;

// Written in pieces so this file does not match itself.
const OUTSIDE_DOCS = ["MODERNGOV", "HARROW", "STYLE", "TOOLCHAIN"].map((name) => `${name}.md`);
const OUTSIDE_PATHS = ["../shared", "/work/shared", "shared/seeds", "shared/reference"];

function trackedFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "-z", "--", ...AREAS], { cwd: ROOT, encoding: "utf8" });
  return out.split("\0").filter((f) => f && f !== SELF && TEXT.test(f) && existsSync(path.join(ROOT, f)));
}

/** Citations of things outside the repository in one file's text; ORIGIN.md may name origins but not ../shared. */
function outsideCitations(file: string, text: string): string[] {
  const isOrigin = path.basename(file) === "ORIGIN.md";
  const needles = isOrigin ? OUTSIDE_PATHS : [...OUTSIDE_DOCS, ...OUTSIDE_PATHS];
  const found: string[] = [];
  text.split("\n").forEach((line, i) => {
    // Case-sensitive on purpose: docs/harrow.md is ours, HARROW.md was not.
    const needle = needles.find((n) => line.includes(n));
    if (needle) found.push(`${file}:${i + 1}: ${needle}`);
  });
  return found;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const heading = !inFence && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = heading[1]!
      .replace(/`/g, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** `docs/<file>.md[#anchor]` citations (and, inside docs/, relative `<file>.md#anchor` links) that do not resolve. */
function brokenDocCitations(file: string, text: string, read: (doc: string) => string | undefined): string[] {
  const broken: string[] = [];
  const citations = [...text.matchAll(/\bdocs\/([\w./-]+?\.md)(#[\w-]+)?/g)].map((m) => ({ doc: m[1]!, anchor: m[2] }));
  if (file.startsWith("docs/")) {
    for (const m of text.matchAll(/\]\((?!https?:)([\w-]+\.md)(#[\w-]+)?\)/g))
      citations.push({ doc: m[1]!, anchor: m[2] });
  }
  for (const { doc, anchor } of citations) {
    const markdown = read(doc);
    if (markdown === undefined) broken.push(`${file}: docs/${doc} does not exist`);
    else if (anchor && !headingAnchors(markdown).has(anchor.slice(1)))
      broken.push(`${file}: docs/${doc}${anchor} has no such heading`);
  }
  return broken;
}

function readDoc(doc: string): string | undefined {
  const file = path.join(ROOT, "docs", doc);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

describe("citations stay inside the repository", () => {
  const files = trackedFiles();

  it("finds the tracked sources", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain("lib/moderngov/parse/parse-meeting-page.ts");
  });

  it("no source cites MODERNGOV/HARROW/STYLE/TOOLCHAIN notes or ../shared", () => {
    const found = files.flatMap((f) => outsideCitations(f, readFileSync(path.join(ROOT, f), "utf8")));
    expect(found).toEqual([]);
  });

  it("every docs/<file>.md#anchor cited in code and docs exists", () => {
    const docs = execFileSync("git", ["ls-files", "-z", "--", "docs/*.md"], { cwd: ROOT, encoding: "utf8" })
      .split("\0")
      .filter(Boolean);
    const broken = [...files, ...docs].flatMap((f) =>
      brokenDocCitations(f, readFileSync(path.join(ROOT, f), "utf8"), readDoc),
    );
    expect(broken).toEqual([]);
  });

  it("the checks catch what they are for", () => {
    const cited = "// see " + OUTSIDE_DOCS[0] + " §4\n// and " + OUTSIDE_PATHS[0] + "/seeds";
    expect(outsideCitations("lib/x.ts", cited)).toHaveLength(2);
    expect(outsideCitations("tests/fixtures/x/ORIGIN.md", "copied from " + OUTSIDE_DOCS[1])).toEqual([]);
    expect(outsideCitations("lib/x.ts", "// docs/harrow.md#titles")).toEqual([]);
    const doc = "# T\n## Standing items\n## Harrow's install\n```\n## not a heading\n```\n## Standing items\n";
    expect([...headingAnchors(doc)]).toEqual(["t", "standing-items", "harrows-install", "standing-items-1"]);
    const read = (d: string) => (d === "harrow.md" ? doc : undefined);
    expect(
      brokenDocCitations("lib/x.ts", "docs/harrow.md#standing-items docs/harrow.md#harrows-install", read),
    ).toEqual([]);
    expect(brokenDocCitations("lib/x.ts", "docs/harrow.md#nope docs/nothing.md", read)).toHaveLength(2);
  });
});
