// Who held a Portfolio Holder's decision meeting: one councillor deciding, named as the minutes name them
// (docs/summaries.md#a-portfolio-holder-decision-meetings-minutes).
import type { SummaryInput } from "../../types";

/** "Portfolio Holder Decision Meeting", or "… - Highways and Environment" naming the portfolio. */
const DECISION_MEETING = /^Portfolio Holder Decision Meetings?(?:\s+[-\u2013]\s+(.+))?$/i;

/** A councillor named with a Portfolio Holder's office: "Councillor Harriet Quenby, Portfolio Holder for Roads and Parks,". */
const HOLDER =
  /\bCouncill?or ((?:[A-Z][\w'\u2019-]+ ){1,3}[A-Z][\w'\u2019-]+), (Portfolio Holder for [A-Z][\w,&'\u2019 -]*?),\s+(took|made|considered)\b/;

/**
 * The overview's subject for a decision meeting, or null for any other meeting: "Cllr A B, Portfolio Holder for X,"
 * where a minute says the Portfolio Holder for the meeting's own portfolio (or any, when the title names none) took
 * the decisions or considered a report; "The Portfolio Holder for X" where none does; "The Portfolio Holder" where the
 * title names no portfolio either.
 */
export function decisionMaker(input: SummaryInput): string | null {
  const title = DECISION_MEETING.exec(input.meeting.committeeName.trim());
  if (!title) return null;
  const portfolio = title[1]?.trim();
  for (const item of input.items ?? []) {
    const m = HOLDER.exec(item.minutesText ?? "");
    if (m && (!portfolio || m[2] === `Portfolio Holder for ${portfolio}`)) return `Cllr ${m[1]}, ${m[2]},`;
  }
  return portfolio ? `The Portfolio Holder for ${portfolio}` : "The Portfolio Holder";
}
