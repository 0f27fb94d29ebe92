// The decisions fitted to the overview's room: each in its own words while they fit, the longest giving way to its
// agenda title, titles cut shorter, and among many decisions those without words of their own counted.
import { VERB_ORDER } from "../../overview-outcome";
import { countWords } from "../../text/sentences";
import { joinObjects, joinPhrases, mergeCallIns, sameAdvisee, sameRecipient, sameStep } from "./join-phrases";
import { type Entry, MANY_OUTCOMES, countPapers, isOwnHeadline } from "./outcome-entries";
import { type OutcomePhrase, setsPriorities } from "./outcome-phrase";
import { sharesBudget } from "./shared-service";

/** The most words the outcomes may take, so the overview keeps room for its key point within 60 words. */
export const OUTCOMES_MAX_WORDS = 36;
/** A decision as the overview says it: in its own words (`phrase`), or by its verb and title. */
export type Said = { phrase: OutcomePhrase | null; verb: string; title: string };

/** How short the titles said in place of their decisions are cut, in turn, when they crowd the overview. */
const SHORTER_TITLES = [6, 4];
/** The words a title said whole may have, as one title alone is given (outcome-entries.ts). */
const WHOLE_TITLE = 22;

/**
 * The decisions as phrases, one per verb ("approved the Fly-tipping Strategy and Corporate Plan…"); a whole clause
 * ("agreed that the four school street schemes … will become permanent", "recommended that Council approve …") is a
 * phrase of its own, never joined to a title.
 */
function outcomePhrases(entries: Said[]): string[] {
  const byVerb = new Map<string, string[]>();
  const clauses: { verb: string; text: string; first?: boolean }[] = [];
  for (const e of entries) {
    if (setsPriorities(e.phrase)) {
      clauses.push({ verb: e.phrase!.verb, text: `${e.phrase!.verb} ${e.phrase!.object}`, first: true });
      continue;
    }
    if (e.phrase && /^that /.test(e.phrase.object)) {
      clauses.push({ verb: e.phrase.verb, text: `${e.phrase.verb} ${e.phrase.object}` });
      continue;
    }
    const verb = e.phrase?.verb ?? e.verb;
    byVerb.set(verb, [...(byVerb.get(verb) ?? []), e.phrase?.object ?? e.title]);
  }
  const rank = (verb: string) => {
    const key = verb.startsWith("recommended to ") ? "recommended" : verb;
    return VERB_ORDER.includes(key) ? VERB_ORDER.indexOf(key) : VERB_ORDER.length;
  };
  // "agreed that officers will seek repayment of £6,200": what officers are to do next is said as a request for
  // further work is, after what the body decided or recommended on its business
  // (docs/summaries.md#read-as-a-resident-stop-36).
  // A body's own priorities for the year, agreed, are its headline: said first
  // (docs/summaries.md#overviews-read-as-a-resident-stop-37).
  const rankOf = (p: { verb: string; text: string; first?: boolean }) =>
    p.first ? -1 : OFFICERS_WILL.test(p.text) ? VERB_ORDER.indexOf("asked for") : rank(p.verb);
  const sorted = [
    ...[...byVerb.entries()].map(([verb, objects]) => ({
      verb,
      // "approved the plan for the Elm Road estate, with its new homes and shops; and the Allotments Strategy": an
      // object with commas of its own is set off by semicolons.
      text: `${verb} ${joinObjects(
        verb === "referred"
          ? sameRecipient(objects)
          : verb === "advised"
            ? sameAdvisee(objects)
            : mergeCallIns(objects),
      )}`,
    })),
    ...clauses,
  ].sort((a, b) => rankOf(a) - rankOf(b));
  // "recommended to the Portfolio Holder A and B" and "recommended to Cabinet C": one phrase, "recommended to the
  // Portfolio Holder A and B, and to Cabinet C".
  // Recommendations to the same body are one list, the body named once: "recommended to Cabinet the Scheme, that the
  // Design Code be approved and that an Article 4 direction be made", never "…, and to Cabinet that …".
  const merged: { verb: string; text: string; objects: string[] }[] = [];
  for (const p of sorted) {
    const last = merged.at(-1);
    const object = p.text.slice(p.verb.length + 1);
    if (last && p.verb === last.verb && p.verb.startsWith("recommended to ")) {
      last.objects.push(object);
      last.text = `${p.verb} ${joinPhrases(sameStep(last.objects), last.objects.length, "item", false)}`;
    } else if (last && p.verb.startsWith("recommended to ") && last.verb.startsWith("recommended to "))
      last.text += `, and ${p.text.replace(/^recommended /, "")}`;
    else merged.push({ ...p, objects: [object] });
  }
  return merged.map((p) => p.text);
}

/** "noted 5 items", "noted 2 reports and a presentation": papers only noted, said as a count (countPapers). */
const NOTED_COUNT = /^(?:\d+|a) (?:items?|reports?|presentations?)(?: and (?:\d+|a) (?:reports?|presentations?))?$/;

function isCount(e: Said): boolean {
  return e.phrase?.verb === "noted" && NOTED_COUNT.test(e.phrase.object);
}

/** Outcomes said in their own words, not counts: two or more, and the meeting's main outcomes are said. */
export const OWN_WORDS_ENOUGH = 2;

/** How many of `said` are outcomes in their own words, not a count of papers noted. */
function ownOutcomes(said: Said[]): number {
  return said.filter((e) => e.phrase && !isCount(e)).length;
}

/** Two or more of `said` are outcomes in their own words, not a count of papers noted. */
export function ownEnough(said: Said[]): boolean {
  return ownOutcomes(said) >= OWN_WORDS_ENOUGH;
}

/**
 * The decisions to say, without a count of papers noted ("noted 5 items") where two or more outcomes are said in their
 * own words beside it (docs/summaries.md#overviews-read-as-a-resident-stop-38).
 */
export function withoutCounts<T extends Said>(said: T[]): T[] {
  if (ownEnough(said)) return said.filter((e) => !isCount(e) && !isCutTitle(e));
  // Beside one outcome in its own words, papers only noted are not counted either ("referred … and noted 5 items"):
  // "noted 5 items" says nothing a resident can use, and the sections below show them
  // (docs/summaries.md#overviews-read-as-a-resident-stop-39).
  return ownOutcomes(said) > 0 ? said.filter((e) => !isCount(e)) : said;
}

/**
 * "made recommendations on School Streets Programme…": an agenda title cut short, said in place of its decision. Beside
 * two or more outcomes said in their own words it tells a resident nothing they can use, and is left out as a count
 * is, its words given to nothing (docs/summaries.md#overviews-read-as-a-resident-stop-39).
 */
export function isCutTitle(e: Said): boolean {
  return !e.phrase && /…$/.test(e.title.trim());
}

/** A decision that only says what officers will do: "agreed that officers will seek repayment of …". */
const OFFICERS_WILL = /^agreed that (?:the )?officers will\b/;

/** Recommendations said in their own words rather than "made recommendations on <title>". */
export function isAdvising(entries: Entry[]): boolean {
  return entries.some((e) => e.verb === "made recommendations on" && e.phrase !== null);
}

/**
 * The outcomes fitted within `budget` words (it changes `entries`' titles and wordings as it shortens them):
 * `without(gone)` gives the outcome phrases with the entries at `gone` left out, and `weak` the entries that may give
 * way, the last first, before the overview's key point is clipped.
 */
export function fitOutcomes(
  entries: Entry[],
  budget: number,
  loneRecommendation = false,
  countsSaid = false,
): {
  without: (gone: readonly number[]) => string[];
  weak: number[];
  countedWords: (gone: readonly number[]) => number;
} {
  // Each decision in its own words where they are short and say what it was about; when they would crowd the
  // overview, the longest give way to their agenda titles.
  const use = entries.map((e) => e.phrase !== null);
  // Many decisions (more than MANY_OUTCOMES), some in words short enough to say: those said only by their agenda
  // titles, cut to a few words ("approved Actuarial Valuation as…"), tell a reader nothing, so they are counted ("and
  // 5 other decisions") and their words go to the decisions said in their own.
  // So are the other decisions beside an appointments panel's posts filled, said by who and which post: a title cut
  // to a few words beside them would crowd the names out (docs/summaries.md#a-chief-officers-employment-panels-minutes).
  let many = (entries.length > MANY_OUTCOMES || entries.some(isOwnHeadline)) && use.some(Boolean);
  // Decisions the overview could only name by their titles that gave way to those said in their own words.
  let untold: number[] = [];
  // The count of what else was decided or noted is left out beside two or more outcomes said in their own words
  // (`ownEnough`): "and made 4 other decisions" tells a resident nothing they can use once the meeting's main outcomes
  // are said (docs/summaries.md#overviews-read-as-a-resident-stop-38).
  // (`keepCounts` says them all the same, to weigh the words they took; `countsSaid` always, for the words the
  // sections of minutes held to words are fitted beside, summarize-extractive.ts.)
  let keepCounts = countsSaid;
  const counts = (use: boolean[], gone: readonly number[] = []) => {
    const said = entries.filter((e, i) => use[i] && !gone.includes(i) && !untold.includes(i));
    return keepCounts || !(ownEnough(said) || (ownOutcomes(said) > 0 && onlyNotings(use, gone)));
  };
  // Beside one outcome in its own words, a count of papers only noted ("and noted 5 items") goes too, as it does in
  // `withoutCounts`; a count of other decisions stays (docs/summaries.md#overviews-read-as-a-resident-stop-39).
  const onlyNotings = (use: boolean[], gone: readonly number[]) =>
    entries.every((e, i) => use[i] || (e.verb === "noted" && !!e.decision)) &&
    !entries.some((e, i) => use[i] && !gone.includes(i) && e.verb === "noted");
  const uncounted = <T extends Said>(said: T[]) => (keepCounts ? said : withoutCounts(said));
  const withCounts = <T>(f: () => T): T => {
    keepCounts = true;
    try {
      return f();
    } finally {
      keepCounts = countsSaid;
    }
  };
  const outcomes = (use: boolean[], gone: readonly number[] = []) => {
    const said = outcomePhrases(
      uncounted(
        entries.flatMap<Said>((e, i) =>
          gone.includes(i) || untold.includes(i) ? [] : use[i] ? [e] : many ? [] : [{ ...e, phrase: null }],
        ),
      ),
    );
    const counted = many && counts(use, gone) ? use.filter((u) => !u).length : 0;
    // Papers that were only noted are counted as such ("noted 5 reports"), not as decisions the meeting made.
    const notings = entries.flatMap((e, i) =>
      !use[i] && e.verb === "noted" && "decision" in e && e.decision ? [e.decision] : [],
    );
    // Only where no noting is said in its own words: "noted the risk register; and noted a report" says it twice.
    const notedSaid = entries.some((e, i) => use[i] && !gone.includes(i) && e.verb === "noted");
    if (counted && notings.length === counted && !notedSaid) return [...said, `noted ${countPapers(notings)}`];
    return counted ? [...said, `made ${counted} other decision${counted > 1 ? "s" : ""}`] : said;
  };
  // Recommendations said in their own words rather than "made recommendations on <title>".
  const advising = isAdvising(entries);
  // They are weighed against their titles cut to their shortest, as the titles will be when they crowd.
  const titled = (e: Entry) =>
    advising && e.verb === "made recommendations on" && "shorter" in e && e.shorter
      ? e.shorter(SHORTER_TITLES.at(-1)!)
      : e.title;
  // Among many decisions, those counted are said too ("and made 3 other decisions"). Within the outcomes' usual words
  // the count takes the room kept for the key point; given the whole overview (no key point), it must fit within it.
  const countsTail = () => many && budget > OUTCOMES_MAX_WORDS;
  // Measured with the counts said: leaving one out gives its words to no other outcome.
  const measure = (use: boolean[]) => withCounts(() => measured(use));
  const measured = (use: boolean[]) =>
    countWords(
      outcomePhrases(
        uncounted(
          entries.flatMap<Said>((e, i) =>
            use[i] ? [e] : many || untold.includes(i) ? [] : [{ ...e, phrase: null, title: titled(e) }],
          ),
        ),
      ).join(" "),
    ) + (countsTail() && use.some((u) => !u) && counts(use) ? countWords(outcomes(use).at(-1)!) : 0);
  // Decisions said only by their titles under "decided on", which give way before a decision in its own words does.
  const titleOnly = many ? [] : entries.flatMap((e, i) => (!use[i] && !e.phrase && e.verb === "decided on" ? [i] : []));
  // Counted, the decisions in their own words still over the budget give way one at a time; should none be left,
  // the titles are said after all.
  const inOwnWords = [...use];
  for (;;) {
    if (many && !use.some(Boolean)) {
      many = false;
      use.splice(0, use.length, ...inOwnWords);
    }
    if (!(measure(use) > budget && use.some(Boolean))) break;
    // The longest gives way first; the meeting's headline outcome (the Council Tax set) last.
    // Beside a budget its partners share, a paper only noted or a report asked for gives way before a decision that
    // does something (docs/summaries.md#a-joint-committees-minutes).
    const shared = entries.some((e) => e.keep && sharesBudget(e.phrase));
    const cost = (e: Entry) =>
      e.keep ? 0 : countWords(e.phrase!.object) + (shared && /^(?:noted|asked for)$/.test(e.phrase!.verb) ? 1000 : 0);
    // A recommendation that can be said shorter is, before any gives way to its title.
    const shortens = (e: Entry) => "fewer" in e && !!e.fewer?.length;
    const first = entries.some((e, i) => use[i] && shortens(e));
    let longest = entries.reduce(
      (best, e, i) => (use[i] && (!first || shortens(e)) && (best < 0 || cost(e) > cost(entries[best]!)) ? i : best),
      -1,
    );
    // Among recommendations, the shortest whose title alone brings the outcomes within their words gives way
    // instead, so the fewest of the decisions' words are lost.
    if (advising && !first && !shared) {
      const enough = entries
        .map((_, i) => i)
        .filter(
          (i) =>
            use[i] &&
            !entries[i]!.keep &&
            entries[i]!.verb === "made recommendations on" &&
            measure(use.map((u, j) => u && j !== i)) <= budget,
        )
        .sort((a, b) => cost(entries[a]!) - cost(entries[b]!));
      if (enough.length) longest = enough[0]!;
    }
    const e = entries[longest]!;
    if ("fewer" in e && e.fewer && e.fewer.length && e.phrase) {
      entries[longest] = { ...e, phrase: { ...e.phrase, object: e.fewer[0]! }, fewer: e.fewer.slice(1) };
      continue;
    }
    // "decided on <title>" tells a resident nothing of what was decided: it gives way (its section stays) before a
    // decision said in its own words gives way to a title of its own.
    if (titleOnly.length && !untold.some((i) => titleOnly.includes(i))) {
      untold = [...untold, ...titleOnly];
      continue;
    }
    // Two or more papers only noted, each in its own words, are counted ("noted 2 reports") before a decision the
    // body made gives way to its title (docs/summaries.md#overviews-read-as-a-resident-stop-37).
    const notings = many
      ? []
      : entries.flatMap((n, i) => (use[i] && n.verb === "noted" && n.phrase && n.decision ? [i] : []));
    if (notings.length >= 2) {
      const [head, ...tail] = notings as [number, ...number[]];
      const object = countPapers(notings.map((i) => entries[i]!.decision!));
      entries[head] = { ...entries[head]!, phrase: { verb: "noted", object }, decision: undefined };
      for (const i of tail) use[i] = false;
      untold = [...untold, ...tail];
      continue;
    }
    use[longest] = false;
    // A decision the overview could only name by its title under "decided on" is left out instead: its section says it.
    if (!many && e.verb === "decided on" && use.some(Boolean)) untold = [...untold, longest];
  }
  // Given the whole overview for a body's one recommendation, the other decisions said by their titles take no more
  // words than in the usual room: cut to their shortest.
  if (loneRecommendation && budget > OUTCOMES_MAX_WORDS)
    entries.forEach((e, i) => {
      if ("shorter" in e && e.shorter && !use[i] && e.verb !== "made recommendations on")
        entries[i] = { ...e, title: e.shorter(SHORTER_TITLES.at(-1)!) };
    });
  // Titles said in place of their decisions can still crowd it: each is cut shorter, at a natural break where it has one.
  // Beside recommendations, their titles are cut first, then the others'.
  for (const only of advising ? [true, false] : [false])
    for (const max of SHORTER_TITLES) {
      if (withCounts(() => countWords(outcomes(use).join(" "))) <= budget) break;
      entries.forEach((e, i) => {
        if ("shorter" in e && e.shorter && !use[i] && (!only || e.verb === "made recommendations on"))
          entries[i] = { ...e, title: e.shorter(max) };
      });
    }
  // Several titles said together are cut to a few words where they are made (outcome-entries.ts): "approved Homes for
  // Harrow… and Treasury Management - Shared Service Arrangement…". Where nothing said in its own words gave way, and
  // the outcomes with every such title said whole still fit their words, they are said whole: a title cut in the
  // middle says less than the agenda did (docs/summaries.md#overviews-read-as-a-resident-stop-39).
  if (!many && !ownEnough(entries.filter((_, i) => use[i])) && entries.every((e, i) => use[i] || !e.phrase)) {
    const before = [...entries];
    entries.forEach((e, i) => {
      if (!use[i] && e.shorter && /…$/.test(e.title)) entries[i] = { ...e, title: e.shorter(WHOLE_TITLE) };
    });
    if (withCounts(() => countWords(outcomes(use).join(" "))) > budget) entries.splice(0, entries.length, ...before);
  }
  // A decision the overview can only name by its title under "decided on" is the weakest thing it says: it gives way,
  // the last first, before the key point is clipped or left out for want of room (its section stays).
  // Among many decisions, some only counted ("made 5 other decisions"), what was merely noted is the weakest: it joins
  // the count, never leaving it.
  const weak = many
    ? entries.flatMap((e, i) => (use[i] && e.verb === "noted" ? [i] : []))
    : entries.flatMap((e, i) => ((!use[i] || !e.phrase) && e.verb === "decided on" ? [i] : []));
  const without = (gone: readonly number[]) =>
    many ? outcomes(use.map((u, i) => u && !gone.includes(i))) : outcomes(use, gone);
  // The words a count left out took: the key point's room is what it was with the count said, so leaving a count out
  // shortens the overview and lengthens nothing else (docs/summaries.md#overviews-read-as-a-resident-stop-38).
  const countedWords = (gone: readonly number[]) => {
    const words = (phrases: string[]) => (phrases.length ? countWords(joinPhrases(phrases)) : 0);
    return Math.max(0, withCounts(() => words(without(gone))) - words(without(gone)));
  };
  return { without, weak, countedWords };
}
