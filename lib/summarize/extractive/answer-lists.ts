import type { TextBlock } from "../text/blocks";
import { upperFirst } from "../text/sentences";
import { leadsChanges } from "./listed-recommendations";
import { NAMED, NOT_ONE_SPEAKER, POST, SPEAKER } from "./post-accounts";

// Minutes that give an officer's account, members' questions and their answers as LISTS under a lead-in ("The
// Director advised that: • 88% of …; • the number of … had fallen …", "Members asked questions and made comments as
// follows: • a Member asked why … The Head of Repairs responded that …; • …") are said as the paragraph form is
// (docs/summaries.md#list-form-accounts-and-questions): each point a bullet of its own, an answer as its
// fact with who gave it, a post's account with its speaker, the points with figures before members' comments.

/** How the points of one list are said, read from the lead-in they hang from. */
export interface ListPlan {
  /** The lead kept beside the points (the bullet's `lead`), or null when the points are said without it. */
  lead: string | null;
  /** Who speaks every point ("Director of Adult Social Care"), when the lead names a post: "Director…: The …". */
  speaker: string | null;
  /** The points are statements ("… advised that: • the number …"), each a bullet, not fragments of one. */
  statements: boolean;
  /**
   * The points are what a post or the officers told the meeting (a post's account, "officers advised that:"): facts
   * given as answers are, said to their last fact and held, in a long meeting, to the words an answer is.
   */
  told: boolean;
}

const TOLD = String.raw`(?:advised|reported|explained|said|stated|confirmed|informed (?:the )?(?:Sub-Committee|Committee|Panel|Members)|told (?:the )?(?:Sub-Committee|Committee|Panel|Members))`;

/**
 * "The Director of Adult Social Care advised that:", "The Borough Director introduced the report and advised that:",
 * "The Head of Commissioning introduced the report and explained the proposals as follows:", "The Portfolio Holder,
 * Councillor A, advised that:": one post's account, whose points are each said with the speaker.
 */
const SPEAKER_LEAD = new RegExp(
  String.raw`^(?:The )?(${POST})(?:, (${NAMED}),)? (?:(?:introduced|presented) the (?:report|item|presentation|paper)(?:,)? and )?${TOLD}(?: (?:the|that|these|its|his|her) [\w ]{1,40}?)?(?: that| as follows| the following(?: points)?)\s*:$`,
);

/** A lead that only says points follow ("Members asked questions and made comments as follows:"). */
const ANNOUNCES = /\b(?:as follows|the following(?: \w+)?)\s*:$/i;

/** "In response to questions from Members, officers advised that:": the officers' answers, given as one list. */
const OFFICERS_TOLD = new RegExp(
  String.raw`(?:^|, )(?:the )?officers? ${TOLD}(?: that| as follows| the following(?: points)?)\s*:$`,
  "i",
);

/** A lead whose points are whole statements: "… that:", "… as follows:", "… the following comments:". */
const STATEMENTS =
  /(?:\bthat|\bas follows|\bthe following(?: (?:comments|points|observations|issues|responses))?)\s*:$/i;

/** How the points under `lead` are said: with their speaker, under their lead, as statements or as fragments. */
export function planList(lead: string | null): ListPlan | null {
  if (!lead) return null;
  const text = lead.replace(/\s+/g, " ").trim();
  const statements = STATEMENTS.test(text);
  const m = SPEAKER_LEAD.exec(text);
  const post = m?.[1] ?? null;
  if (m && post && !NOT_ONE_SPEAKER.test(post))
    return { lead: null, speaker: m[2] ?? post, statements: true, told: true };
  return { lead: text, speaker: null, statements, told: statements && OFFICERS_TOLD.test(text) };
}

/** "a Member asked …", "Councillor A commented …", "Members welcomed …": a point that says who spoke it. */
const OWN_SPEAKER =
  /^(?:(?:an?|another|one|the) (?:Member|Councill?or)s?|Members|(?:Councill?or|Cllr\.?) [A-Z][\w'\u2019-]+|(?:the|an?) [\w' -]{1,60}? (?:responded|replied|answered|advised|explained|confirmed|undertook|agreed))\b/i;

/** A question and its answer in one point: "a Member asked why … The Head of Repairs responded that …". */
const EXCHANGE =
  /\basked\b[^]*?[.?]\s+(?:The|An?)\s[^.]{0,100}?\b(?:responded|replied|answered|advised|explained|confirmed)\b/;

/** Whether a list point holds a question and its answer, to be read sentence by sentence. */
export function isExchange(point: string): boolean {
  return EXCHANGE.test(point.replace(/\s+/g, " "));
}

/**
 * A list point's sentence as the summary says it: "the number of … had fallen" under "The Director of Adult Social
 * Care advised that:" -> "Director of Adult Social Care: The number of … had fallen"; "a Member asked …" -> "A Member
 * asked …"; a statement under "officers advised that:" with its capital (its lead is the bullet's `lead`). The first
 * sentence only takes the speaker: the point's further sentences are said as they stand.
 */
export function sayPoint(sentence: string, plan: ListPlan, first: boolean): string {
  if (!plan.statements || !sentence) return sentence;
  if (plan.speaker && first && !OWN_SPEAKER.test(sentence)) return `${plan.speaker}: ${upperFirst(sentence)}`;
  return upperFirst(sentence);
}

/**
 * The lead a point keeps: none when the point says who spoke it and its lead only announces the points ("Members asked
 * questions and made comments as follows:" over "a Member asked …"), nor when it is said with its speaker.
 */
export function pointLead(plan: ListPlan, point: string): string | null {
  if (!plan.lead) return null;
  if (ANNOUNCES.test(plan.lead) && OWN_SPEAKER.test(point.trim())) return null;
  return plan.lead;
}

/** A sum, a percentage, a count or a date: what makes a point a fact rather than a view. */
const FACT_FIGURE =
  /[£$]\s?\d|\d%|\b\d[\d,.]*\b(?!\s*(?:pm|am)\b)|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;

/** Whether a point carries a sum, a percentage, a count or a date. */
export function hasFactFigure(text: string): boolean {
  return FACT_FIGURE.test(text);
}

/**
 * Within one list of a minute, every point that carries a sum, percentage, count or date ranks above every point that
 * carries none (a member's comment, an undertaking to write): scores of the figure-less points are lowered, in place,
 * to just below the lowest-scoring point with a figure. Lists are told apart by `list`.
 */
export function figuresFirst<T extends { text: string; score: number; list?: number; lead?: string }>(
  candidates: T[],
): void {
  const lists = new Map<number, T[]>();
  for (const c of candidates) if (c.list !== undefined) lists.set(c.list, [...(lists.get(c.list) ?? []), c]);
  for (const points of lists.values()) {
    // The changes a revised policy makes are each a change, with a figure or without (listed-recommendations.ts).
    if (points.some((c) => leadsChanges(c.lead))) continue;
    const withFigures = points.filter((c) => hasFactFigure(c.text));
    if (withFigures.length === 0) continue;
    const floor = Math.min(...withFigures.map((c) => c.score));
    for (const c of points) if (!hasFactFigure(c.text) && c.score >= floor) c.score = floor - FIGURE_LESS_GAP;
  }
}

const FIGURE_LESS_GAP = 0.1;

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
const LABELS: Record<string, string[]> = {
  i: ROMAN,
  a: "abcdefghijkl".split(""),
  "1": ROMAN.map((_, k) => String(k + 1)),
};

/**
 * A minute's list run into the paragraph of its lead-in, as a meeting page may print it: "The Head of Commissioning
 * explained the proposals as follows: (i) home care would be …; (ii) the Council would pay …" is the lead and its
 * points, each a list point of its own. The labels must run in order ("(i)", "(ii)", …) after a ";" or "." and there
 * must be two at least, under a lead whose points are statements; anything else is left as it is.
 */
export function runInLists(blocks: TextBlock[]): TextBlock[] {
  return blocks.flatMap((block) => (block.kind === "para" ? splitRunIn(block) : [block]));
}

function splitRunIn(block: Extract<TextBlock, { kind: "para" }>): TextBlock[] {
  const m = /^(.{10,400}?:)\s+\((i|a|1)\)\s+(?=\S)/.exec(block.text);
  // Only a lead whose points are statements ("… as follows:", "… that:"); "namely: (1) the Licensing Act …" lists
  // things, which stay in their sentence.
  if (!m || !planList(m[1]!)?.statements) return [block];
  const labels = LABELS[m[2]!]!;
  const points: string[] = [];
  let rest = block.text.slice(m[0].length);
  for (let k = 1; k < labels.length; k++) {
    const next = new RegExp(String.raw`(?<=[;.])\s+(?:and\s+)?\(${labels[k]}\)\s+(?=\S)`).exec(rest);
    if (!next) break;
    points.push(rest.slice(0, next.index));
    rest = rest.slice(next.index + next[0].length);
  }
  if (points.length === 0) return [block];
  points.push(rest);
  return [
    { ...block, text: m[1]! },
    ...points.map((text, k) => ({ kind: "bullet" as const, label: `(${labels[k]})`, text, page: block.page })),
  ];
}

/** Words too common in minutes to say what a point is about. */
const COMMON = new Set(
  "about after again against also been before being between could every from further have into more most much once only other over said same should since some still such than that their them then there these they this those under until were what when where whether which while will with would year years asked member members council councillor officer officers report people number".split(
    " ",
  ),
);

/**
 * A text's words that say what it is about: in lower case (a name, a post or a place says who, not what), four letters
 * or more, not common, stemmed to six letters; without who said it ("Borough Director: …").
 */
export function subjectWords(text: string, title: string): Set<string> {
  const stem = (w: string) => w.slice(0, 6);
  const own = new Set((title.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(stem));
  return new Set(
    (text.replace(/^[^:]{1,80}:\s/, "").match(/\b[a-z][a-z'-]{3,}/g) ?? [])
      .map((w) => w.replace(/'s?$/, ""))
      .filter((w) => !COMMON.has(w))
      .map(stem)
      .filter((w) => !own.has(w)),
  );
}

/**
 * How many times the meeting took up what a point of an account (or an answer, with its question) is about
 * (docs/summaries.md#list-form-accounts-and-questions): once when the discussion did (a member's question on it, a
 * remark or the chair's summing up after the questions began), once when the decision follows it up, each sharing two
 * words of its subject beyond the item's title ("open damp and mould cases had fallen from 520 to 380" and "a Member
 * asked why so many homes still had open damp and mould cases"; a briefing "on the open damp and mould cases, by
 * ward"). At most 2.
 */
export function takenUp(point: string, discussion: string[], decision: string | null, title: string): number {
  const own = subjectWords(point, title);
  const shares = (text: string) => [...subjectWords(text, title)].filter((w) => own.has(w)).length >= TAKEN_UP_WORDS;
  return (discussion.some(shares) ? 1 : 0) + (decision && shares(decision) ? 1 : 0);
}

const TAKEN_UP_WORDS = 2;

/** "Director of Adult Social Care: The …", "Councillor Desai: …": who a point is said by, as the summary says it. */
const SAID_BY = new RegExp(String.raw`^(${SPEAKER}): (?=[A-Z0-9£])`);

interface Said {
  text: string;
  list?: number;
  told?: boolean;
  answers?: unknown;
  lead?: string;
  antecedent?: string;
  underLead?: string;
}

/**
 * Who a point of a minute's list is said by, with the list it belongs to ("3|Director of Adult Social Care"): a post's
 * account or an answer, said with its speaker. Null for any other point.
 */
export function saidBy(c: Said): { key: string; speaker: string } | null {
  if (c.list === undefined || c.lead || c.antecedent || !(c.told || c.answers)) return null;
  const speaker = SAID_BY.exec(c.text)?.[1];
  return speaker ? { key: `${c.list}|${speaker}`, speaker } : null;
}

/**
 * Two or more points of one list said by one speaker are shown under their speaker, said once ("Director of Adult
 * Social Care:" over "The number of people waiting … had fallen …" and "£2.2m of savings …"), not each with it; a point
 * read alone (`bulletText`) still reads "Director of Adult Social Care: The number …". A lone point keeps its speaker.
 */
export function speakersOnce<T extends Said>(picked: T[]): T[] {
  const count = new Map<string, number>();
  for (const c of picked) {
    const said = saidBy(c);
    if (said) count.set(said.key, (count.get(said.key) ?? 0) + 1);
  }
  return picked.map((c) => {
    const said = saidBy(c);
    if (!said || (count.get(said.key) ?? 0) < 2) return c;
    return { ...c, text: c.text.slice(said.speaker.length + 2), underLead: `${said.speaker}:` };
  });
}
