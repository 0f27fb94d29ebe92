// The budget Council's decision as the overview says it: the Council Tax set, at Band D, with its rise and its vote,
// and the amendment the meeting rejected (docs/summaries.md#a-council-budget-meeting).
import type { OutcomePhrase } from "./outcome-phrase";

/** "£2,405.59": a Council Tax charge, in pounds and pence. */
const CHARGE = /£\d{1,3}(?:,\d{3})*\.\d{2}\b/g;
/** "an increase of 4.99%", "a 4.99% rise": how much the Council Tax went up. */
const RISE = /\b(?:increase|rise) of (\d+(?:\.\d+)?%)|\b(\d+(?:\.\d+)?%) (?:increase|rise)\b/i;
/** "The substantive Recommendation carried by 31 votes to 22, 1 abstaining (recorded vote).": the vote said with it. */
const CARRIED_BY = /\bcarried by (\d+ votes to \d+)\b/;
/** "Amendment moved by …: "…" (lost, 22 votes to 31, 1 abstaining; recorded vote).": an amendment the meeting rejected. */
const AMENDMENT_LOST = /^Amendment moved by .*\((?:lost|defeated|not carried)(?:, (\d+ votes to \d+))?/;

/**
 * A decision that sets the Council Tax ("… the Council Tax Resolution 2026/27 was approved, setting … a total Band D
 * Council Tax of £2,405.59 …") said by what residents will pay: "set the Council Tax for 2026/27 (Band D £2,405.59,
 * up 4.99%; 31 votes to 22), rejecting an amendment (22 votes to 31)". The total charge is the one a household pays
 * (the Council's element and the GLA's precept together); the first Band D charge when no total is given. Null for a
 * decision that sets no Band D charge.
 */
export function councilTaxPhrase(decision: string, bullets: string[]): OutcomePhrase | null {
  return councilTaxWordings(decision, bullets)?.[0] ?? null;
}

/**
 * The same, then in fewer words for a crowded overview: without the vote on the budget, then without the
 * amendment's tally (that the amendment was rejected is always said). Null for a decision that sets no Band D charge.
 */
export function councilTaxWordings(decision: string, bullets: string[]): OutcomePhrase[] | null {
  const clause = decision.split(/;\s+/).find((c) => /\bCouncil Tax\b/i.test(c) && /\bBand D\b/.test(c));
  if (!clause) return null;
  const charges = [...clause.matchAll(CHARGE)];
  if (charges.length === 0) return null;
  const total = charges.find((m) => /\btotal\b[^£]{0,40}$/i.test(clause.slice(0, m.index)));
  const charge = (total ?? charges[0]!)[0];
  const year = /\b(\d{4}\/\d{2})\b/.exec(clause)?.[1] ?? /\b(\d{4}\/\d{2})\b/.exec(decision)?.[1];
  const rise = RISE.exec(clause);
  const up = rise ? `, up ${rise[1] ?? rise[2]}` : "";
  const vote = CARRIED_BY.exec(decision)?.[1];
  const amendment = bullets.map((b) => AMENDMENT_LOST.exec(b)).find(Boolean);
  const rejected = amendment ? `, rejecting an amendment${amendment[1] ? ` (${amendment[1]})` : ""}` : "";
  const tax = `the Council Tax${year ? ` for ${year}` : ""}`;
  const objects = [
    `${tax} (Band D ${charge}${up}${vote ? `; ${vote}` : ""})${rejected}`,
    `${tax} (Band D ${charge}${up})${rejected}`,
    `${tax} (Band D ${charge}${up})${amendment ? ", rejecting an amendment" : ""}`,
  ];
  return [...new Set(objects)].map((object) => ({ verb: "set", object }));
}
