import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateSnapshot } from "@/scripts/eval/evaluate-snapshot";
import { fact } from "@/scripts/eval/fact";
import { DEFAULT_SNAPSHOT_DIR, hasSnapshot } from "@/scripts/eval/load-snapshot";
import { formatEvaluationTable, runEvaluation } from "@/scripts/eval/run-evaluation";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { heldMeetingWithReport } from "./helpers";

// The quality bar of issue 4: on the seed meetings of the offline snapshot the extractive engine must carry at
// least 80% of the published summaries' facts and invent no number. Skipped (with a message) until the snapshot
// has been built by scripts/build-snapshot.ts; HARROW_SNAPSHOT_DIR points the test at another build.

const SNAPSHOT_DIR = process.env.HARROW_SNAPSHOT_DIR
  ? path.resolve(process.env.HARROW_SNAPSHOT_DIR)
  : DEFAULT_SNAPSHOT_DIR;
const present = hasSnapshot(SNAPSHOT_DIR);
if (!present)
  console.warn(`[summarize eval] skipped: no snapshot at ${SNAPSHOT_DIR} (run npx tsx scripts/build-snapshot.ts)`);

describe.skipIf(!present)("evaluation on the Harrow snapshot's seed meetings", () => {
  it("reaches 80% fact recall on each seed meeting with zero invented numbers", async () => {
    const { report } = await evaluateSnapshot(SNAPSHOT_DIR);
    console.log(formatEvaluationTable(report));
    for (const c of report.cases) {
      expect(c.inventedNumbers, c.name).toEqual([]);
      expect(c.recall, `${c.name} missed: ${c.missedFacts.join("; ")}`).toBeGreaterThanOrEqual(0.8);
    }
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.8);
    expect(report.overall.sectionCoverage).toBeGreaterThanOrEqual(0.7);
  });
});

describe("runEvaluation", () => {
  const input = heldMeetingWithReport();
  const evalCase = {
    name: "fixture",
    meetingId: 1,
    headings: ["Children Missing From Care", "Fostering Recruitment"],
    facts: [
      fact("missing", "22 of the 214 children were missing", /\b22\b/, /\b214\b/, /missing/i),
      fact("gang", "Suspected gang activity (5%)", /gang/i, /5%/),
      fact("split", "22 and gang in one bullet (they are not)", /\b22\b/, /gang/i),
      fact("absent", "a fact the sources lack", /foster carers recruited/i),
    ],
  };

  it("counts a fact only when all its patterns match one bullet", () => {
    const report = runEvaluation([{ evalCase, input, summary: summarizeExtractive(input) }]);
    const c = report.cases[0]!;
    expect(c.factsFound).toBe(2);
    expect(c.missedFacts.map((m) => m.split(":")[0])).toEqual(["split", "absent"]);
    expect(c.sectionCoverage).toBe(0.5);
    expect(c.uncoveredHeadings).toEqual(["Fostering Recruitment"]);
    expect(c.inventedNumbers).toEqual([]);
    expect(c.words).toBeGreaterThan(50);
    // The standing lines' own words, for the procedural share beside the real-text corpus's.
    expect(c.proceduralWords).toBe((summarizeExtractive(input).procedural ?? "").split(/\s+/).filter(Boolean).length);
    expect(formatEvaluationTable(report).split("\n")[0]).toMatch(/words\s+procedural$/);
  });

  it("catches a number that is not in the sources", () => {
    const summary = summarizeExtractive(input);
    summary.sections[0]!.bullets.push({
      text: "Placements rose by 37 in the quarter.",
      source: { documentId: null, url: null, page: null },
    });
    const report = runEvaluation([{ evalCase, input, summary }]);
    expect(report.overall.inventedNumbers).toBe(1);
    expect(report.cases[0]!.inventedNumbers[0]).toMatch(/^37 /);
  });
});
