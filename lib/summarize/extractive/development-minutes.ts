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
