// Matters arising reported under the minutes' approval: what was reported, without who reported it or the aside that
// repeats what the last meeting asked (docs/summaries.md#a-schools-forums-minutes).
import { upperFirst } from "../../text/sentences";
import { NAME } from "./membership-changes";
import { ensureStop } from "./wording";

/** "the Head of Finance, Mr A, reported that", "Mr A informed the Forum that": who told it, before what was told. */
const TOLD = new RegExp(
  String.raw`^(?:the [A-Z][\w' -]{2,60}?,\s*)?(?:${NAME},?\s*)?(?:the [A-Z][\w' -]{2,60}?\s+)?(?:reported|confirmed|advised|informed (?:the [A-Z]\w+|members)|said|stated)\s+that\s+`,
  "i",
);

/**
 * What was reported without who reported it; a second thing reported ("…, and that the Protocol had come into effect
 * on 5 January 2026") hung on the "reported that" just dropped, so its "that" goes too
 * (docs/summaries.md#an-admissions-forums-minutes).
 */
export function withoutTeller(paragraph: string): string {
  if (!TOLD.test(paragraph)) return paragraph;
  return paragraph.replace(TOLD, "").replace(/,? and that (?=[a-z])/g, ", and ");
}

/**
 * The matters arising printed under a "Matters arising" heading after the minutes' approval, each said as what was
 * reported, without who reported it: "Matters arising: the letter … had been sent on 2 December 2025." Null when the
 * minute has no such heading or nothing under it.
 */
export function mattersArisingSaid(paragraphs: string[]): { before: string[]; said: string } | null {
  const at = paragraphs.findIndex((p) => /^matters arising:?$/i.test(p.trim()));
  if (at < 1 || at === paragraphs.length - 1) return null;
  const matters = paragraphs
    .slice(at + 1)
    .map((p) => ensureStop(doneSaidShort(withoutAside(withoutTeller(p.replace(/\s+/g, " ").trim())))))
    .join(" ");
  return { before: paragraphs.slice(0, at), said: `Matters arising: ${upperFirst(matters).replace(/^The\b/, "the")}` };
}

/**
 * "the letter agreed at the last meeting, asking the Department to confirm the allocation earlier in the year, had been
 * sent on 2 December 2025": the aside between commas after what was reported on (", asking …,", ", which …,") says
 * again what the last meeting's minutes said; the matter and what became of it are the line
 * (docs/summaries.md#long-minutes-round-twenty-five). An aside with a figure or a name stays, and so does a sentence
 * the aside does not sit inside. An aside that only says the last meeting agreed it (", agreed at the last meeting,")
 * goes too (docs/summaries.md#an-admissions-forums-minutes).
 */
const ASIDE =
  /^((?:the|a|an|its|their) [a-z][^,]{2,80}?), (?:asking|seeking|requesting|inviting|setting out|which|that|(?:agreed|requested|made|approved|promised) at the (?:last|previous))\b[^,]{8,160}?, ((?:had|has|have|was|were|is|would|will)\b)/i;

export function withoutAside(sentence: string): string {
  const m = ASIDE.exec(sentence);
  if (!m) return sentence;
  const aside = sentence.slice(m[1]!.length, m.index + m[0].length - m[2]!.length);
  if (/\d|£|%|\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b/.test(aside)) return sentence;
  return `${m[1]} ${sentence.slice(m[1]!.length + aside.length)}`;
}

/**
 * "the comments … had been sent to the Portfolio Holder on 3 December 2025": what was done, in the line's terse form
 * ("the comments … sent to the Portfolio Holder on 3 December 2025"), as the other standing lines say "approved" and
 * "appointed"; only "had been" before a verb in "-ed" with "to", "on" or "by" after it goes, so "No reply had yet been
 * received." stays (docs/summaries.md#standing-lines-stop-37-round-two).
 */
export function doneSaidShort(sentence: string): string {
  return sentence.replace(/ had been ([a-z]+ed|sent|given|made|paid|taken|written|held) (?=(?:to|on|by)\b)/g, " $1 ");
}
