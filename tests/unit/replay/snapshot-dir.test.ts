import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `npm start`, the scripts and the tests find the bundled snapshot from the code's own location, not the working
// directory: a process started elsewhere still reads lib/replay/snapshot.
describe("the bundled snapshot's location", () => {
  it("does not depend on the working directory", () => {
    const repo = path.resolve(import.meta.dirname, "../../..");
    const entry = path.join(repo, "lib/ingest/scrape-snapshot.ts");
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), "snapshot-cwd-"));
    try {
      const printed = execFileSync(
        path.join(repo, "node_modules/.bin/tsx"),
        ["-e", `import(${JSON.stringify(entry)}).then((m) => console.log(m.snapshotDirFor("harrow")))`],
        {
          cwd: elsewhere,
          env: { ...process.env, TSX_TSCONFIG_PATH: path.join(repo, "tsconfig.json") },
          encoding: "utf8",
        },
      ).trim();
      expect(printed).toBe(path.join(repo, "lib/replay/snapshot/harrow"));
      expect(fs.existsSync(path.join(printed, "manifest.json"))).toBe(true);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
