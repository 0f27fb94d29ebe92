// The overview of a held meeting: outcome first, what was decided in the decisions' own words, then what was only
// discussed or listed, and a key point.
import { countWords, upperFirst } from "../../text/sentences";
import type { SummaryInput, SummarySection } from "../../types";
import { formatMeetingDate } from "../dates";
import { NOT_IN_MINUTES, NO_MINUTES } from "../section-notes";
import { fitOutcomes, isAdvising, OUTCOMES_MAX_WORDS } from "./fit-outcomes";
import { OVERVIEW_MAX_WORDS, fitFinding, isClipped, keepsFirstFigure, keyDecision, keyFinding } from "./key-point";
import { briefKeyPoint } from "./brief-key-point";
import { decisionEntries, isOwnHeadline, planningTally } from "./outcome-entries";
import { callInHeard } from "./call-in-motion";
import { decisionMaker } from "./decision-maker";
import { JOINED_MAX, joinPhrases } from "./join-phrases";
import { ownServiceShorter, sharesBudget } from "./shared-service";
import {
  bodyName,
  distinctTitles,
  headingsOf,
  evidenceFrom,
  listTitles,
  questionedWhom,
  theApplication,
  withArticle,
} from "./titles";

/**
 * Outcome first: what was decided (granted, refused, approved, recommended, noted), never just a list of agenda
 * titles; items discussed without a recorded decision come after. Built only from the meeting's own headings and
 * the wording of its decisions, so it states nothing the sources do not. `countsSaid` keeps the counts of other
 * decisions that the overview leaves out beside outcomes said in their own words (fit-outcomes.ts): the overview whose
 * words the sections of minutes held to words are fitted beside (docs/summaries.md#overviews-read-as-a-resident-stop-38).
 */
export function writeOutcomeOverview(
  input: SummaryInput,
  sections: SummarySection[],
  others: SummarySection[] = [],
  countsSaid = false,
): string {
  const m = input.meeting;
  const date = formatMeetingDate(m.startsAt);
  // A Portfolio Holder's decision meeting is one councillor deciding: "The Portfolio Holder held a decision meeting
  // on … and authorised …", never "The Portfolio Holder Decision Meeting met".
  // Named where the minutes name who took the decisions (decision-maker.ts).
  const decider = decisionMaker(input);
  const met = decider ? "held a decision meeting" : m.isSpecial ? "held a special meeting" : "met";
  const name = decider ?? upperFirst(bodyName(m.committeeName));
  const told = distinctTitles(sections.map((s) => s.heading));
  // "approved the Council's Accommodation Strategy…": every title follows a verb, so its leading article is lower-case.
  const originals = new Map<SummarySection, string>();
  sections = sections.map((s) => {
    const section = { ...s, heading: withArticle(told(s.heading).replace(/^The (?=[A-Z])/, "the ")) };
    originals.set(section, s.heading);
    return section;
  });
  const { decided, heardOnly, undecided, listed, why } = sortItems(sections, originals);
  const { phrases, counted } = planningTally(decided);
  const outcomesOf = decided.filter((s) => !counted.includes(s));
  // "agreed the Scrutiny Work Programme 2025/26" beside what the meeting decided on its business says nothing a
  // resident needs there, and takes the key point's room; its section stays.
  // So does "noted that the decisions could be implemented after 5 March unless called in", a decision meeting's
  // call-in period (docs/summaries.md#a-portfolio-holder-decision-meetings-minutes).
  // So does "noted the procedure for the hearing": how the meeting was to be run, not what it decided
  // (docs/summaries.md#overviews-read-as-a-resident-stop-38).
  const onBusiness = outcomesOf.filter(
    (s) =>
      !WORK_PROGRAMME.test(originals.get(s) ?? s.heading) &&
      !CALL_IN_PERIOD.test(originals.get(s) ?? s.heading) &&
      !logNoted(originals.get(s) ?? s.heading, s.decision!) &&
      !ownProcedureNoted(s.decision!),
  );
  const rest = onBusiness.length || counted.length ? onBusiness : outcomesOf;
  const entries = decisionEntries(rest, originals, sections, heardOnly).map((e) =>
    e.phrase ? { ...e, phrase: { ...e.phrase, object: ownServiceShorter(e.phrase.object, m.committeeName) } } : e,
  );
  // Without a key point to keep room for, and nothing discussed after them, the recommendations said in their own
  // words may have the whole overview.
  // A key decision the outcomes already say in their own words ("agreed that officers will seek repayment of £6,200")
  // keeps no room of its own.
  const key = keyDecision(sections, OVERVIEW_MAX_WORDS);
  // So does one whose first sum a budget the partners share, always said, already names ("approved … a £6.84m net
  // budget (Harrow 58%, Brent 42%)")
  // (docs/summaries.md#a-joint-committees-minutes).
  const keySum = key ? /£\s?[\d,.]*\d(?:m|bn|k)?/.exec(key)?.[0] : undefined;
  const keyless =
    !keyFinding(sections) &&
    (!key ||
      entries.some(
        (e) =>
          e.phrase &&
          (("decision" in e && e.decision === key) ||
            (keySum !== undefined && !!e.keep && sharesBudget(e.phrase) && e.phrase.object.includes(keySum))),
      ));
  // One member's decision meeting has no debate to tell: its decisions, said in their own words, may have the whole
  // overview when nothing was left undecided (docs/summaries.md#a-portfolio-holder-decision-meetings-minutes). So may
  // an appointments panel's posts filled, said by who and which post
  // (docs/summaries.md#a-chief-officers-employment-panels-minutes).
  const budget =
    ((isAdvising(entries) || entries.some(isOwnHeadline)) && keyless && undecided.length === 0) ||
    (decider !== null && undecided.length === 0)
      ? Math.max(OUTCOMES_MAX_WORDS, OVERVIEW_MAX_WORDS - countWords(`${name} ${met} on ${date} and and`))
      : OUTCOMES_MAX_WORDS;
  // A body's one recommendation, kept in its own words (outcome-entries.ts), has that room to itself: the other
  // decisions said by their titles take no more words than in the usual room. A body that recommends several things
  // shares the room among them.
  const lone = entries.filter((e) => /^(?:made )?recommend/.test(e.phrase?.verb ?? e.verb)).length === 1;
  const { without, weak, countedWords } = fitOutcomes(entries, budget, lone, countsSaid);
  // A decision the overview can only name by its title gives way, the last first, before the key point is clipped
  // or left out for want of room (its section stays).
  const frame: Frame = { input, sections, others, name, met, date, undecided, listed, why, countsSaid };
  let written = compose(frame, [...phrases, ...without([])], countedWords([]));
  for (let n = 1; n <= weak.length && written.clipped; n++) {
    const left = [...phrases, ...without(weak.slice(-n))];
    // Something decided is always said.
    if (left.length === 0) break;
    const fewer = compose(frame, left, countedWords(weak.slice(-n)));
    if (!fewer.clipped) written = fewer;
  }
  return written.text;
}

/**
 * A held meeting's items as the overview tells them: those decided, call-ins heard without a recorded outcome, those
 * discussed without a decision (`undecided`, their headings), and those only listed on the agenda, with `why` their
 * minute is missing.
 */
function sortItems(sections: SummarySection[], originals: Map<SummarySection, string>) {
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
  return { decided, heardOnly, undecided, listed, why };
}

/** What the overview says around its outcomes, worked out once per meeting. */
interface Frame {
  input: SummaryInput;
  sections: SummarySection[];
  others: SummarySection[];
  name: string;
  met: string;
  date: string;
  undecided: string[];
  listed: string[];
  why: string;
  countsSaid: boolean;
}

/**
 * The overview from its outcome phrases: who met and when, what was decided, what was discussed or only listed, and a
 * key point where there is room (less the words of a count left out, `countedWords`); `clipped` when the key point had
 * to be cut or left out.
 */
function compose(frame: Frame, phrases: string[], countedWords = 0): { text: string; clipped: boolean } {
  const { input, sections, others, name, met, date, undecided, listed, why, countsSaid } = frame;
  const m = input.meeting;
  const taken = questionsTaken(others);
  let text = `${name} ${met} on ${date}`;
  // Beyond the four outcomes said, the rest are counted ("and made 1 other decision"): beside outcomes said in their
  // own words the count goes, its words given to nothing (docs/summaries.md#overviews-read-as-a-resident-stop-38).
  const joined = joinPhrases(phrases);
  const shown = countsSaid ? joined : joinPhrases(phrases.slice(0, JOINED_MAX), JOINED_MAX);
  countedWords += countWords(joined) - countWords(shown);
  if (phrases.length) text += ` and ${shown}`;
  // A licensing hearing's item is a case the panel heard (a new licence, a variation or a review), not a subject it
  // "discussed"; which kind the page may not say.
  const hearing = /\blicensing (?:panel|sub-committee)\b/i.test(m.committeeName);
  // "held a hearing on the application for review of …", never "on Application for review of …".
  const heard = (h: string) => (hearing ? theApplication(h) : h);
  // "Question and Answer Session with the Leader of the Council and the Chief Executive": whom the committee
  // questioned, not a title it "discussed".
  const questioned = undecided.flatMap((h) => questionedWhom(h) ?? []);
  // "Evidence from the Fernhill Tenants' Association": whom a review group heard; beyond the room, the first and how
  // many others (docs/summaries.md#a-scrutiny-review-groups-minutes).
  const witnesses = undecided.flatMap((h) => evidenceFrom(h) ?? []);
  const talked = undecided.filter((h) => !questionedWhom(h) && !evidenceFrom(h));
  const heardFrom = witnesses.length ? tookEvidence(witnesses, OVERVIEW_MAX_WORDS - countWords(text) - 6) : null;
  const discussed = [
    ...questioned.map((who) => `questioned ${who}`),
    ...(heardFrom ? [heardFrom] : []),
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
  // A count of other decisions left out beside outcomes said in their own words gives its words to nothing
  // (`countedWords`, fit-outcomes.ts).
  const room = OVERVIEW_MAX_WORDS - text.split(/\s+/).length - 2 - countedWords;
  const finding = keyFinding(sections) ?? keyDecision(sections, room);
  // A key point the outcome already states (its sum named there) is not said twice.
  // Its first sum is its headline ("… to overspend by £6.1m, …, and … savings of £2m"): a later one may be the outcome's.
  const said = [finding?.match(/£\s?[\d,.]*\d(?:m|bn|k)?/)?.[0]].some((sum) => sum !== undefined && text.includes(sum));
  // A key point the line below says in full is said in fewer words here (brief-key-point.ts).
  const brief = finding ? briefKeyPoint(finding, sections) : null;
  const fitted = brief && room >= 10 && !said ? fitFinding(brief, room) : null;
  // A key point clipped before its first figure ("… the Medium Term Financial Strategy showed…") says nothing of
  // what it found: it is left out.
  const key = fitted && isClipped(fitted) && !keepsFirstFigure(fitted, brief!) ? null : fitted;
  // Clipped, or left out for want of room.
  // An overview over its ceiling is clipped too, so the decisions it can only name by their titles give way
  // (docs/summaries.md#a-scrutiny-review-groups-minutes).
  const clipped =
    (finding !== null && !said && (key === null || isClipped(key))) || countWords(text) > OVERVIEW_MAX_WORDS;
  return { text: key ? `${text} Key point: ${key}` : text, clipped };
}

/** "took evidence from A, B and C" in `room` words, else "took evidence from A and 2 others". */
function tookEvidence(witnesses: string[], room: number): string {
  const all = `took evidence from ${listTitles(witnesses, witnesses.length)}`;
  if (witnesses.length === 1 || countWords(all) <= room) return all;
  const n = witnesses.length - 1;
  return `took evidence from ${witnesses[0]} and ${n} other${n === 1 ? "" : "s"}`;
}

/**
 * "The procedure for the hearing was noted", "That the order of business for the meeting be noted": a decision that
 * only notes how the meeting itself is to be run. Nothing else may be in it.
 */
export function ownProcedureNoted(decision: string): boolean {
  return /^(?:That,?\s+)?(?:the )?(?:procedures?|order of business|running order|arrangements) (?:for|of) (?:the|this) (?:hearing|meeting)(?: (?:was|were|be) noted| (?:was|were|be) agreed)\.?$/i.test(
    decision.trim(),
  );
}

/** "Call-in of Decisions", "Call-in Period": when the meeting's decisions may be implemented, not a decision. */
const CALL_IN_PERIOD = /^call-?in (?:of (?:the )?decisions|period)$/i;

/** "Scrutiny Work Programme 2025/26", "Work Programme", "Forward Plan": what the body will look at next. */
const WORK_PROGRAMME = /^(?:[\w'\u2019-]+ ){0,3}(?:Work Programme|Forward Plan)\b/i;

/**
 * "Matters Arising and Action Log" whose minute only notes the log ("The action log was noted."): what was done since
 * the last meeting, not what this one decided, so the overview leaves it to its section, as it does a work programme
 * (docs/summaries.md#a-joint-health-scrutiny-committees-minutes).
 */
export function logNoted(heading: string, decision: string): boolean {
  return (
    /^(?:matters arising|actions? arising|action (?:log|tracker|list))\b/i.test(heading.trim()) &&
    /^(?:The |That the )?[^;.]{0,60}\b(?:was|were|be) noted\.?$/i.test(decision.trim())
  );
}

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
