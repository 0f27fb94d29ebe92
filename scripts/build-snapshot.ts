import path from "node:path";
import { SNAPSHOT_ROOT } from "@/lib/replay/snapshot-dir";
import { writeSnapshot } from "./snapshot/build";
import { buildBrentSnapshot } from "./snapshot/brent/build";

// Regenerates the committed ModernGov snapshots from scripts/snapshot: Harrow, and the small second council
// (Brent) that shows a council is one configuration entry.
// Usage: npx tsx scripts/build-snapshot.ts [snapshotRoot]   (default lib/replay/snapshot; writes harrow/ and brent/)
const root = process.argv[2] ? path.resolve(process.argv[2]) : SNAPSHOT_ROOT;

try {
  for (const [slug, builder] of [
    ["harrow", undefined],
    ["brent", buildBrentSnapshot],
  ] as const) {
    const outDir = path.join(root, slug);
    const build = await writeSnapshot(outDir, builder);
    const bytes = [...build.files.values()].reduce((sum, b) => sum + b.length, 0);
    console.log(
      `wrote ${build.files.size} files (${(bytes / 1024).toFixed(0)} KB), ${build.manifest.entries.length} manifest entries to ${outDir}`,
    );
  }
} catch (error) {
  console.error(`snapshot build failed: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
}
