import { summaryTexts } from "./extractive/footnotes";
import type { MeetingSummary, SummaryInput } from "./types";
import { recordedVoteTallies, tallyWords } from "./text/recorded-votes";
import { MONTH_NAMES } from "@/lib/iso-week";

// The grounding check behind the LLM engine's rejections and the evaluation's "invented numbers": every number,
// date and capitalised name in a summary must occur in its sources. Footnote explanations are excluded: they
// come from the project's own glossary, not from the model.

export type UngroundedKind = "number" | "date" | "name";

export interface UngroundedToken {
  kind: UngroundedKind;
  token: string;
  /** The summary text the token was found in, for error messages. */
  context: string;
}

const MONTHS = MONTH_NAMES.join("|");
const NUMBER = /(?<![A-Za-z0-9])[£$]?\d+(?:[,.]\d+)*(?:st|nd|rd|th)?/g;
const DATE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})\\b`, "g");
const WORD = /[A-Za-z][A-Za-z'\u2019-]*/g;

// Words our own templates and renderers write, and words too common to prove anything.
const ALWAYS_ALLOWED = new Set(
  `the a an it its this that these those there their they he she we in on at of for and or to by with from as is was
  were be been has have had will would not no none yes decision decisions standing items item meeting meetings special
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december am pm reserve members member declarations interest interests minutes previous public
  questions petitions deputations agenda papers report reports council councillor councillors committee panel board
  cabinet officers officer mr mrs ms dr also key note noted agreed approved discussed considered cllr cllrs`.split(
    /\s+/,
  ),
);

export function normaliseNumber(token: string): string {
  return token
    .replace(/^[£$]/, "")
    .replace(/(st|nd|rd|th)$/, "")
    .replace(/,(?=\d{3}\b)/g, "");
}

export interface SourceIndex {
  numbers: Set<string>;
  words: Set<string>;
  dates: Set<string>;
}

export function indexSources(sources: string | string[]): SourceIndex {
  const text = (Array.isArray(sources) ? sources.join("\n") : sources).replace(/\s+/g, " ");
  const numbers = new Set((text.match(NUMBER) ?? []).map(normaliseNumber));
  // "2025/26" and "18-21" also ground their parts.
  for (const m of text.match(/\d+(?:[./-]\d+)+/g) ?? []) for (const part of m.split(/[/-]/)) numbers.add(part);
  const words = new Set((text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/['\u2019]s$/, "")));
  const dates = new Set<string>();
  for (const m of text.matchAll(DATE)) dates.add(`${Number(m[1])} ${m[2]!.toLowerCase()}`);
  for (const m of text.matchAll(new RegExp(`\\b(${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, "g")))
    dates.add(`${Number(m[2])} ${m[1]!.toLowerCase()}`);
  return { numbers, words, dates };
}

/**
 * The texts a summary may draw on: meeting title, agenda, minutes, decisions and document text, and the tallies of
 * the recorded votes they print, counted from the lists of names ("32 votes to 26": the minutes give the names, not
 * the numbers).
 */
export function sourceTextsOf(input: SummaryInput): string[] {
  const texts = [
    input.meeting.title,
    input.meeting.committeeName,
    ...input.items.flatMap((i) => [
      i.number ?? "",
      i.title,
      i.description ?? "",
      i.minutesText ?? "",
      i.decisionText ?? "",
    ]),
    ...input.documents.flatMap((d) => [d.title, d.text ?? ""]),
  ];
  const tallies = texts.flatMap((t) => (/\b(?:Voting|Voted|Abstain)/i.test(t) ? recordedVoteTallies(t) : []));
  return [...texts, ...tallies.map(tallyWords)];
}

export function findUngroundedTokens(
  summary: Pick<MeetingSummary, "overview" | "procedural" | "sections">,
  sources: string | string[] | SourceIndex,
): UngroundedToken[] {
  const index = typeof sources === "string" || Array.isArray(sources) ? indexSources(sources) : sources;
  const out: UngroundedToken[] = [];
  const seen = new Set<string>();
  const add = (kind: UngroundedKind, token: string, context: string): void => {
    const key = `${kind}:${token}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, token, context: context.length > 160 ? `${context.slice(0, 157)}...` : context });
  };
  for (const text of summaryTexts(summary).filter(Boolean)) {
    const flat = text.replace(/\s+/g, " ");
    for (const m of flat.match(NUMBER) ?? []) {
      const n = normaliseNumber(m);
      if (!index.numbers.has(n)) add("number", m, flat);
    }
    for (const m of flat.matchAll(DATE)) {
      const key = `${Number(m[1])} ${m[2]!.toLowerCase()}`;
      if (!index.dates.has(key)) add("date", m[0], flat);
    }
    for (const name of findNames(flat)) {
      if (
        !name
          .split(/\s+/)
          .filter((w) => /[A-Za-z]/.test(w))
          .every((w) => isKnownWord(w, index))
      )
        add("name", name, flat);
    }
  }
  return out;
}

function isKnownWord(word: string, index: SourceIndex): boolean {
  const w = word.toLowerCase().replace(/['\u2019]s$/, "");
  if (ALWAYS_ALLOWED.has(w) || index.words.has(w)) return true;
  // Plurals and possessives of grounded words ("PAs", "Councillors'").
  return index.words.has(w.replace(/s'?$/, "")) || index.words.has(`${w}s`);
}

/** Capitalised words, skipping a sentence's first word unless it starts a multi-word name. */
function findNames(text: string): string[] {
  const names: string[] = [];
  const re =
    /(?:^|(?<=[.!?:;]\s+)|(?<=\s|\(|"|\u201c|'))([A-Z][A-Za-z'\u2019-]*(?:\s+(?:of|and|for|the|&)?\s*[A-Z][A-Za-z'\u2019-]*)*)/g;
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    const before = text.slice(0, start).trimEnd();
    const sentenceStart = before === "" || /[.!?:;]$/.test(before) || /^[-*\u2022]$/.test(before);
    const phrase = m[1]!;
    if (sentenceStart && !/\s/.test(phrase)) continue;
    names.push(phrase.replace(/\s+(of|and|for|the|&)$/, ""));
  }
  return names;
}
