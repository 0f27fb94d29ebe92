// The scrape's progress: one bar for meetings (done of total, bytes fetched), names trimmed at a word.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgressReporter, formatFetched, trimAtWord } from "@/lib/cli/scrape-progress";

function fakeStream(isTTY: boolean) {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & { text: string };
  let text = "";
  stream.on("data", (c: Buffer) => (text += c.toString()));
  Object.assign(stream, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  Object.defineProperty(stream, "text", { get: () => text });
  return stream;
}

const NAME = "Overview and Scrutiny Committee - Tuesday 8 July 2025 6.30 pm, Special";

describe("progress", () => {
  it("trims names at a word, never mid-word", () => {
    expect(trimAtWord(NAME, 48)).toBe("Overview and Scrutiny Committee - Tuesday 8 July…");
    expect(trimAtWord("Cabinet", 48)).toBe("Cabinet");
    expect(trimAtWord("Cabinet  -   Thursday", 48)).toBe("Cabinet - Thursday");
  });

  it("formats bytes fetched", () => {
    expect([formatFetched(10), formatFetched(2048), formatFetched(2.34 * 1024 * 1024)]).toEqual([
      "10 B",
      "2 KB",
      "2.3 MB",
    ]);
  });

  it("on a terminal: one meetings bar, none at 0/0, done of total with bytes", async () => {
    const stream = fakeStream(true);
    const progress = createProgressReporter(stream);
    progress.onEvent({ type: "meetings-found", total: 3 });
    for (let i = 1; i <= 3; i++) {
      progress.onEvent({ type: "document-done", title: "Agenda.pdf", outcome: "fetched" });
      progress.onEvent({ type: "meeting-done", title: NAME, outcome: "fetched", bytesDownloaded: i * 600 * 1024 });
    }
    progress.stop();
    await new Promise((r) => setImmediate(r));
    // 120 columns leave 64 for the name: cut at a word, and the whole line fits (cli-progress would cut it anywhere).
    expect(stream.text).toContain(
      "3/3 · 1.8 MB fetched · Overview and Scrutiny Committee - Tuesday 8 July 2025 6.30 pm…",
    );
    expect(stream.text).not.toContain("0/0");
    expect(stream.text).not.toMatch(/documents/);
  });

  it("nothing found: no bar at all", async () => {
    const stream = fakeStream(true);
    const progress = createProgressReporter(stream);
    progress.onEvent({ type: "meetings-found", total: 0 });
    progress.stop();
    await new Promise((r) => setImmediate(r));
    expect(stream.text).not.toContain("0/0");
  });

  it("elsewhere: a line per meeting with its count and bytes", async () => {
    const stream = fakeStream(false);
    const progress = createProgressReporter(stream);
    progress.onEvent({ type: "meetings-found", total: 2 });
    progress.onEvent({
      type: "meeting-done",
      title: "Cabinet - Thursday 30 October 2025",
      outcome: "unchanged",
      bytesDownloaded: 0,
    });
    await new Promise((r) => setImmediate(r));
    expect(stream.text).toBe(
      "scrape: 2 meetings in the window\nscrape: [1/2] unchanged Cabinet - Thursday 30 October 2025 (0 B fetched)\n",
    );
  });
});
