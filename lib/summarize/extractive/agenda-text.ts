// The agenda's own words for an item, read where the minutes say nothing of it (summarize-extractive.ts).
import { clipWords } from "../text/sentences";

/** The agenda's own words for an item, when they say something (not "To receive…", not the exempt-papers notice). */
export function agendaText(description: string | null): string | null {
  const text = (description ?? "").replace(/\s+/g, " ").trim();
  if (
    !text ||
    /^(to (receive|note|consider|agree|approve|confirm|appoint|take|record|determine)\b|any other|reports? (of|from) the|the minutes)/i.test(
      text,
    )
  )
    return null;
  if (/\b12A\b|Local Government Act 1972|press and public|exempt information/i.test(text)) return null;
  // Sentences end at a stop before a capital: "the deadline was 3.00 pm on 4 April" is one sentence.
  const sentences = text.split(/(?<=[.!?])\s+(?=["'\u2018\u201c(]?[A-Z])/);
  const opening = sentences
    .slice(0, 2)
    .map((x) => x.trim())
    .join(" ");
  return clipAtClause(opening, AGENDA_MAX_WORDS);
}

/** A motion on the agenda runs to hundreds of words in one sentence ("This Council notes … and resolves …"). */
const AGENDA_MAX_WORDS = 60;

/** At most `max` words, cut after the last clause that ends within them when one ends past half-way, then "…". */
function clipAtClause(text: string, max: number): string {
  const words = text.split(" ");
  if (words.length <= max) return text;
  const head = words.slice(0, max).join(" ");
  const cut = Math.max(head.lastIndexOf("; "), head.lastIndexOf(", "), head.lastIndexOf(": "));
  return cut > head.length / 2 ? `${head.slice(0, cut)}…` : clipWords(text, max);
}

/** Whether the agenda's text names a person, figure or date the decision does not. */
export function addsFacts(agenda: string, decision: string): boolean {
  const facts =
    agenda.match(
      /\b(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.? [A-Z][\w'-]+(?: [A-Z][\w'-]+)*|\b\d{1,2} [A-Z][a-z]+ \d{4}\b|£[\d,.]+[mk]?\b/g,
    ) ?? [];
  return facts.some((f) => !decision.includes(f));
}
