import { findUngroundedTokens, sourceTextsOf } from "@/lib/summarize/grounding";
import { llmOutputSchema, type LlmOutput } from "@/lib/summarize/llm/llm-output";
import type { MeetingSummary, SummaryInput, SummaryTable } from "@/lib/summarize/types";
import { bulletText } from "@/lib/summarize/bullets";

// The recorded answers of the real-text corpus were NOT written by a model: no model is reachable from the
// machine they were made on. write-recordings.ts builds each one from the meeting's own sources, as a faithful
// model would answer: the extractive engine's summary of the meeting, reshaped into the JSON the prompt asks for
// (overview, one procedural line per standing item, a section per item with cited bullets and the decision; each
// table row becomes a bullet, since the answer schema has no tables). A few are then spoiled on purpose, so the
// tests see the LLM engine reject what a real model can get wrong.

/** Reshapes an extractive summary into the LLM answer schema. */
export function answerFromExtractive(summary: MeetingSummary): LlmOutput {
  const answer: LlmOutput = {
    overview: summary.overview,
    procedural: summary.procedural,
    sections: summary.sections.slice(0, 40).map((s) => ({
      heading: s.heading,
      itemNumber: s.itemNumber,
      bullets: [
        // A model's bullet stands alone: a list's point carries its lead.
        ...s.bullets.map((b) => ({
          text: bulletText(b),
          documentId: b.source.documentId,
          page: b.source.documentId === null ? null : b.source.page,
        })),
        ...s.tables.flatMap(tableAsBullets),
      ].slice(0, 30),
      decision: s.decision,
    })),
  };
  return llmOutputSchema.parse(answer);
}

/** "Children's services: Budget: £52.1m; Forecast: £54.3m" for each row of a table (a colon keeps a header and its cell apart, so "Confidence: High" never reads as a name). */
function tableAsBullets(table: SummaryTable): LlmOutput["sections"][number]["bullets"] {
  return table.rows
    .filter((row) => row.some((cell) => cell.trim()))
    .map((row) => {
      const [first, ...rest] = row;
      const cells = rest
        .map((cell, i) => ({ head: table.header[i + 1]?.trim() ?? "", cell: cell.trim() }))
        .filter((c) => c.cell)
        .map((c) => (c.head ? `${c.head}: ${c.cell}` : c.cell));
      const lead = [table.caption?.trim(), first?.trim()].filter(Boolean).join(", ");
      return {
        text: cells.length ? `${lead}: ${cells.join("; ")}` : lead,
        documentId: table.source.documentId,
        page: table.source.documentId === null ? null : table.source.page,
      };
    })
    .filter((b) => b.text.trim() && b.text !== ":");
}

/** The LLM answer as the engine turns it into a MeetingSummary, for checking grounding before writing it. */
export function ungroundedIn(answer: LlmOutput, input: SummaryInput): string[] {
  const summary = {
    overview: answer.overview,
    procedural: answer.procedural,
    sections: answer.sections.map((s) => ({
      ...s,
      bullets: s.bullets.map((b) => ({ text: b.text, source: { documentId: b.documentId, url: null, page: b.page } })),
      tables: [],
    })),
  };
  return findUngroundedTokens(summary, sourceTextsOf(input)).map((t) => `${t.kind} "${t.token}"`);
}

/** A deliberately bad answer for one corpus meeting, and what the engine must say when it rejects it. */
export interface Defect {
  mid: number;
  /** Written into the recording */
  describe: string;
  /** Spoils a faithful answer: returns the message content the "model" sends */
  spoil(answer: LlmOutput): string;
  /** The rejection the engine must record (tested by tests/integration/summary-quality-llm.test.ts) */
  kind: "ungrounded" | "not-json" | "schema";
  /** For ungrounded defects: the token that must be named in the reason */
  token?: string;
}

const firstSection = (answer: LlmOutput) => {
  const section = answer.sections[0];
  if (!section) throw new Error("the answer has no section to spoil");
  return section;
};

export const DEFECTS: Defect[] = [
  {
    mid: 990001,
    describe: "a made-up figure: a bullet claims a £7.35m overspend the report never states",
    kind: "ungrounded",
    token: "£7.35",
    spoil(answer) {
      const section = firstSection(answer);
      // In place of the last bullet, so the answer keeps the schema's 30-bullet limit and only grounding can catch it.
      section.bullets = [
        { text: "The council forecast an overall overspend of £7.35m for the year.", documentId: null, page: null },
        ...section.bullets,
      ].slice(0, 30);
      return JSON.stringify(answer);
    },
  },
  {
    mid: 65714,
    describe: "a made-up name: the procedural line gives apologies from a councillor who is not in the papers",
    kind: "ungrounded",
    token: "Councillor Peregrine Ashworth-Quayle",
    spoil(answer) {
      answer.procedural = `Apologies were received from Councillor Peregrine Ashworth-Quayle.${answer.procedural ? `\n${answer.procedural}` : ""}`;
      return JSON.stringify(answer);
    },
  },
  {
    mid: 65943,
    describe:
      "a made-up date: the overview says the decision will be reviewed on 29 February, a date the papers do not give",
    kind: "ungrounded",
    token: "29 February",
    spoil(answer) {
      answer.overview = `${answer.overview} The decision will be reviewed on 29 February.`;
      return JSON.stringify(answer);
    },
  },
  {
    mid: 65501,
    describe: "malformed JSON: the answer stops part-way, as when a model runs out of output tokens",
    kind: "not-json",
    spoil(answer) {
      const text = JSON.stringify(answer, null, 2);
      return text.slice(0, Math.floor(text.length * 0.6));
    },
  },
  {
    mid: 65242,
    describe: "valid JSON in the wrong shape: bullets as plain strings and no procedural field, which zod rejects",
    kind: "schema",
    spoil(answer) {
      const { procedural: _procedural, ...rest } = answer;
      return JSON.stringify({
        ...rest,
        sections: answer.sections.map((s) => ({ ...s, bullets: s.bullets.map((b) => b.text) })),
      });
    },
  },
];

/** A faithful answer wrapped in a markdown fence, as some local servers send despite response_format; accepted. */
export const FENCED_MID = 65069;
