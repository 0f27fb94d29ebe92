import type { CorpusEvaluation, CorpusMeetingResult } from "../corpus/evaluate-corpus";
import type { ExchangeStat } from "./recording-server";

// The two engines side by side on the real-text corpus: faithfulness (recall, invented tokens), condensation and
// cost. The extractive engine's cost is CPU time; the LLM engine's is tokens, estimated as characters / 4 of what
// was sent and received (and the endpoint's own counts when it reports them).

export interface EngineCost {
  requests: number;
  /** The longest single prompt, in characters */
  maxPromptChars: number;
  promptChars: number;
  answerChars: number;
  /** Reported by the endpoint (real recordings keep them); null when it reported none */
  promptTokens: number | null;
  completionTokens: number | null;
}

export function costOf(exchanges: readonly ExchangeStat[]): EngineCost {
  const reported = exchanges.filter((e) => e.usage);
  const sumOrNull = (f: (e: ExchangeStat) => number | null) =>
    reported.length === exchanges.length && exchanges.length > 0 ? reported.reduce((n, e) => n + (f(e) ?? 0), 0) : null;
  return {
    requests: exchanges.length,
    maxPromptChars: Math.max(0, ...exchanges.map((e) => e.promptChars)),
    promptChars: exchanges.reduce((n, e) => n + e.promptChars, 0),
    answerChars: exchanges.reduce((n, e) => n + e.answerChars, 0),
    promptTokens: sumOrNull((e) => e.usage?.promptTokens ?? null),
    completionTokens: sumOrNull((e) => e.usage?.completionTokens ?? null),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const int = (x: number) => Math.round(x).toLocaleString("en-GB");

function recallOf(meetings: readonly CorpusMeetingResult[]): string {
  const found = meetings.reduce((n, m) => n + m.factsFound, 0);
  const total = meetings.reduce((n, m) => n + m.factsTotal, 0);
  return `${pct(found / Math.max(1, total))} (${found}/${total})`;
}

export function formatEngineComparison(
  extractive: CorpusEvaluation,
  llm: CorpusEvaluation,
  cost: EngineCost,
  model: string,
): string {
  const e = extractive.overall;
  const l = llm.overall;
  const answered = llm.meetings.filter((m) => m.engine.startsWith("llm:"));
  const answeredMids = new Set(answered.map((m) => m.mid));
  const cpu = extractive.meetings.map((m) => m.extractiveCpuMs).sort((a, b) => a - b);
  const n = Math.max(1, cost.requests);
  const tokens =
    cost.promptTokens !== null
      ? `${int(cost.promptTokens / n)} prompt + ${int((cost.completionTokens ?? 0) / n)} answer tokens per request (reported by the endpoint)`
      : `≈${int(cost.promptChars / 4 / n)} prompt + ≈${int(cost.answerChars / 4 / n)} answer tokens per request, longest prompt ≈${int(cost.maxPromptChars / 4)} (characters / 4)`;
  const rows: [string, string, string][] = [
    ["", "extractive", `LLM (${model})`],
    [
      "meetings summarised by this engine",
      `${extractive.meetings.length}/${extractive.meetings.length}`,
      `${answered.length}/${llm.meetings.length} (${llm.meetings.length - answered.length} fell back to extractive)`,
    ],
    ["fact recall, all meetings as stored", pct(e.recall), pct(l.recall)],
    ["business recall", pct(e.businessRecall), pct(l.businessRecall)],
    [
      `fact recall on the ${answered.length} meetings the LLM answered`,
      recallOf(extractive.meetings.filter((m) => answeredMids.has(m.mid))),
      recallOf(answered),
    ],
    ["invented names, numbers, dates (stored)", String(e.invented), String(l.invented)],
    ["summary / source words (sources > 400 words)", pct(e.condensation), pct(l.condensation)],
    ["longest overview (words)", String(e.maxOverviewWords), String(l.maxOverviewWords)],
    ["procedural share of words", pct(e.proceduralShare), pct(l.proceduralShare)],
    [
      "cost per meeting",
      `${(cpu.reduce((a, b) => a + b, 0) / Math.max(1, cpu.length)).toFixed(1)} ms CPU (max ${(cpu.at(-1) ?? 0).toFixed(1)} ms)`,
      tokens,
    ],
    [
      "cost of the corpus",
      `${int(cpu.reduce((a, b) => a + b, 0))} ms CPU for ${cpu.length} meetings`,
      `${cost.requests} requests, ${int(cost.promptChars)} prompt + ${int(cost.answerChars)} answer characters (≈${int((cost.promptChars + cost.answerChars) / 4)} tokens)`,
    ],
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join("  ")
      .trimEnd(),
  );
  const fellBack = llm.meetings
    .filter((m) => !m.engine.startsWith("llm:"))
    .map(
      (m) => `  fell back [${m.mid}] ${m.name}: ${(m.fallbackReason ?? "(no reason recorded)").replace(/\s+/g, " ")}`,
    );
  return [
    "Engines side by side on the real-text corpus",
    ...lines,
    ...(fellBack.length ? ["LLM answers rejected:", ...fellBack] : []),
  ].join("\n");
}
