import { it } from "vitest";
import { readFileSync } from "node:fs";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item, makeInput } from "./helpers";
it("dbg", () => {
  const f = JSON.parse(readFileSync("tests/fixtures/real-harrow/minutes/pension-fund-2025-11-19-990019.json", "utf8"));
  const items = f.items.map((x: { title: string; minutes: string }, i: number) => item(i + 1, x.title, { minutesText: x.minutes }));
  const s = summarizeExtractive(makeInput({ meeting: { committeeName: f.committee, title: f.title, startsAt: "2025-11-19T18:30:00Z" }, items }));
  console.log(s.overview);
  for (const x of s.sections) console.log("##", x.heading, "\n", x.decision, "\n", x.bullets.map((b) => "- " + b.text).join("\n"));
});
