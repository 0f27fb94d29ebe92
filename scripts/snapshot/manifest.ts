// The snapshot's manifest (the contract lib/replay/server-manifest.ts reads) and a build's in-memory result, apart
// from build.ts so the README renderer and the Brent builder can use them without importing the builder.

export interface ManifestEntry {
  url: string;
  file: string;
  contentType: string;
  lastModified: string;
}

export interface Manifest {
  council: { slug: string; name: string; baseUrl: string };
  generatedFor: string;
  entries: ManifestEntry[];
  /** What a scrape a day or two later finds changed: served only after the replay server's secondScrape(). */
  secondScrape?: { asOf: string; entries: ManifestEntry[] };
}

export interface SnapshotBuild {
  /** Relative path inside lib/replay/snapshot/harrow -> bytes, including manifest.json and README.md. */
  files: Map<string, Uint8Array>;
  manifest: Manifest;
}
