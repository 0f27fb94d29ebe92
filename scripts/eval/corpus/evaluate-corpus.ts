import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@/lib/db";
import { findCouncil } from "@/lib/councils";
import { createHttpClient } from "@/lib/moderngov/http/http-client";
import { startReplayServer } from "@/lib/replay/server";
import { scrapeCouncil } from "@/lib/ingest/scrape-council";
import type { ScrapeResult } from "@/lib/ingest/scrape-types";
import { summarizeMeetings } from "@/lib/summarize/store/summarize-meetings";
import { buildSummaryInput } from "@/lib/summarize/store/build-summary-input";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { findUngroundedTokens, sourceTextsOf } from "@/lib/summarize/grounding";
import { summaryUnits, summaryWords } from "@/scripts/eval/run-evaluation";
import { countWords } from "@/lib/summarize/text/sentences";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import type { LlmConfig } from "@/lib/summarize/llm/llm-config";
import type { MeetingSummary, SummaryInput } from "@/lib/summarize/types";
import { buildCorpusSite } from "./build-site";
import { loadCorpus, type Corpus } from "./load-corpus";
import { REPORT_MID_MIN, type CorpusFact, type ServedMeeting } from "./schema";

// Scores the summaries of the real-text corpus the way a reader would meet them: the corpus is served as a
// ModernGov site, scraped by the real scraper into the given database, summarised by the stored-summary path, and
// each stored summary is read back and checked against the meeting's expected facts.

/** "Now" for the corpus: after every meeting in it, so each is summarised as held. */
export const CORPUS_NOW = new Date("2026-12-01T12:00:00Z");
const WINDOW = { from: new Date("2010-01-01T00:00:00Z"), to: new Date("2027-12-31T23:59:59Z") };

export interface CorpusMeetingResult {
  mid: number;
  /** Which corpus the meeting belongs to: a real meeting, a long invented report, or long invented printed minutes */
  kind: ServedMeeting["kind"];
  name: string;
  factsFound: number;
  factsTotal: number;
  businessFound: number;
  businessTotal: number;
  missed: string[];
  invented: string[];
  summaryWords: number;
  sourceWords: number;
  overviewWords: number;
  proceduralWords: number;
  /** Words of the sources' standing items (apologies, declarations, minutes…): how procedural the source itself is */
  sourceProceduralWords: number;
  /** the stored summary and the minutes it was made from, for --show */
  summary: MeetingSummary;
  minutes: string;
  /** The stored summary's engine ("extractive", "llm:<model>") and, when the LLM engine fell back, why */
  engine: string;
  fallbackReason: string | null;
  /** CPU time of one run of the extractive engine on this meeting's input (its whole cost) */
  extractiveCpuMs: number;
}

/** The corpora the overall figures cover: the real meetings and the long reports, as before the long minutes came. */
export const OVERALL_KINDS: readonly ServedMeeting["kind"][] = ["meeting", "report"];

export interface CorpusEvaluation {
  meetings: CorpusMeetingResult[];
  /** Over the real meetings and the long reports (OVERALL_KINDS): comparable with the figures before the long minutes */
  overall: {
    recall: number;
    businessRecall: number;
    invented: number;
    /** summary words / source words over the meetings whose sources exceed 400 words */
    condensation: number;
    /** the worst single meeting's ratio among those */
    worstCondensation: number;
    maxOverviewWords: number;
    proceduralShare: number;
    /** the same share in the sources: standing items' minute words / all source words */
    sourceProceduralShare: number;
    /** the two shares over the real meetings alone (the long reports, all business, left out) */
    realProceduralShare: number;
    realSourceProceduralShare: number;
  };
  /** The same figures over the long invented printed minutes alone (kind "minutes") */
  longMinutes: CorpusEvaluation["overall"];
  scrape: ScrapeResult;
  /** The corpus meetings scored, as served (the long reports as meetings of their own) */
  sources: ServedMeeting[];
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ");

/** Every token in one unit; a token "a|b" is met by either wording (synonyms only: "no interests|no declarations"). */
export function factFound(fact: CorpusFact, units: string[]): boolean {
  const tokens = fact.tokens.map((t) => t.split("|").map(normalise));
  return units.some((unit) => {
    const u = normalise(unit);
    return tokens.every((alternatives) => alternatives.some((t) => u.includes(t)));
  });
}

/** Words in the summary that describe standing business (apologies, declarations, minutes…). */
function proceduralWords(summary: MeetingSummary): number {
  return countWords(summary.procedural ?? "");
}

export function scoreMeeting(
  meeting: ServedMeeting,
  input: SummaryInput,
  summary: MeetingSummary,
): CorpusMeetingResult {
  const units = summaryUnits(summary);
  const found = meeting.facts.filter((f) => factFound(f, units));
  const business = meeting.facts.filter((f) => f.business);
  const sourceWords =
    input.items.reduce((n, i) => n + countWords(i.minutesText ?? "") + countWords(i.decisionText ?? ""), 0) +
    input.documents.filter((d) => d.kind !== "printed_minutes").reduce((n, d) => n + countWords(d.text ?? ""), 0);
  return {
    mid: meeting.mid,
    kind: meeting.kind,
    name: `${meeting.committee} ${meeting.date}`,
    factsFound: found.length,
    factsTotal: meeting.facts.length,
    businessFound: found.filter((f) => f.business).length,
    businessTotal: business.length,
    missed: meeting.facts
      .filter((f) => !found.includes(f))
      .map((f) => `${f.id}: ${f.statement} [${f.tokens.join(" | ")}]`),
    invented: findUngroundedTokens(summary, sourceTextsOf(input)).map(
      (t) => `${t.kind} ${t.token} (in "${t.context.slice(0, 120)}")`,
    ),
    summaryWords: summaryWords(summary),
    sourceWords,
    overviewWords: countWords(summary.overview),
    proceduralWords: proceduralWords(summary),
    sourceProceduralWords: input.items
      .filter((i) => classifyItem(i) === "procedural")
      .reduce((n, i) => n + countWords(i.minutesText ?? ""), 0),
    summary,
    minutes: input.items.map((i) => `[${i.number ?? ""}] ${i.title}\n${i.minutesText ?? ""}`).join("\n\n"),
    engine: "extractive",
    fallbackReason: null,
    extractiveCpuMs: 0,
  };
}

/** The overall figures over the corpora they have always covered, and over the long minutes alone. */
export function summariseCorpora(meetings: CorpusMeetingResult[]): Pick<CorpusEvaluation, "overall" | "longMinutes"> {
  return {
    overall: summariseResults(meetings.filter((m) => OVERALL_KINDS.includes(m.kind))),
    longMinutes: summariseResults(meetings.filter((m) => m.kind === "minutes")),
  };
}

export function summariseResults(meetings: CorpusMeetingResult[]): Omit<CorpusEvaluation["overall"], never> {
  const sum = (f: (m: CorpusMeetingResult) => number, of = meetings) => of.reduce((n, m) => n + f(m), 0);
  const long = meetings.filter((m) => m.sourceWords > 400);
  const real = meetings.filter((m) => m.mid < REPORT_MID_MIN);
  return {
    recall:
      sum((m) => m.factsFound) /
      Math.max(
        1,
        sum((m) => m.factsTotal),
      ),
    businessRecall:
      sum((m) => m.businessFound) /
      Math.max(
        1,
        sum((m) => m.businessTotal),
      ),
    invented: sum((m) => m.invented.length),
    condensation:
      sum((m) => m.summaryWords, long) /
      Math.max(
        1,
        sum((m) => m.sourceWords, long),
      ),
    worstCondensation: Math.max(0, ...long.map((m) => m.summaryWords / m.sourceWords)),
    maxOverviewWords: Math.max(0, ...meetings.map((m) => m.overviewWords)),
    proceduralShare:
      sum((m) => m.proceduralWords) /
      Math.max(
        1,
        sum((m) => m.summaryWords),
      ),
    sourceProceduralShare:
      sum((m) => m.sourceProceduralWords) /
      Math.max(
        1,
        sum((m) => m.sourceWords),
      ),
    realProceduralShare:
      sum((m) => m.proceduralWords, real) /
      Math.max(
        1,
        sum((m) => m.summaryWords, real),
      ),
    realSourceProceduralShare:
      sum((m) => m.sourceProceduralWords, real) /
      Math.max(
        1,
        sum((m) => m.sourceWords, real),
      ),
  };
}

export interface CorpusOptions {
  corpus?: Corpus;
  llm?: LlmConfig | null;
}

export interface ScrapedCorpus {
  /** Every corpus meeting, the long reports as meetings of their own */
  meetings: ServedMeeting[];
  scrape: ScrapeResult;
}

/** Builds the corpus site, serves it on loopback and scrapes it with the real scraper into the given database. */
export async function scrapeCorpus(prisma: PrismaClient, corpus: Corpus = loadCorpus()): Promise<ScrapedCorpus> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "harrow-corpus-"));
  try {
    const meetings = await buildCorpusSite(corpus, dir);
    const replay = await startReplayServer({ dir });
    try {
      const http = createHttpClient({ minIntervalMs: 0, retryBaseDelayMs: 10, retryMaxDelayMs: 50, timeoutMs: 30_000 });
      const scrape = await scrapeCouncil(prisma, http, {
        council: findCouncil("harrow")!,
        fetchBaseUrl: replay.baseUrl,
        window: WINDOW,
        asOf: CORPUS_NOW,
      });
      return { meetings, scrape };
    } finally {
      await replay.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The database id and summary input of a scraped corpus meeting. */
export async function corpusMeetingInput(
  prisma: PrismaClient,
  meeting: ServedMeeting,
): Promise<{ id: number; input: SummaryInput }> {
  const row = await prisma.meeting.findFirst({ where: { externalId: meeting.mid }, select: { id: true } });
  if (!row) throw new Error(`MId ${meeting.mid} (${meeting.committee} ${meeting.date}) was not scraped`);
  return { id: row.id, input: await buildSummaryInput(prisma, row.id, CORPUS_NOW) };
}

function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Builds, serves, scrapes, summarises and scores the corpus in the given (scratch) database. */
export async function evaluateCorpus(prisma: PrismaClient, options: CorpusOptions = {}): Promise<CorpusEvaluation> {
  const { meetings, scrape } = await scrapeCorpus(prisma, options.corpus ?? loadCorpus());
  await summarizeMeetings(prisma, { now: CORPUS_NOW, llm: options.llm ?? null, force: true });
  const results: CorpusMeetingResult[] = [];
  for (const meeting of meetings) {
    const { id, input } = await corpusMeetingInput(prisma, meeting);
    const summary = await prisma.summary.findUnique({ where: { meetingId: id } });
    if (!summary) throw new Error(`MId ${meeting.mid} (${meeting.committee} ${meeting.date}) was not summarised`);
    results.push({
      ...scoreMeeting(meeting, input, summary.content as unknown as MeetingSummary),
      engine: summary.engine,
      fallbackReason: summary.fallbackReason,
      extractiveCpuMs: cpuMs(() => summarizeExtractive(input)),
    });
  }
  return { meetings: results, ...summariseCorpora(results), scrape, sources: meetings };
}

/**
 * The extractive engine's scores on a corpus already scraped and evaluated (for instance through the LLM engine),
 * computed from the same inputs without storing anything: the two engines compared on identical sources.
 */
export async function scoreExtractiveOn(prisma: PrismaClient, evaluation: CorpusEvaluation): Promise<CorpusEvaluation> {
  const results: CorpusMeetingResult[] = [];
  for (const meeting of evaluation.sources) {
    const { input } = await corpusMeetingInput(prisma, meeting);
    let summary: MeetingSummary | undefined;
    const extractiveCpuMs = cpuMs(() => (summary = summarizeExtractive(input)));
    results.push({ ...scoreMeeting(meeting, input, summary!), extractiveCpuMs });
  }
  return { ...evaluation, meetings: results, ...summariseCorpora(results) };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function formatRows(meetings: readonly CorpusMeetingResult[]): string[][] {
  return meetings.map((m) => [
    m.name,
    String(m.mid),
    `${m.factsFound}/${m.factsTotal}`,
    `${m.businessFound}/${m.businessTotal}`,
    String(m.invented.length),
    String(m.summaryWords),
    String(m.sourceWords),
    m.sourceWords ? pct(m.summaryWords / m.sourceWords) : "-",
    String(m.overviewWords),
    m.summaryWords ? pct(m.proceduralWords / m.summaryWords) : "-",
    m.sourceWords ? pct(m.sourceProceduralWords / m.sourceWords) : "-",
  ]);
}

const HEADER = [
  "meeting",
  "MId",
  "facts",
  "business",
  "invented",
  "words",
  "source",
  "ratio",
  "overview",
  "procedural",
  "(in source)",
];

function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "))
    .join("\n");
}

export function formatCorpusTable(
  evaluation: Pick<CorpusEvaluation, "meetings" | "overall"> & Partial<Pick<CorpusEvaluation, "longMinutes">>,
  label = "real-text corpus",
): string {
  const main = evaluation.meetings.filter((m) => OVERALL_KINDS.includes(m.kind));
  const minutes = evaluation.meetings.filter((m) => m.kind === "minutes");
  const o = evaluation.overall;
  const reports = main.filter((m) => m.kind === "report").length;
  const lines = [
    label,
    formatTable([HEADER, ...formatRows(main)]),
    `overall (the ${main.length - reports} real meetings and ${reports} long reports, as before the long minutes): recall ${pct(o.recall)}, business ${pct(o.businessRecall)}, invented ${o.invented}, summary/source ${pct(o.condensation)} (worst ${pct(o.worstCondensation)}) where sources > 400 words, longest overview ${o.maxOverviewWords} words, procedural share ${pct(o.proceduralShare)} (the sources' standing items: ${pct(o.sourceProceduralShare)} of their words; real meetings alone: ${pct(o.realProceduralShare)}, their sources ${pct(o.realSourceProceduralShare)})`,
  ];
  if (minutes.length && evaluation.longMinutes) {
    const l = evaluation.longMinutes;
    lines.push(
      "",
      `Long minutes (${minutes.length} invented printed minutes of whole meetings, not in the overall line above)`,
      formatTable([HEADER, ...formatRows(minutes)]),
      `long minutes: recall ${pct(l.recall)}, business ${pct(l.businessRecall)}, invented ${l.invented}, summary/source ${pct(l.condensation)} (worst ${pct(l.worstCondensation)}), longest overview ${l.maxOverviewWords} words, procedural share ${pct(l.proceduralShare)} (the sources' standing items: ${pct(l.sourceProceduralShare)} of their words)`,
    );
  }
  return lines.join("\n");
}
