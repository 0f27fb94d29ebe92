// Prisma 7 runs two engines compiled to WebAssembly in the process: the query compiler (every query) and, while
// migrating, the schema engine. V8 first compiles WebAssembly with its baseline compiler (Liftoff), then recompiles
// hot functions with its optimising compiler (TurboFan) on background threads; the optimised code and the memory
// those threads take from malloc are never given back. In the scraper that was 40–70 MB of its resident memory
// (measured with `npm run bench:scrape`, see README "Benchmarks"), for no measurable gain: a query's time is spent in
// JavaScript and PostgreSQL, not in the compiler. Long-running commands that scrape call this first.

import v8 from "node:v8";

/** Keeps WebAssembly compiled afterwards on V8's baseline compiler. Call before the first database query. */
export function keepWasmOnBaselineCompiler(): void {
  v8.setFlagsFromString("--liftoff-only");
}
