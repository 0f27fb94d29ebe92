// The LLM engine on real council text: the real-text corpus (tests/fixtures/real-harrow) is served as a ModernGov
// site, scraped by the real scraper, and summarised through the LLM engine against the recorded-response server
// (scripts/eval/llm/recording-server.ts), so the prompt, the zod validation and the grounding check all run on the
// real corpus text. The recordings are synthetic, not a model's answers (see tests/fixtures/real-harrow/ORIGIN.md):
// faithful answers built from each meeting's sources, and five deliberately bad ones the engine must reject.
// The recall floors are what was measured when they were set (97.0% on the meetings the LLM answered, 97.2% overall,
// with the extractive engine 1.15.0's answers as recordings) less 2 points.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  corpusMeetingInput,
  evaluateCorpus,
  formatCorpusTable,
  OVERALL_KINDS,
  scoreExtractiveOn,
  type CorpusEvaluation,
} from "@/scripts/eval/corpus/evaluate-corpus";
import { loadCorpus } from "@/scripts/eval/corpus/load-corpus";
import { costOf, formatEngineComparison } from "@/scripts/eval/llm/compare-engines";
import {
  SYNTHETIC_MODEL,
  loadRecordings,
  recordingKey,
  startRecordingServer,
  type RecordingServer,
} from "@/scripts/eval/llm/recording-server";
import { DEFECTS } from "@/scripts/eval/llm/synthetic-answer";
import { LLM_ENGINE_VERSION, summarizeWithLlm, type MeetingSummary } from "@/lib/summarize";
import { buildPrompt } from "@/lib/summarize/llm/build-prompt";
import { createTestPrisma, resetDatabase } from "../helpers/db";

const prisma = createTestPrisma();
const corpus = loadCorpus();
const corpusSize = corpus.meetings.length + corpus.reports.length + corpus.minutes.length;
let server: RecordingServer;
let evaluation: CorpusEvaluation;
const llmConfig = () => ({ baseUrl: server.baseUrl, apiKey: null, model: SYNTHETIC_MODEL, timeoutMs: 10_000 });

/** The deliberately bad recordings and the reason the engine must record for each (written out here, not derived). */
const REJECTED: { mid: number; reason: RegExp }[] = [
  { mid: 990001, reason: /^ungrounded output: number "£7\.35" not found in the sources$/ },
  { mid: 65714, reason: /^ungrounded output: name "Councillor Peregrine Ashworth-Quayle" not found in the sources$/ },
  { mid: 65943, reason: /^ungrounded output: .*date "29 February".* not found in the sources$/ },
  { mid: 65501, reason: /^malformed output: not JSON \(\{/ },
  {
    mid: 65242,
    reason:
      /^malformed output: [\s\S]*expected string, received undefined\s+→ at procedural[\s\S]*expected object, received string\s+→ at sections\[0\]\.bullets\[0\]/,
  },
];

beforeAll(async () => {
  await resetDatabase(prisma);
  // Document ids far from those the recordings were made with, so every citation must be carried over.
  await prisma.$executeRawUnsafe(`select setval(pg_get_serial_sequence('"Document"', 'id'), 5000)`);
  server = await startRecordingServer({ mode: "replay" });
  evaluation = await evaluateCorpus(prisma, { corpus, llm: llmConfig() });
  console.log(
    formatCorpusTable(
      evaluation,
      `Real-text corpus, LLM engine (${SYNTHETIC_MODEL}: synthetic recordings, not a model's answers)`,
    ),
  );
});
afterAll(async () => {
  await server?.close();
  await prisma.$disconnect();
});

const storedSummary = async (mid: number) => {
  const meeting = await prisma.meeting.findFirstOrThrow({
    where: { externalId: mid },
    include: { summary: true, documents: { select: { id: true } } },
  });
  return { meeting, summary: meeting.summary!, content: meeting.summary!.content as unknown as MeetingSummary };
};

describe("the LLM engine on real Harrow meetings, against recorded answers", () => {
  it("answers every request from a recording: one per corpus meeting, none missing", () => {
    expect(evaluation.scrape.status).toBe("succeeded");
    expect(
      server.missing,
      "prompts without a recording: regenerate with `npx tsx scripts/eval/llm/write-recordings.ts`",
    ).toEqual([]);
    expect(server.exchanges).toHaveLength(corpusSize);
    expect(server.exchanges.every((e) => e.status === 200)).toBe(true);
    expect(new Set(server.exchanges.map((e) => e.key)).size).toBe(corpusSize);
  });

  it("summarises every meeting, accepting each faithful answer as the LLM engine's", async () => {
    expect(evaluation.meetings).toHaveLength(corpusSize);
    const rejected = new Set(REJECTED.map((r) => r.mid));
    const accepted = evaluation.meetings.filter((m) => !rejected.has(m.mid));
    expect(accepted.length).toBeGreaterThanOrEqual(corpusSize - REJECTED.length);
    for (const m of accepted)
      expect({ mid: m.mid, engine: m.engine, fallbackReason: m.fallbackReason }).toEqual({
        mid: m.mid,
        engine: `llm:${SYNTHETIC_MODEL}`,
        fallbackReason: null,
      });
    let citations = 0;
    for (const m of accepted) {
      const { summary, content, meeting } = await storedSummary(m.mid);
      expect(summary).toMatchObject({
        engine: `llm:${SYNTHETIC_MODEL}`,
        engineVersion: LLM_ENGINE_VERSION,
        machineGenerated: true,
      });
      // The model's answer, not the extractive summary: the answer schema has no tables, and its citations were
      // carried over to this run's document ids, so each one names a document of this meeting.
      expect(content.sections.every((s) => s.tables.length === 0)).toBe(true);
      const ids = new Set(meeting.documents.map((d) => d.id));
      const cited = content.sections
        .flatMap((s) => s.bullets)
        .flatMap((b) => (b.source.documentId === null ? [] : [b.source.documentId]));
      for (const id of cited) expect(ids.has(id), `MId ${m.mid} cites document ${id}`).toBe(true);
      citations += cited.length;
    }
    expect(citations).toBeGreaterThan(20);
  });

  it("stores summaries that invent nothing: every name, number and date is in the sources", () => {
    expect(evaluation.meetings.flatMap((m) => m.invented)).toEqual([]);
  });

  it("rejects the made-up figure, name and date, the cut-off JSON and the wrong shape, falling back to extractive with the reason", async () => {
    expect(DEFECTS.map((d) => d.mid).sort()).toEqual(REJECTED.map((r) => r.mid).sort());
    const fellBack = evaluation.meetings.filter((m) => m.engine !== `llm:${SYNTHETIC_MODEL}`);
    expect(fellBack.map((m) => m.mid).sort()).toEqual(REJECTED.map((r) => r.mid).sort());
    for (const { mid, reason } of REJECTED) {
      const { summary, content } = await storedSummary(mid);
      expect(summary.engine, `MId ${mid}`).toBe("extractive");
      expect(summary.engineVersion).toBe(LLM_ENGINE_VERSION);
      expect(summary.fallbackReason, `MId ${mid}`).toMatch(reason);
      // What is stored is the extractive summary, which the bad answer's invention never reaches.
      expect(JSON.stringify(content)).not.toMatch(/£7\.35|Peregrine|29 February/);
    }
  });

  it("reports recall beside the extractive engine's, and what the prompts cost", async () => {
    const extractive = await scoreExtractiveOn(prisma, evaluation);
    const cost = costOf(server.exchanges);
    console.log(formatEngineComparison(extractive, evaluation, cost, SYNTHETIC_MODEL));
    // The floor covers the corpora it was set on (the real meetings and the long reports); the long minutes, scored on
    // their own, are answered too.
    const answered = evaluation.meetings.filter((m) => m.engine.startsWith("llm:") && OVERALL_KINDS.includes(m.kind));
    expect(evaluation.meetings.filter((m) => m.kind === "minutes").every((m) => m.engine.startsWith("llm:"))).toBe(
      true,
    );
    const recall = answered.reduce((n, m) => n + m.factsFound, 0) / answered.reduce((n, m) => n + m.factsTotal, 0);
    expect(recall).toBeGreaterThanOrEqual(0.97 - 0.02);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.972 - 0.02);
    // Every prompt stays within the source budget plus the instructions and agenda.
    expect(cost.requests).toBe(corpusSize);
    expect(cost.maxPromptChars).toBeLessThanOrEqual(24_000 + 8_000);
  });

  it("answers a prompt it has no recording for with HTTP 404 naming the key, and the engine records why it fell back", async () => {
    const { input } = await corpusMeetingInput(
      prisma,
      corpus.meetings.find((m) => m.mid === 65069)!,
    );
    const changed = { ...input, meeting: { ...input.meeting, title: `${input.meeting.title} (rearranged)` } };
    const key = recordingKey(SYNTHETIC_MODEL, buildPrompt(changed));
    expect(loadRecordings().has(key)).toBe(false);
    const response = await fetch(`${server.baseUrl}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: SYNTHETIC_MODEL, messages: buildPrompt(changed) }),
    });
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { message: string; key: string } };
    expect(body.error.key).toBe(key);
    expect(body.error.message).toContain(`no recording for key ${key}`);
    const result = await summarizeWithLlm(changed, llmConfig());
    expect(result.engine).toBe("extractive");
    expect(result.fallbackReason).toMatch(new RegExp(`HTTP 404: .*no recording for key ${key}`));
  });
});
