import { plainResolution } from "../resolved";
export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
// A quotation that ends its own sentence ("… (2021).\"") needs no stop after it.
export const ensureStop = (s: string) => (/[.!?…]["\u201d']?$/.test(s) ? s : `${s}.`);

export const words = (text: string, max: number) => {
  const all = text.split(/\s+/);
  return all.length > max ? `${all.slice(0, max).join(" ")}…` : text;
};

/**
 * An item's title short enough to recognise in a list of declarations: "Harrow to Pinner Cycleway - Public
 * consultation outcome" -> "Harrow to Pinner Cycleway", "Final Revenue Budget 2021/22 and Medium-Term Financial
 * Strategy…" -> "Final Revenue Budget 2021/22", "35 Manor Way, Harrow, HA2 6BZ, P/0941/23" -> "35 Manor Way". The item
 * has its own section under its whole title.
 */
export function shortTitle(title: string): string {
  let t = title
    .replace(/\s+/g, " ")
    .replace(/[,.;:]$/, "")
    .trim();
  const cut = (re: RegExp, minWords: number) => {
    const m = re.exec(t);
    if (m && t.slice(0, m.index).split(" ").length >= minWords) t = t.slice(0, m.index);
  };
  // "Call-in of the Cabinet Decision (15 January 2015) – Determination of Proposals to Expand A School": the subject is
  // after the dash.
  const callIn = /^call-?in of (?:the )?[\w ]{0,40}?decisions?(?: \([^)]*\))? [\u2013-] (.+)$/i.exec(t);
  if (callIn) t = `Call-in: ${callIn[1]}`;
  cut(/ [\u2013-] /, 3);
  t = subjectAfterKind(t);
  // "Electric Vehicle Charging Strategy: Draft for approval" -> "Electric Vehicle Charging Strategy".
  cut(/: /, 3);
  cut(/(?<=\d{2}(?:\/\d{2,4})?) and /, 3);
  cut(/,/, 2);
  if (t.split(" ").length > TITLE_WORDS) cut(/ (?:with|for|on|in|to) /, 3);
  return words(acronymOnly(t), TITLE_WORDS);
}

/** The most words of an item's title said in a list of declarations. */
const TITLE_WORDS = 12;
/** "Recommendation from Cabinet", "Application for a Determination", "Motion": a kind of paper, not its subject. */
const KIND_OF_PAPER =
  /^(?:Recommendations?|References?|Applications?|Reports?|Motions?|Presentations?|Petitions?|Deputations?) (?:from|of|for|by|to) [^:]+: (?=\S)/i;

/**
 * "Recommendation from Cabinet: Council Tax Support Scheme 2026/27", "Application for a Determination: Elm Primary
 * School": a title that names the kind of paper before its colon and the subject after it is known by its subject.
 * Any other title is as it was.
 */
function subjectAfterKind(title: string): string {
  const kind = KIND_OF_PAPER.exec(title);
  return kind ? title.slice(kind[0].length) : title;
}

/** Text the page broke off in: without its last word and the words that only led into it, then "…" (or nothing). */
export function brokenOff(text: string): string {
  const kept = text.split(/\s+/).slice(0, -1);
  while (
    kept.length &&
    /^(?:a|an|the|these|this|those|that|of|in|to|for|on|at|by|with|and|or|as|he|she|they|it|his|her|their|was|were|is|had|has|be)$/i.test(
      kept.at(-1)!.replace(/[,;:]$/, ""),
    )
  )
    kept.pop();
  return kept.length ? `${kept.join(" ").replace(/[,;:]$/, "")}…` : "";
}

/**
 * "Local Areas of Special Character (LASC)" -> "LASC": a title that is a name and its own initials says the initials
 * alone in a declaration (the item's section, above, spells it out). Only when the initials are the name's.
 */
function acronymOnly(title: string): string {
  const m = /^([A-Z][\w'\u2019-]*(?: [\w'\u2019-]+){1,8}) \(([A-Z]{2,6})\)$/.exec(title);
  if (!m) return title;
  const initials = m[1]!
    .split(" ")
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");
  return initials === m[2] ? m[2] : title;
}

/**
 * A procedural motion's resolution in plain words: "RESOLVED: That the rules of debate be varied as set out on the
 * Summons, and that the meeting close no later than 10.30 pm." -> "rules of debate varied; meeting to close by 10.30
 * pm." Where the motion is printed ("as set out on the Summons") is the papers' place, not what was decided; the
 * article and "were" go, as in the other standing lines ("Minutes of … approved").
 */
export function proceduralResolved(resolution: string): string {
  return lowerFirst(
    plainResolution(resolution.replace(/^\s*RESOLVED\s*:\s*/i, ""))
      .replace(/,?\s+and that the meeting (close|end|finish|conclude)\b/i, "; meeting to $1")
      .replace(/,?\s+as (?:set out|printed|circulated|detailed) (?:on|in) the (?:Summons|agenda)\b/gi, "")
      .replace(/\bno later than\b/gi, "by")
      .replace(/^the ((?:rules?|standing orders?|order)\b[^;,]*?) (?:was|were) (?=\w+ed\b)/i, "$1 "),
  );
}
