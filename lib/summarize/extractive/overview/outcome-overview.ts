// The overview of a held meeting: outcome first, what was decided in the decisions' own words, then what was only
// discussed or listed, and a key point.
import { VERB_ORDER } from "../../overview-outcome";
import { countWords, upperFirst } from "../../text/sentences";
import type { SummaryInput, SummarySection } from "../../types";
import { formatMeetingDate } from "../dates";
import { NOT_IN_MINUTES, NO_MINUTES } from "../section-notes";
import { OVERVIEW_MAX_WORDS, fitFinding, isClipped, keyDecision, keyFinding } from "./key-point";
import {
  type OutcomePhrase,
  RECOMMENDS_ITSELF,
  callInHeard,
  callInPhrase,
  motionPhrase,
  outcomePhrase,
  outcomeVerb,
} from "./outcome-phrase";
import { joinObjects, joinPhrases, mergeCallIns } from "./join-phrases";
import { recommendationPhrase, shorterRecommendations } from "./recommended";
import {
  bodyName,
  distinctTitles,
  grantedWhat,
  headingsOf,
  listTitles,
  questionedWhom,
  shortHeading,
  theApplication,
  withArticle,
} from "./titles";

/**
 * Outcome first: what was decided (granted, refused, approved, recommended, noted), never just a list of agenda
 * titles; items discussed without a recorded decision come after. Built only from the meeting's own headings and
 * the wording of its decisions, so it states nothing the sources do not.
 */
export function writeOutcomeOverview(
  input: SummaryInput,
  sections: SummarySection[],
  others: SummarySection[] = [],
): string {
  const m = input.meeting;
  const date = formatMeetingDate(m.startsAt);
  // A Portfolio Holder's decision meeting is one councillor deciding: "The Portfolio Holder held a decision meeting
  // on … and authorised …", never "The Portfolio Holder Decision Meeting met".
  const decisionMeeting = DECISION_MEETING.test(m.committeeName.trim());
  const met = decisionMeeting ? "held a decision meeting" : m.isSpecial ? "held a special meeting" : "met";
  const name = decisionMeeting ? "The Portfolio Holder" : upperFirst(bodyName(m.committeeName));
  const told = distinctTitles(sections.map((s) => s.heading));
  // "approved the Council's Accommodation Strategy…": every title follows a verb, so its leading article is lower-case.
  const originals = new Map<SummarySection, string>();
  sections = sections.map((s) => {
    const section = { ...s, heading: withArticle(told(s.heading).replace(/^The (?=[A-Z])/, "the ")) };
    originals.set(section, s.heading);
    return section;
  });
  const decided = sections.filter((s) => s.decision);
  // "discussed" only where the minutes say something; items known from the agenda alone are "listed".
  // An item whose minute is out but shows no outcome was discussed; one whose minute is not out was only listed.
  const unminuted = (s: SummarySection) => s.note === NO_MINUTES || s.note === NOT_IN_MINUTES;
  // A call-in whose minute shows no outcome was still heard: said with the call-ins decided ("heard the call-ins of
  // Cabinet's decisions on A and on B"), not as a title discussed.
  const heardOnly = sections.filter((s) => !s.decision && !unminuted(s) && callInHeard(originals.get(s) ?? s.heading));
  // The Mayor's or Chair's announcements (civic events, thanks) are no business of the overview's when anything
  // else happened; their section stays.
  const withMinute = sections
    .filter((s) => !s.decision && !unminuted(s) && !heardOnly.includes(s))
    .map((s) => s.heading);
  const business = withMinute.filter((h) => !ANNOUNCEMENTS.test(h.trim()));
  const undecided = business.length || decided.length || heardOnly.length ? business : withMinute;
  const listed = sections.filter((s) => !s.decision && unminuted(s)).map((s) => s.heading);
  // Minutes that are out but have no minute for an item were not "not published".
  const why = sections.some((s) => !s.decision && s.note === NOT_IN_MINUTES)
    ? "with no minute found in the published minutes"
    : "with no minutes published";
  const phrases: string[] = [];
  const planning = decided.filter((s) => /^(granted|refused)$/.test(outcomeVerb(s.decision!)));
  if (planning.length >= 2) {
    const granted = planning.filter((s) => outcomeVerb(s.decision!) === "granted").length;
    const refused = planning.length - granted;
    const against = planning.filter((s) =>
      /contrary to|against the officers?'? (advice|recommendation)|overturn/i.test(
        `${s.decision} ${s.bullets.map((b) => b.text).join(" ")}`,
      ),
    ).length;
    const parts = [
      granted ? `granted ${granted} application${granted > 1 ? "s" : ""}` : "",
      refused ? `refused ${refused}` : "",
    ].filter(Boolean);
    phrases.push(`${parts.join(" and ")}${against ? ` (${against} against the officers' recommendation)` : ""}`);
  }
  const outcomesOf = decided.filter((s) => !planning.includes(s) || planning.length < 2);
  // "agreed the Scrutiny Work Programme 2025/26" beside what the meeting decided on its business says nothing a
  // resident needs there, and takes the key point's room; its section stays.
  const onBusiness = outcomesOf.filter((s) => !WORK_PROGRAMME.test(originals.get(s) ?? s.heading));
  const rest = onBusiness.length || planning.length >= 2 ? onBusiness : outcomesOf;
  const entries = rest.map((s) => {
    const said = outcomeVerb(s.decision!);
    // "recommended Petition Requesting Free Parking …": the item's title is what was recommended only when the
    // decision recommends the report or plan itself ("note the report and recommend it to Cabinet").
    const verb =
      said === "recommended" && (/^petition/i.test(s.heading) || !RECOMMENDS_ITSELF.test(s.decision!))
        ? "made recommendations on"
        : said;
    // One title alone is given in full (a hearing's premises and address), several are shortened to fit.
    // "Recommended to Cabinet: note the report and recommend it …": the report was recommended to Cabinet.
    const to =
      verb === "recommended" ? /^Recommended to ((?:the )?[A-Z][^:]{1,40}):/.exec(s.decision!)?.[1] : undefined;
    const titled = (max: number) => `${shortHeading(s.heading, max)}${to ? ` to ${to}` : ""}`;
    const title = titled(rest.length === 1 ? 22 : 8);
    // "Question and Answer Session with the Leader …" whose minute only notes the answers: the committee questioned
    // them, it decided nothing.
    const whom = /^(?:noted|decided on)$/.test(verb) ? questionedWhom(originals.get(s) ?? s.heading) : null;
    if (whom) return { phrase: { verb: "questioned", object: whom }, verb: "questioned", title };
    const callIn = callInPhrase(s.decision!, originals.get(s) ?? s.heading);
    if (callIn) return { phrase: callIn, verb: callIn.verb, title };
    const motion = motionPhrase(
      originals.get(s) ?? s.heading,
      s.decision,
      s.bullets.map((b) => b.text),
    );
    if (motion) return { phrase: motion, verb: motion.verb, title };
    const found = outcomePhrase(s.decision!, s.heading);
    // "made recommendations on Rayners Lane Area Controlled Parking Zone…" says nothing of what was recommended: the
    // decision's first recommendation, and to whom, where its words allow (docs/summaries.md#what-was-recommended).
    const advice = said === "recommended" && !found ? recommendationPhrase(s.decision!, s.heading) : null;
    const fewer = advice
      ? advice.shorter
      : found?.verb === "recommended"
        ? shorterRecommendations(found.object, s.heading)
        : [];
    return {
      phrase: advice ? { verb: advice.verb, object: advice.object } : found,
      fewer,
      decision: s.decision!,
      verb,
      title: grantedWhat(verb, title),
      shorter: (max: number) => grantedWhat(verb, titled(max)),
    };
  });
  // "noted Participation Service Update, Children Missing from Care and 4 other items" is a list of agenda titles:
  // four or more papers only noted are counted ("noted 6 reports and a presentation"), leaving room for the key
  // point that says what they found. Without one, the titles are all the overview can say of them.
  const notedOnly = entries.filter((e) => e.verb === "noted" && e.phrase === null);
  if (notedOnly.length >= 4 && keyFinding(sections)) {
    const papers = rest.filter((s, i) => notedOnly.includes(entries[i]!));
    entries.splice(0, entries.length, ...entries.filter((e) => !notedOnly.includes(e)), {
      phrase: { verb: "noted", object: countPapers(papers.map((s) => s.decision!)) },
      verb: "noted",
      title: "",
    });
  }
  for (const s of heardOnly)
    entries.push({
      phrase: callInHeard(originals.get(s) ?? s.heading)!,
      verb: "heard",
      title: shortHeading(s.heading),
    });
  // Each decision in its own words where they are short and say what it was about; when they would crowd the
  // overview, the longest give way to their agenda titles.
  const use = entries.map((e) => e.phrase !== null);
  // Many decisions (more than MANY_OUTCOMES), some in words short enough to say: those said only by their agenda
  // titles, cut to a few words ("approved Actuarial Valuation as…"), tell a reader nothing, so they are counted ("and
  // 5 other decisions") and their words go to the decisions said in their own.
  let many = entries.length > MANY_OUTCOMES && use.some(Boolean);
  const outcomes = (use: boolean[], gone: readonly number[] = []) => {
    const said = outcomePhrases(
      entries.flatMap<Said>((e, i) => (gone.includes(i) ? [] : use[i] ? [e] : many ? [] : [{ ...e, phrase: null }])),
    );
    const counted = many ? use.filter((u) => !u).length : 0;
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
  const advising = entries.some((e) => e.verb === "made recommendations on" && e.phrase !== null);
  // Without a key point to keep room for, and nothing discussed after them, they may have the whole overview.
  const keyless = !keyFinding(sections) && !keyDecision(sections, OVERVIEW_MAX_WORDS);
  const budget =
    advising && keyless && undecided.length === 0
      ? Math.max(OUTCOMES_MAX_WORDS, OVERVIEW_MAX_WORDS - countWords(`${name} ${met} on ${date} and and`))
      : OUTCOMES_MAX_WORDS;
  // They are weighed against their titles cut to their shortest, as the titles will be when they crowd.
  const titled = (e: (typeof entries)[number]) =>
    advising && e.verb === "made recommendations on" && "shorter" in e && e.shorter
      ? e.shorter(SHORTER_TITLES.at(-1)!)
      : e.title;
  const measure = (use: boolean[]) =>
    countWords(
      outcomePhrases(
        entries.flatMap<Said>((e, i) => (use[i] ? [e] : many ? [] : [{ ...e, phrase: null, title: titled(e) }])),
      ).join(" "),
    );
  // Counted, the decisions in their own words still over the budget give way one at a time; should none be left,
  // the titles are said after all.
  const inOwnWords = [...use];
  for (;;) {
    if (many && !use.some(Boolean)) {
      many = false;
      use.splice(0, use.length, ...inOwnWords);
    }
    if (!(measure(use) > budget && use.some(Boolean))) break;
    // The longest gives way first.
    const cost = (e: (typeof entries)[number]) => countWords(e.phrase!.object);
    // A recommendation that can be said shorter is, before any gives way to its title.
    const shortens = (e: (typeof entries)[number]) => "fewer" in e && !!e.fewer?.length;
    const first = entries.some((e, i) => use[i] && shortens(e));
    let longest = entries.reduce(
      (best, e, i) => (use[i] && (!first || shortens(e)) && (best < 0 || cost(e) > cost(entries[best]!)) ? i : best),
      -1,
    );
    // Among recommendations, the shortest whose title alone brings the outcomes within their words gives way
    // instead, so the fewest of the decisions' words are lost.
    if (advising && !first) {
      const enough = entries
        .map((_, i) => i)
        .filter(
          (i) =>
            use[i] &&
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
    use[longest] = false;
  }
  // Titles said in place of their decisions can still crowd it: each is cut shorter, at a natural break where it has one.
  // Beside recommendations, their titles are cut first, then the others'.
  for (const only of advising ? [true, false] : [false])
    for (const max of SHORTER_TITLES) {
      if (countWords(outcomes(use).join(" ")) <= budget) break;
      entries.forEach((e, i) => {
        if ("shorter" in e && e.shorter && !use[i] && (!only || e.verb === "made recommendations on"))
          entries[i] = { ...e, title: e.shorter(max) };
      });
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
  let written = compose([...phrases, ...without([])]);
  for (let n = 1; n <= weak.length && written.clipped; n++) {
    const left = [...phrases, ...without(weak.slice(-n))];
    // Something decided is always said.
    if (left.length === 0) break;
    const fewer = compose(left);
    if (!fewer.clipped) written = fewer;
  }
  return written.text;

  function compose(phrases: string[]): { text: string; clipped: boolean } {
    const taken = questionsTaken(others);
    let text = `${name} ${met} on ${date}`;
    if (phrases.length) text += ` and ${joinPhrases(phrases)}`;
    // A licensing hearing's item is a case the panel heard (a new licence, a variation or a review), not a subject it
    // "discussed"; which kind the page may not say.
    const hearing = /\blicensing (?:panel|sub-committee)\b/i.test(m.committeeName);
    // "held a hearing on the application for review of …", never "on Application for review of …".
    const heard = (h: string) => (hearing ? theApplication(h) : h);
    // "Question and Answer Session with the Leader of the Council and the Chief Executive": whom the committee
    // questioned, not a title it "discussed".
    const questioned = undecided.flatMap((h) => questionedWhom(h) ?? []);
    const talked = undecided.filter((h) => !questionedWhom(h));
    const discussed = [
      ...questioned.map((who) => `questioned ${who}`),
      ...(talked.length
        ? [`${hearing ? "held a hearing on" : "discussed"} ${listTitles(headingsOf(talked).map(heard), 3)}`]
        : []),
    ].join(" and ");
    if (undecided.length) text += `${phrases.length ? "; it also " : " and "}${discussed}`;
    // Beside an outcome, an item known only from its agenda adds nothing the overview needs: its own section says the
    // minute is missing. Without one, the titles are what the meeting is known by.
    if (listed.length && !phrases.length)
      text += `${undecided.length ? "; its agenda also listed" : "; its agenda listed"} ${listTitles(headingsOf(listed), 3)}, ${why}`;
    // A meeting whose minutes are not out has no "published minutes" to record anything: that is what is said.
    const minuted = !input.items || input.items.some((i) => i.minutesText?.trim() || i.decisionText?.trim());
    if (!phrases.length && !undecided.length && !listed.length)
      text += taken
        ? ` and ${taken}`
        : minuted
          ? "; the published minutes record standing business only"
          : "; its minutes have not been published yet";
    text = `${text}.`.replace(/…\.$/, "…");
    const room = OVERVIEW_MAX_WORDS - text.split(/\s+/).length - 2;
    const finding = keyFinding(sections) ?? keyDecision(sections, room);
    // A key point the outcome already states (its sum named there) is not said twice.
    // Its first sum is its headline ("… to overspend by £6.1m, …, and … savings of £2m"): a later one may be the outcome's.
    const said = [finding?.match(/£\s?[\d,.]*\d(?:m|bn|k)?/)?.[0]].some(
      (sum) => sum !== undefined && text.includes(sum),
    );
    const key = finding && room >= 10 && !said ? fitFinding(finding, room) : null;
    // Clipped, or left out for want of room.
    const clipped = finding !== null && !said && (key === null || isClipped(key));
    return { text: key ? `${text} Key point: ${key}` : text, clipped };
  }
}

const DECISION_MEETING = /^Portfolio Holder Decision Meetings?$/i;

/** "Scrutiny Work Programme 2025/26", "Work Programme", "Forward Plan": what the body will look at next. */
const WORK_PROGRAMME = /^(?:[\w'\u2019-]+ ){0,3}(?:Work Programme|Forward Plan)\b/i;

/** "Mayor's Announcements", "Chair's Announcements", "Announcements": what the chair told the meeting. */
const ANNOUNCEMENTS =
  /^(?:(?:the )?(?:Mayor|Chair(?:man|woman|person)?|Leader)['\u2019]?s?\s+)?(?:Announcements|Communications)$/i;

/**
 * What a meeting with no decision took under its questions items, said as the items say it: "received a petition (90
 * signatures: road safety measures on Devonshire Road and Sussex Road)", "received 2 petitions and took questions".
 * Null when those items recorded nothing.
 */
export function questionsTaken(sections: SummarySection[]): string | null {
  const said = sections.filter((s) => s.decision || s.bullets.length);
  if (said.length === 0) return null;
  const petitions = said.filter((s) => /petition/i.test(s.heading)).flatMap((s) => s.bullets.map((b) => b.text));
  const others = said.some((s) => !/petition/i.test(s.heading));
  const parts: string[] = [];
  if (petitions.length === 1) {
    // "90 signatures: road safety measures on … — referred to the Panel by Cabinet": what it asks, before the dash.
    const what = petitions[0]!.split(" \u2014 ")[0]!.replace(/\.$/, "");
    parts.push(
      countWords(what) <= 16 && /^\d[\d,]* signatures: /.test(what)
        ? `received a petition (${what})`
        : "received a petition",
    );
  } else if (petitions.length > 1) parts.push(`received ${petitions.length} petitions`);
  if (others || parts.length === 0) parts.push("took questions");
  return parts.join(" and ");
}

/** The most words the outcomes may take, so the overview keeps room for its key point within 60 words. */
const OUTCOMES_MAX_WORDS = 36;
/** A decision as the overview says it: in its own words (`phrase`), or by its verb and title. */
type Said = { phrase: OutcomePhrase | null; verb: string; title: string };

/** More decisions than this, and those without words of their own are counted rather than titled. */
const MANY_OUTCOMES = 5;
/** How short the titles said in place of their decisions are cut, in turn, when they crowd the overview. */
const SHORTER_TITLES = [6, 4];

/**
 * The decisions as phrases, one per verb ("approved the Fly-tipping Strategy and Corporate Plan…"); a whole clause
 * ("agreed that the four school street schemes … will become permanent", "recommended that Council approve …") is a
 * phrase of its own, never joined to a title.
 */
function outcomePhrases(entries: Said[]): string[] {
  const byVerb = new Map<string, string[]>();
  const clauses: { verb: string; text: string }[] = [];
  for (const e of entries) {
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
  const sorted = [
    ...[...byVerb.entries()].map(([verb, objects]) => ({
      verb,
      // "approved the plan for the Elm Road estate, with its new homes and shops; and the Allotments Strategy": an
      // object with commas of its own is set off by semicolons.
      text: `${verb} ${joinObjects(mergeCallIns(objects))}`,
    })),
    ...clauses,
  ].sort((a, b) => rank(a.verb) - rank(b.verb));
  // "recommended to the Portfolio Holder A and B" and "recommended to Cabinet C": one phrase, "recommended to the
  // Portfolio Holder A and B, and to Cabinet C".
  const merged: { verb: string; text: string }[] = [];
  for (const p of sorted) {
    const last = merged.at(-1);
    if (last && p.verb.startsWith("recommended to ") && last.verb.startsWith("recommended to "))
      last.text += `, and ${p.text.replace(/^recommended /, "")}`;
    else merged.push({ ...p });
  }
  return merged.map((p) => p.text);
}

/** "7 reports", "6 reports and a presentation", or "7 items" when the decisions do not say what was noted. */
function countPapers(decisions: string[]): string {
  const kinds = ["report", "presentation"].map(
    (kind) => decisions.filter((d) => new RegExp(`\\b${kind}s?\\b`, "i").test(d)).length,
  );
  const [reports, presentations] = kinds as [number, number];
  if (reports + presentations !== decisions.length) return `${decisions.length} items`;
  const count = (n: number, noun: string) => (n === 1 ? `a ${noun}` : `${n} ${noun}s`);
  if (!presentations) return count(reports, "report");
  return reports
    ? `${count(reports, "report")} and ${count(presentations, "presentation")}`
    : count(presentations, "presentation");
}
