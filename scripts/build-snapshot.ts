import path from "node:path";
import { writeSnapshot } from "../lib/replay/snapshot-src/build";

// Regenerates the committed Harrow ModernGov snapshot from lib/replay/snapshot-src.
// Usage: npx tsx scripts/build-snapshot.ts [outDir]   (default lib/replay/snapshot/harrow)
const outDir = path.resolve(process.argv[2] ?? "lib/replay/snapshot/harrow");

try {
  const build = await writeSnapshot(outDir);
  const bytes = [...build.files.values()].reduce((sum, b) => sum + b.length, 0);
  console.log(`wrote ${build.files.size} files (${(bytes / 1024).toFixed(0)} KB), ${build.manifest.entries.length} manifest entries to ${outDir}`);
} catch (error) {
  console.error(`snapshot build failed: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
}
