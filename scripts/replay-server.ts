// Serves an offline ModernGov snapshot on loopback so the scraper can run end to end without the council's
// site: `npx tsx scripts/replay-server.ts [--port N] [--dir lib/replay/snapshot/harrow]`.
import { parseArgs } from "node:util";
import { startReplayServer } from "@/lib/replay/server";
import { snapshotDirFor } from "@/lib/replay/snapshot-dir";

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--verbose"),
    options: {
      port: { type: "string", default: "0" },
      dir: { type: "string", default: snapshotDirFor("harrow") },
      host: { type: "string", default: "127.0.0.1" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be an integer 0-65535, got ${values.port}`);
    return 2;
  }
  const server = await startReplayServer({ dir: values.dir, port, host: values.host });
  console.log(server.baseUrl);
  console.error(`Replaying ${server.council.name} (${server.council.baseUrl}) from ${values.dir}; Ctrl+C to stop.`);

  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.close();
  console.error(`Served ${server.requests.length} requests.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Bad arguments and a taken port are one line; the stack only with --verbose.
    const verbose = process.argv.includes("--verbose");
    console.error(`[replay] ${error instanceof Error ? (verbose ? error.stack : error.message) : String(error)}`);
    process.exit(1);
  },
);
