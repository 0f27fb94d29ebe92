// npm start rebuilds the site only when something the build reads has changed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildFingerprint, isBuildCurrent, recordBuild } from "@/lib/cli/build-fingerprint";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "build-fingerprint-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

describe("the build fingerprint", () => {
  write("app/page.tsx", "export default 1");
  write("lib/site.ts", "export const A = 1");
  write("package-lock.json", "{}");
  const dist = path.join(root, ".next");
  const settings = { https: "false" };

  it("is current only after a finished build from the same inputs", () => {
    const first = buildFingerprint(root, settings);
    expect(isBuildCurrent(dist, first)).toBe(false); // never built
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, "BUILD_ID"), "abc");
    expect(isBuildCurrent(dist, first)).toBe(false); // built, but by something that did not record its inputs
    recordBuild(dist, first);
    expect(isBuildCurrent(dist, buildFingerprint(root, settings))).toBe(true);
  });

  it("changes with a source file's contents, a new file, the lockfile or a baked-in setting; not with the build itself", () => {
    const base = buildFingerprint(root, settings);
    write(".next/server/page.js", "output");
    expect(buildFingerprint(root, settings)).toBe(base);
    write("lib/site.ts", "export const A = 2");
    const edited = buildFingerprint(root, settings);
    expect(edited).not.toBe(base);
    write("app/new/page.tsx", "export default 2");
    expect(buildFingerprint(root, settings)).not.toBe(edited);
    const added = buildFingerprint(root, settings);
    write("package-lock.json", '{"v":2}');
    expect(buildFingerprint(root, settings)).not.toBe(added);
    expect(buildFingerprint(root, { https: "true" })).not.toBe(buildFingerprint(root, settings));
  });

  it("a failed build (no BUILD_ID) is never current", () => {
    const fp = buildFingerprint(root, settings);
    recordBuild(dist, fp);
    fs.rmSync(path.join(dist, "BUILD_ID"));
    expect(isBuildCurrent(dist, fp)).toBe(false);
  });
});
