// Steps a resolution sets for a later, named meeting (docs/summaries.md#long-minutes-whole-meetings-printed-minutes):
// a committee's minutes ask an officer to report back, or for a paper to come to a meeting on a given date, which
// is still to come when the minute is written. Said as such, never as done.

import { MONTH } from "../text/months";

/**
 * "be submitted to the Panel's meeting on 22 June 2026", "be presented at its meeting in March 2026", "be brought to
 * the Board for approval at its meeting on 12 March 2026" (the body named, then its meeting): the verb's own
 * destination, a meeting named by its date, which the minute looks forward to (a meeting already held is "the meeting
 * held on …"; "agreed, with the addition of a review … at the meeting on 24 March 2026" was agreed now).
 */
export const TO_A_LATER_MEETING = new RegExp(
  String.raw`^\s*(?:back )?(?:to (?:the )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3}(?: for (?:approval|decision|consideration|information|agreement))? (?=at ))?(?:to|at|before) (?:the |its |their |a )?(?:[A-Z][\w'\u2019-]*(?:'s|\u2019s)? ){0,4}meeting (?:on (?:\d{1,2} )?${MONTH}|in ${MONTH}|on or before)\b`,
);

/**
 * "(2) the Director of Children's Services report to the Panel's meeting on 16 March 2026 on …": an officer asked to
 * report is to do so later ("will report to …"; in a recommendation, "to report to …"). "Report" is a noun after
 * most subjects ("the annual report be noted"), so only a post's title ("Director", "Head", "Officer") is its subject.
 */
const OFFICER_REPORT = new RegExp(
  String.raw`((?:^|;\s+|\(\d+\)\s+)(?:That,?\s+)?(?:the |The )?(?:[A-Z][\w'\u2019-]* )*(?:Director|Officer|Executive|Head|Manager|Lead)(?: (?:of|for) (?:the )?[A-Z][\w'\u2019-]*(?: (?:and )?[A-Z][\w'\u2019-]*)*)?) report (to|back)\b`,
  "g",
);

/**
 * "(2) officers report to the Committee's meeting in June 2026 on …", "(2) officers and the Independent Adviser report
 * to …", "That officers report the evidence on Elm Parade to the Committee in March 2027" (what they report named
 * before whom to): the officers, alone or with a post beside them, asked to report later.
 */
const OFFICERS_REPORT = new RegExp(
  String.raw`((?:^|;\s+|\(\d+\)\s+)(?:That,?\s+)?(?:[Oo]fficers|[Tt]he officers)(?: and (?:the |The )?(?:[A-Z][\w'\u2019-]* )*(?:Adviser|Advisor|Actuary|Director|Officer|Head|Manager|Lead))?) report((?: (?:the|on|their|its|progress|an?) [^;:.()]{1,80}?)?) (to|back)\b`,
  "g",
);

export function officerWillReport(text: string, recommends: boolean): string {
  const will = (_m: string, who: string, to: string) => `${who} ${recommends ? "to" : "will"} report ${to}`;
  // "That officers report …" on its own: "Officers will report …", its "That" gone as a turned-round resolution's is.
  const officersWill = (_m: string, who: string, what: string, to: string) =>
    `${who.replace(/^That,?\s+(\w)/, (_t, c: string) => c.toUpperCase())} ${recommends ? "to" : "will"} report${what} ${to}`;
  return text.replace(OFFICER_REPORT, will).replace(OFFICERS_REPORT, officersWill);
}
