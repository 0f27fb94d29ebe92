import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The layers and the no-cycle rule are part of `npm run lint` (eslint.layers.mjs). These tests lint small
// sources, as if they sat at a path in the repository, through the repository's own ESLint configuration: a
// forbidden edge must be an error, an allowed one must not, so the rules cannot be switched off or loosened
// unnoticed.
const ROOT = path.resolve(import.meta.dirname, "../../..");
let eslint: ESLint;

// Loading the configuration (Next's, TypeScript's, the resolver's) takes seconds: once, before the tests.
beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  await eslint.lintText("export {};\n", { filePath: path.join(ROOT, "lib/probe.ts") });
});

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId?.startsWith("import-x/")).map((m) => `${m.ruleId}: ${m.message}`);
}

const importing = (specifier: string) => `import * as other from "${specifier}";\nexport const probe = other;\n`;

describe("the layers in lint", () => {
  it.each([
    ["a parser imports the HTTP client", "lib/moderngov/parse/probe.ts", "@/lib/moderngov/http/http-client", /pure/],
    ["a parser imports a top-level lib file", "lib/moderngov/parse/probe.ts", "@/lib/london-time", /pure/],
    ["ingest imports a page", "lib/ingest/probe.ts", "@/app/sitemap", /pages/],
    ["ingest imports the digest", "lib/ingest/probe.ts", "@/lib/digest/compose-digest", /digest/],
    [
      "ingest imports a summariser internal",
      "lib/ingest/probe.ts",
      "@/lib/summarize/extractive/summarize-extractive",
      /internals/,
    ],
    [
      "the summariser imports the scraper",
      "lib/summarize/store/probe.ts",
      "@/lib/ingest/extract-pdf-text",
      /neither the scraper/,
    ],
    [
      "the summariser imports the replay server",
      "lib/summarize/probe.ts",
      "@/lib/replay/server-manifest",
      /neither the scraper/,
    ],
    ["a read model imports a writer", "lib/data/probe.ts", "@/lib/summarize/store/summarize-meetings", /only read/],
    ["a read model imports ingest", "lib/data/probe.ts", "@/lib/ingest/upsert-meeting", /writer|LIB_LAYERS/],
    ["a page imports the scraper", "app/probe.ts", "@/lib/ingest/scrape-council", /Pages import/],
    ["a page imports the digest", "app/probe.ts", "@/lib/digest/send-weekly-digest", /Pages import/],
    ["a page imports an email template", "app/probe.ts", "@/lib/email/templates/links-renewed", /Pages import/],
    ["a lower area imports a higher one", "lib/email/probe.ts", "@/lib/digest/build-digest-message", /LIB_LAYERS/],
    ["subscriptions import the digest", "lib/subscriptions/probe.ts", "@/lib/digest/send-weekly-digest", /LIB_LAYERS/],
    ["lib imports a script", "lib/replay/probe.ts", "@/scripts/snapshot/build", /LIB_LAYERS/],
    ["a top-level lib file imports an area", "lib/probe.ts", "@/lib/data/meetings", /top-level/],
    ["a benchmark imports a test helper", "bench/probe.ts", "@/tests/helpers/next-server", /kit/],
    ["a test imports a benchmark", "tests/unit/probe.ts", "@/bench/web-seed", /kit/],
  ])("fails when %s", async (_, file, specifier, message) => {
    const errors = await importErrors(file, importing(specifier));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(/import-x\/no-restricted-paths/);
    expect(errors.join("\n")).toMatch(message);
  });

  it.each([
    ["ingest imports a parser", "lib/ingest/probe.ts", "@/lib/moderngov/parse/parse-meeting-page"],
    ["the HTTP client imports a parser", "lib/moderngov/http/probe.ts", "@/lib/moderngov/parse/block-page"],
    ["a read model imports the summary types", "lib/data/probe.ts", "@/lib/summarize/types"],
    ["a page imports a read model", "app/probe.ts", "@/lib/data/meetings"],
    ["a page imports an action", "app/probe.ts", "@/lib/subscriptions/request-subscription"],
    ["a page reads the development outbox", "app/probe.ts", "@/lib/email/outbox"],
    ["the digest imports subscriptions", "lib/digest/probe.ts", "@/lib/subscriptions/preferences"],
    ["the CLI imports the digest", "lib/cli/probe.ts", "@/lib/digest/send-weekly-digest"],
    ["a benchmark imports kit/", "bench/probe.ts", "@/kit/workers"],
  ])("allows %s", async (_, file, specifier) => {
    expect(await importErrors(file, importing(specifier))).toEqual([]);
  });

  it("fails when lib/ imports pdf-lib", async () => {
    const [result] = await eslint.lintText(importing("pdf-lib"), { filePath: path.join(ROOT, "lib/ingest/probe.ts") });
    expect(result!.messages.map((m) => m.ruleId)).toContain("no-restricted-imports");
    const [script] = await eslint.lintText(importing("pdf-lib"), {
      filePath: path.join(ROOT, "scripts/snapshot/probe.ts"),
    });
    expect(script!.messages.map((m) => m.ruleId)).not.toContain("no-restricted-imports");
  });

  it("places every lib/ area in the layer order", async () => {
    const layers = pathToFileURL(path.join(ROOT, "eslint.layers.mjs")).href;
    const { LIB_LAYERS } = (await import(layers)) as { LIB_LAYERS: string[] };
    const areas = readdirSync(path.join(ROOT, "lib"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect([...areas].sort()).toEqual([...LIB_LAYERS].sort());
  });

  it("fails on an import cycle between files", async () => {
    // scrape-meeting.ts imports listing-title.ts: listing-title.ts importing it back closes a cycle.
    const errors = await importErrors("lib/ingest/listing-title.ts", importing("./scrape-meeting"));
    expect(errors.join("\n")).toMatch(/import-x\/no-cycle/);
  });

  it("passes the files as they are", async () => {
    const results = await eslint.lintFiles([
      "lib/ingest/listing-title.ts",
      "lib/moderngov/parse/parse-meeting-page.ts",
      "lib/data/weekly-updates.ts",
    ]);
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});
