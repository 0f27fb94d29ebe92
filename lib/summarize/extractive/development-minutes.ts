// A major developments panel's minutes (docs/summaries.md#a-major-developments-panels-minutes): a panel that hears
// developers and officers on schemes before they are applied for, and on plans still in draft, decides none of them.
// What a reader needs of such a minute is what was said of the stage the scheme or plan is at: that the panel was
// not deciding it, and when it goes on to its next formal step (the application, the plan's publication).

import { MONTH } from "../text/months";

/**
 * "the company intended to submit a full planning application in May 2026", "the draft plan would be published for
 * the Regulation 19 consultation in September 2026": a scheme's or a plan's next formal step, still to come, and when.
 * A step already taken ("an application had been submitted in December 2025") is not one.
 */
const NEXT_STAGE = new RegExp(
  String.raw`\b(?:would|will|intended to|intends to|expected to|expects to|planned to|plans to|aimed to|aims to)\b[^.;]{0,40}?\b(?:submit|publish|lodge|consult|adopt)\w*\b[^.;]{0,100}?\bin (?:${MONTH} )?\d{4}\b`,
);

/** The things whose next step a panel is told of: an application, a plan, its draft or its consultation. */
const STAGED = /\b(?:application|plan|draft|consultation|examination|strategy|scheme)\b/i;

/**
 * A scheme's or a plan's next formal step with its date: picked before the detail of the scheme when a minute is held
 * to words.
 */
export function isNextStageDated(text: string): boolean {
  const m = NEXT_STAGE.exec(text);
  return m !== null && STAGED.test(m[0]);
}

/**
 * "the Panel was not being asked to take any decision on it, and … Members' comments would not bind the Planning
 * Committee": the reminder that opens a presentation to an advisory panel, which says what its comments are worth.
 */
const NOT_DECIDING =
  /\b(?:not (?:being )?(?:asked|required) to (?:take|make|reach) (?:any|a) decision|no decision (?:would|was to|will) be (?:taken|made)|(?:would|will|did) not bind\b|(?:was|were|are|is) not binding\b)/i;

/** A panel told it decides nothing on what it hears: picked before the detail of what it heard. */
export function saysNotDeciding(text: string): boolean {
  return NOT_DECIDING.test(text);
}

/**
 * "… intended to submit a full planning application in May 2026 and, if permission were granted, to start work in
 * the spring of 2027." -> "… intended to submit a full planning application in May 2026.": held to words, a scheme's
 * next step is said to its date; what may follow it goes. Any other sentence is returned as it is.
 */
export function nextStageInFewerWords(text: string): string {
  const m = NEXT_STAGE.exec(text);
  if (!m || !STAGED.test(m[0])) return text;
  const end = m.index + m[0].length;
  return /^(?:,| and\b)/.test(text.slice(end)) ? `${text.slice(0, end)}.` : text;
}

/**
 * "The Chair reminded the Panel that the scheme was at the pre-application stage, that the Panel was not being asked
 * to take any decision on it, and that Members' comments would not bind the Planning Committee, which would decide
 * …" -> "The Chair reminded the Panel that the Panel was not being asked to take any decision on it and that Members'
 * comments would not bind the Planning Committee.": held to words, a reminder of several things says those that tell
 * what the panel's comments are worth. Any other sentence is returned as it is.
 */
export function notDecidingInFewerWords(text: string): string {
  const m = /^([^,]*?\b(?:reminded|advised|explained|informed|told)\b[^,]*? that )(.+?)\.?$/.exec(text.trim());
  if (!m || !saysNotDeciding(m[2]!)) return text;
  const clauses = m[2]!.split(/,?\s+(?:and )?that\s+|,\s+and\s+that\s+/);
  const kept = clauses.filter((c) => saysNotDeciding(c)).map((c) => c.replace(/,\s+(?:which|who)\b.*$/, "").trim());
  if (kept.length === clauses.length && kept.join("") === clauses.join("")) return text;
  return `${m[1]}${kept.join(" and that ")}.`;
}

/** A list's lead that says its points are a plan's stages in time ("set out the stages proposed for …:"). */
const STAGES_LEAD = /\b(?:stages|timetable|milestones|key dates)\b/i;

/** A stage's date as a timetable gives it: "in January 2027", "by July 2028", "to 27 July 2026", "the autumn of 2027". */
const STAGE_DATE = new RegExp(String.raw`\b(?:${MONTH}|spring|summer|autumn|winter)(?: of)? (?:19|20)\d\d\b`);

/** The fewest stages a list must have to be read as a timetable rather than a step and what follows it. */
const TIMETABLE_STAGES = 3;

/**
 * "Mr Lockhart set out the stages proposed for the plan: • consultation … in June 2026; • publication … in January
 * 2027; • … and adoption by July 2028.": the last dated stage of a plan's timetable is where the timetable ends (the
 * plan adopted, the scheme in force), what a resident most needs of it, though a month and a year are no figure. Held
 * to words, it is weighed as a plan's next step with its date is (`isNextStageDated`). `list` is the item's other
 * candidates, so the stage is known to be its list's last.
 */
export function isTimetableEnd<T extends { text: string; order: number; lead?: string; list?: number }>(
  c: T,
  list: readonly T[],
): boolean {
  if (c.list === undefined || !c.lead || !STAGES_LEAD.test(c.lead) || !STAGE_DATE.test(c.text)) return false;
  const stages = list.filter((o) => o.list === c.list);
  return stages.length >= TIMETABLE_STAGES && stages.every((o) => o.order <= c.order && STAGE_DATE.test(o.text));
}

/**
 * "… would be re-tendered in the summer, with work now due to start in April 2027", "the opening had been put back
 * to the autumn of 2026": a scheme's date moved, and to when (a month or a season: work put off to a financial year,
 * "two audits had been deferred to 2026/27", is a plan's detail). That a scheme residents were promised slipped is
 * news of the programme, not its detail.
 */
const DATE_MOVED = new RegExp(
  String.raw`\b(?:now (?:due|expected|scheduled|planned) to (?:start|begin|open|finish|complete|be completed|be finished)|(?:delayed|postponed|put back|moved back|pushed back|deferred|slipped) (?:to|until|into))\b[^.;]{0,30}?\b(?:${MONTH}|the (?:spring|summer|autumn|winter) of) (?:19|20)\d\d\b(?!\/)`,
  "i",
);

/** Whether a point says a scheme's date was moved, and to when (DATE_MOVED): held to words, it is picked first. */
export function saysDateMoved(text: string): boolean {
  return DATE_MOVED.test(text);
}
