// Progress for the scrape command: one bar on a terminal, plain lines otherwise,
// and a summary table at the end.
import cliProgress from "cli-progress";
import type { ScrapeEvent, ScrapeResult } from "../ingest/scrape-types";

export interface ProgressReporter {
  onEvent(event: ScrapeEvent): void;
  stop(): void;
}

/** "Corporate Parenting Panel - Thursday 23 October 2025" → "Corporate Parenting Panel - Thursday…": never mid-word. */
export function trimAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  // One character more than fits, so a word that ends exactly at the limit is kept whole.
  const lastSpace = clean.slice(0, max + 1).lastIndexOf(" ");
  const words = lastSpace > max / 3 ? clean.slice(0, lastSpace) : clean.slice(0, max);
  return `${words.replace(/[\s,.;:–-]+$/, "")}…`;
}

/** 0 B, 512 KB, 2.3 MB: the bytes fetched so far, for the progress line. */
export function formatFetched(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The bar line without the name ("meetings |{16}| 15/15 · 1.8 MB fetched · "), so the name fits the terminal. */
const FIXED_WIDTH = 56;

/**
 * One bar: meetings done of the meetings found, with the bytes fetched so far and the last meeting's name. It
 * appears once the meetings are counted (no bar sits at 0/0 while committees are read); documents are part of
 * their meeting, so they have no bar of their own (one that grows its total as it goes always reads 100%).
 */
export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!stream.isTTY) {
    let done = 0;
    let total = 0;
    return {
      onEvent(event) {
        if (event.type === "meetings-found") stream.write(`scrape: ${(total = event.total)} meetings in the window\n`);
        else if (event.type === "meeting-done")
          stream.write(
            `scrape: [${++done}/${total}] ${event.outcome.padEnd(9)} ${event.title} (${formatFetched(event.bytesDownloaded)} fetched)\n`,
          );
        else if (event.type === "document-done" && event.outcome === "failed")
          stream.write(`scrape:   document failed: ${event.title}\n`);
        else if (event.type === "log") stream.write(`scrape: ${event.message}\n`);
      },
      stop() {},
    };
  }
  const multi = new cliProgress.MultiBar(
    {
      stream,
      format: " meetings |{bar}| {value}/{total} · {fetched} fetched · {detail}",
      barsize: 16,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let meetings: cliProgress.SingleBar | undefined;
  // cli-progress cuts a line at the terminal's width, wherever that falls: trim the name first, at a word.
  const nameWidth = Math.max(12, (stream.columns ?? 80) - FIXED_WIDTH);
  return {
    onEvent(event) {
      if (event.type === "meetings-found") {
        if (event.total > 0) meetings = multi.create(event.total, 0, { fetched: formatFetched(0), detail: "" });
      } else if (event.type === "meeting-done") {
        meetings?.increment({
          fetched: formatFetched(event.bytesDownloaded),
          detail: trimAtWord(event.title, nameWidth),
        });
      } else if (event.type === "document-done" && event.outcome === "failed") {
        multi.log(`document failed: ${trimAtWord(event.title, 70)}\n`);
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
  const table = rows
    .map((row) => row.map((cell, i) => String(cell)[i === 0 ? "padEnd" : "padStart"](i === 0 ? 10 : 10)).join(""))
    .join("\n");
  const lines = [
    `Run #${result.runId}: ${result.status}${result.failureReason ? ` — ${result.failureReason}` : ""}`,
    table,
    `meetings in window: ${meetings.seen}; newly missing from the listing: ${meetings.missing}; restricted papers skipped: ${documents.skipped}`,
    `optional pages (profiles, attendance, committee details) do not decide the verdict; disallowed by robots.txt (not requested): ${robotsDenied}` +
      (incompleteCommittees.length
        ? `; meetings lists read only in part: ${incompleteCommittees.map((c) => `CId ${c.committeeId}`).join(", ")}`
        : ""),
    `requests: ${result.counters.requests}; downloaded: ${(result.counters.bytesDownloaded / 1024).toFixed(0)} KiB; ${seconds.toFixed(1)} s`,
  ];
  if (result.errors.length) {
    lines.push(`errors (${result.errors.length}):`);
    // What decides the verdict first, then optional pages, then robots.txt refusals.
    const weight = { required: 0, document: 1, optional: 2, robots: 3 } as const;
    const ordered = [...result.errors].sort((a, b) => weight[a.scope] - weight[b.scope]);
    for (const e of ordered.slice(0, 20))
      lines.push(
        `  - ${e.scope === "required" || e.scope === "document" ? "" : `(${e.scope}) `}[${e.kind}] ${e.url}: ${e.message}`,
      );
    if (result.errors.length > 20) lines.push(`  … and ${result.errors.length - 20} more (see the ScrapeError table)`);
  }
  return lines.join("\n");
}
