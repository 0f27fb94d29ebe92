import { it } from "vitest";
import { readFileSync } from "node:fs";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { renderSummaryMarkdown } from "@/lib/summarize/render/render-markdown";
import { item, makeInput } from "/work/main/tests/unit/summarize/helpers";
it("x", () => {
  const f = JSON.parse(readFileSync(process.env.FIX!, "utf8"));
  const items = f.items.map((x: any, i: number) => item(i + 1, x.title, { number: x.number, minutesText: x.minutes }));
  const s = summarizeExtractive(makeInput({ meeting: { title: f.title, committeeName: f.committee, startsAt: f.date + "T18:30:00Z" }, items, now: "2026-12-01T09:00:00Z" }));
  console.log(renderSummaryMarkdown(s).replace(/ \(\[source\][^)]*\)\)/g, ""));
});
