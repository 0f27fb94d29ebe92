import { countWords } from "../text/sentences";
import { CLOSING_TIMES } from "../text/closing-matter";

// Lines of a page that are no sentence of the minutes and never become bullets: a recorded vote's names, an older
// minute's heading in capitals, a table's figures or cells run together, a sentence that only announces what follows.

/**
 * The names of a recorded vote ("Voting for: the Mayor, Councillor … and Councillors Ali, Anderson, …", "Against the
 * Motion – …", "Abstaining: …"): dozens of names, no outcome. The outcome is the sentence before ("put to the vote
 * and carried"), and the meeting page lists who voted which way under the item (stored as its recorded vote).
 */
export function isVoteList(text: string): boolean {
  const head =
    /^(?:(?:Voting|Voted)\s+(?:for|against|in favour)|(?:For|Against)(?:\s+the\s+(?:Motion|Recommendations?|amendment))?|In favour|Abstain(?:ing|ed|ations?)?|Absent|Not voting|Did not vote)\s*(?:\(\d+\))?\s*[:\u2013\u2014-]\s*/i.exec(
      text,
    );
  if (!head) return false;
  const names = text
    .slice(head[0].length)
    .split(/,|\band\b/)
    .filter((n) => n.trim());
  const rest = text.slice(head[0].length);
  return (
    (names.length >= 2 || /\bCouncill?ors?\b/.test(rest)) && /^(?:the\s+)?(?:Mayor|Councill?ors?|[A-Z])/.test(rest)
  );
}

/** A short line all in capitals without a stop: an older minute's sub-heading ("(2) COUNCILLOR MISS LYNE"). */
export function isCapitalsHeading(text: string): boolean {
  if (/[.!?]["'\u2019)]?$/.test(text)) return false;
  const letters = text.replace(/[^A-Za-z]/g, "");
  // A word of five letters or more: a run of acronyms ("NHS NWL ICB") is no heading.
  return letters === letters.toUpperCase() && /[A-Z]{5}/.test(text) && countWords(text) <= 12;
}

/** Figures run together from a table whose rows could not be rebuilt ("98% 81% 84% 86%"): no sentence. */
export function isTableDebris(text: string): boolean {
  if (/[.!?]["'\u2019)]?$/.test(text)) return false;
  const tokens = text.split(" ");
  const figures = tokens.filter((t) => /^[£$(-]?\d[\d,.%/]*\)?$/.test(t)).length;
  return figures >= 4 && figures / tokens.length >= 0.25;
}

const FIGURE_TOKEN = /^[£$(-]?\d[\d,.]*(?:%|m|bn|k)?\)?$/;

/**
 * The loose lines of a table no one could rebuild: cells run together with pipes ("| Ordinary Member | Reserve
 * Member"), or a row's figures side by side ("Consolidate customer contact onto the digital platform 650 400 0
 * RES0", "April 2025 100% 100%"). A sentence never sets two bare figures next to each other without punctuation,
 * nor three with it.
 */
export function isRowDebris(text: string): boolean {
  if (/(^|\s)\|(\s|$)/.test(text)) return true;
  // Three figures in a row are a table row even when a sentence was glued on after them.
  const sentence = /[.!?]["'\u2019)]?$/.test(text);
  let run = 0;
  for (const token of text.split(" ")) {
    run = FIGURE_TOKEN.test(token) ? run + 1 : 0;
    if (run >= (sentence ? 3 : 2)) return true;
  }
  return false;
}

/**
 * "The representative then spoke to the six grounds in the call-in notice, stressing the following points.": a
 * sentence that only announces what comes next says nothing itself (the points it announces are read on their own).
 */
export function announcesOnly(text: string): boolean {
  return countWords(text) <= 25 && /\b(?:the following(?: \w+)?|as follows|these points)\s*[.:]?$/i.test(text);
}

/**
 * "The meeting started at 2.00 pm and ended at 4.25 pm.", "(Note: The meeting, having commenced at 6.30 pm, closed at
 * 9.05 pm).": when the meeting sat,
 * which the printed minutes set after the last item's minute and the meeting's own page already gives; no news of
 * that item. A line that records anything else ("The meeting adjourned at 8.10 pm to allow …") stays.
 */
export function isClosingTimes(text: string): boolean {
  const line = text.trim();
  return line !== "" && line.replace(CLOSING_TIMES, "").trim() === "";
}

/**
 * A Cabinet minute's lead into its resolution after a confidential paper: "Having considered the confidential
 * information in Appendix 2, which was exempt under paragraph 3 of Part I of Schedule 12A to the Local Government Act
 * 1972, it was" runs on into "RESOLVED:" and says only that the paper was read; no point of its own.
 */
function leadsIntoResolution(text: string): boolean {
  return /^Having (?:considered|noted|read|taken into account)\b[^.]*,\s*(?:it was|Cabinet|the [A-Z][\w ]{2,40}?)\s*(?:resolved|agreed)?[:.]?$/i.test(
    text.trim(),
  );
}

/**
 * A line that is no point: empty, a list's lead alone, a lead into the resolution, a table's or vote list's debris, a sentence that only announces
 * what follows, the closing times, a sub-heading in capitals ("COUNCILLORS JEAN LAMMIMAN AND ROMAIN"), or a few
 * words the page broke off mid-word ("The Panel carefully consid…").
 */
export function isNoPoint(text: string): boolean {
  if (!text || /:-?$/.test(text) || isTableDebris(text) || isRowDebris(text) || isVoteList(text)) return true;
  if (announcesOnly(text) || isClosingTimes(text) || leadsIntoResolution(text)) return true;
  if (isCapitalsHeading(text)) return true;
  return /\w(?:\u2026|\.\.\.)$/.test(text) && countWords(text) < 8;
}
