import path from "node:path";
import { fileURLToPath } from "node:url";

// The bundled snapshots (lib/replay/snapshot/<council>, written by scripts/build-snapshot.ts) sit beside this module
// and are found from its own location, so `npm start`, the scripts and the tests read them whatever the working
// directory is.
export const SNAPSHOT_ROOT = fileURLToPath(new URL("./snapshot", import.meta.url));

export function snapshotDirFor(slug: string): string {
  return path.join(SNAPSHOT_ROOT, slug);
}
