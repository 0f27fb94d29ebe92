// Progress for the scrape command: bars for meetings and documents on a terminal, plain lines otherwise,
// and a summary table at the end.
import cliProgress from "cli-progress";
import type { ScrapeEvent, ScrapeResult } from "./scrape-council";

export interface ProgressReporter {
  onEvent(event: ScrapeEvent): void;
  stop(): void;
}

export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!stream.isTTY) {
    let done = 0;
    let total = 0;
    return {
      onEvent(event) {
        if (event.type === "meetings-found") stream.write(`scrape: ${(total = event.total)} meetings in the window\n`);
        else if (event.type === "meeting-done") stream.write(`scrape: [${++done}/${total}] ${event.outcome.padEnd(9)} ${event.title}\n`);
        else if (event.type === "document-done" && event.outcome === "failed") stream.write(`scrape:   document failed: ${event.title}\n`);
        else if (event.type === "log") stream.write(`scrape: ${event.message}\n`);
      },
      stop() {},
    };
  }
  const multi = new cliProgress.MultiBar(
    { stream, format: " {label} |{bar}| {value}/{total} {detail}", hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  const meetings = multi.create(0, 0, { label: "meetings ", detail: "" });
  const documents = multi.create(0, 0, { label: "documents", detail: "" });
  let docTotal = 0;
  return {
    onEvent(event) {
      if (event.type === "meetings-found") meetings.setTotal(event.total);
      else if (event.type === "meeting-done") meetings.increment({ detail: event.title.slice(0, 50) });
      else if (event.type === "document-done") {
        documents.setTotal(++docTotal);
        documents.increment({ detail: event.title.slice(0, 50) });
      } else if (event.type === "log") multi.log(`${event.message}\n`);
    },
    stop: () => multi.stop(),
  };
}

export function formatSummary(result: ScrapeResult, seconds: number): string {
  const { pages, documents, meetings, optionalPages, robotsDenied, incompleteCommittees } = result.counters;
  const rows: [string, string | number, string | number, string | number, string | number][] = [
    ["", "fetched", "unchanged", "updated", "failed"],
    ["pages", pages.fetched, pages.unchanged, pages.updated, pages.failed],
    ["optional", optionalPages.fetched, optionalPages.unchanged, optionalPages.updated, optionalPages.failed],
    ["documents", documents.fetched, documents.unchanged, documents.updated, documents.failed],
  ];
  const table = rows.map((row) => row.map((cell, i) => String(cell)[i === 0 ? "padEnd" : "padStart"](i === 0 ? 10 : 10)).join("")).join("\n");
  const lines = [
    `Run #${result.runId}: ${result.status}${result.failureReason ? ` — ${result.failureReason}` : ""}`,
    table,
    `meetings in window: ${meetings.seen}; newly missing from the listing: ${meetings.missing}; restricted papers skipped: ${documents.skipped}`,
    `optional pages (profiles, attendance, committee details) do not decide the verdict; disallowed by robots.txt (not requested): ${robotsDenied}` +
      (incompleteCommittees.length ? `; meetings lists read only in part: ${incompleteCommittees.map((c) => `CId ${c.committeeId}`).join(", ")}` : ""),
    `requests: ${result.counters.requests}; downloaded: ${(result.counters.bytesDownloaded / 1024).toFixed(0)} KiB; ${seconds.toFixed(1)} s`,
  ];
  if (result.errors.length) {
    lines.push(`errors (${result.errors.length}):`);
    // What decides the verdict first, then optional pages, then robots.txt refusals.
    const weight = { required: 0, document: 1, optional: 2, robots: 3 } as const;
    const ordered = [...result.errors].sort((a, b) => weight[a.scope] - weight[b.scope]);
    for (const e of ordered.slice(0, 20)) lines.push(`  - ${e.scope === "required" || e.scope === "document" ? "" : `(${e.scope}) `}[${e.kind}] ${e.url}: ${e.message}`);
    if (result.errors.length > 20) lines.push(`  … and ${result.errors.length - 20} more (see the ScrapeError table)`);
  }
  return lines.join("\n");
}
