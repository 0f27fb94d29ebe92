import { findUngroundedTokens, sourceTextsOf } from "../../lib/summarize/grounding";
import { countWords } from "../../lib/summarize/text/sentences";
import { containment, titleSimilarity } from "../../lib/summarize/text/normalise";
import type { MeetingSummary } from "../../lib/summarize/types";
import { bulletText, groupBullets } from "../../lib/summarize/bullets";
import type { CaseResult, EvalSubject, EvaluationReport, RequiredFact } from "./eval-types";

// Scores summaries against their cases: fact recall (each fact's patterns must all match one bullet, decision,
// table or the overview, so "22" and "214" count only when stated together), section coverage against the
// published headings, invented numbers (numbers absent from every source) and length in words.

export function runEvaluation(subjects: EvalSubject[]): EvaluationReport {
  const cases = subjects.map(evaluateOne);
  const factsFound = sum(cases.map((c) => c.factsFound));
  const factsTotal = sum(cases.map((c) => c.factsTotal));
  const covered = sum(cases.map((c) => c.headingsCovered));
  const headings = sum(cases.map((c) => c.headingsTotal));
  return {
    cases,
    overall: {
      recall: factsTotal ? factsFound / factsTotal : 1,
      sectionCoverage: headings ? covered / headings : 1,
      inventedNumbers: sum(cases.map((c) => c.inventedNumbers.length)),
      words: sum(cases.map((c) => c.words)),
      proceduralWords: sum(cases.map((c) => c.proceduralWords)),
      factsFound,
      factsTotal,
    },
  };
}

function evaluateOne({ evalCase, input, summary }: EvalSubject): CaseResult {
  const units = summaryUnits(summary);
  const missedFacts = evalCase.facts
    .filter((f) => !units.some((u) => matchesFact(f, u)))
    .map((f) => `${f.id}: ${f.statement}`);
  const headings = summary.sections.map((s) => s.heading);
  const uncoveredHeadings = evalCase.headings.filter((h) => !headings.some((s) => headingMatches(h, s)));
  const invented = findUngroundedTokens(summary, sourceTextsOf(input)).filter((t) => t.kind === "number");
  const factsFound = evalCase.facts.length - missedFacts.length;
  return {
    name: evalCase.name,
    meetingId: evalCase.meetingId,
    factsFound,
    factsTotal: evalCase.facts.length,
    recall: evalCase.facts.length ? factsFound / evalCase.facts.length : 1,
    missedFacts,
    headingsCovered: evalCase.headings.length - uncoveredHeadings.length,
    headingsTotal: evalCase.headings.length,
    sectionCoverage: evalCase.headings.length
      ? (evalCase.headings.length - uncoveredHeadings.length) / evalCase.headings.length
      : 1,
    uncoveredHeadings,
    inventedNumbers: invented.map((t) => `${t.token} (in "${t.context}")`),
    words: summaryWords(summary),
    proceduralWords: countWords(summary.procedural ?? ""),
  };
}

export function summaryUnits(summary: MeetingSummary): string[] {
  return [
    summary.overview,
    ...(summary.procedural ? summary.procedural.split("\n") : []),
    ...summary.sections.flatMap((s) => [
      // Each point of a list with its lead, as a reader takes it; its words are counted once (summaryWords).
      ...s.bullets.map(bulletText),
      ...(s.decision ? [s.decision] : []),
      ...s.tables.map((t) => [t.caption ?? "", t.header.join(" "), ...t.rows.map((r) => r.join(" "))].join(" \n ")),
    ]),
  ].map((u) => u.replace(/\s+/g, " "));
}

function matchesFact(fact: RequiredFact, unit: string): boolean {
  return fact.patterns.every((re) => re.test(unit));
}

export function headingMatches(seed: string, heading: string): boolean {
  return titleSimilarity(seed, heading) >= 0.5 || containment(seed, heading) >= 0.75;
}

/** The words a reader reads: every unit and heading, a list's lead once however many of its points follow. */
export function summaryWords(summary: MeetingSummary): number {
  const repeatedLeads = summary.sections.flatMap((s) =>
    groupBullets(s.bullets).flatMap((g) => (g.lead ? Array<string>(g.items.length - 1).fill(g.lead) : [])),
  );
  return (
    sum(summaryUnits(summary).map(countWords)) +
    sum(summary.sections.map((s) => countWords(s.heading))) -
    sum(repeatedLeads.map(countWords))
  );
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** A fixed-width table of the report, for the CLI and test logs. */
export function formatEvaluationTable(report: EvaluationReport): string {
  const rows = [
    ["meeting", "facts", "recall", "sections", "coverage", "invented", "words", "procedural"],
    ...report.cases.map((c) => [
      c.name,
      `${c.factsFound}/${c.factsTotal}`,
      pct(c.recall),
      `${c.headingsCovered}/${c.headingsTotal}`,
      pct(c.sectionCoverage),
      String(c.inventedNumbers.length),
      String(c.words),
      share(c.proceduralWords, c.words),
    ]),
    [
      "overall",
      `${report.overall.factsFound}/${report.overall.factsTotal}`,
      pct(report.overall.recall),
      "",
      pct(report.overall.sectionCoverage),
      String(report.overall.inventedNumbers),
      String(report.overall.words),
      share(report.overall.proceduralWords, report.overall.words),
    ],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "))
    .join("\n");
}

/** Standing business as a share of the summary's words. */
function share(part: number, whole: number): string {
  return whole ? pct(part / whole) : "-";
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
