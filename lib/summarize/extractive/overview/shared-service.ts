// A service one council provides for others, and a budget its partners share: how a joint committee's decisions are
// said in the overview (docs/summaries.md#a-joint-committees-minutes).
import { countWords } from "../../text/sentences";

/**
 * "provide planning and property legal services to the London Borough of Hillingdon under a service level agreement
 * for three years from 1 July 2026, at a fee of £380,000 a year" -> "provide planning and property legal services to
 * Hillingdon for £380,000 a year": a service to be provided, said shorter, keeps what it is, whom for and its fee;
 * the agreement it is under, how long it runs and from when are the Decision line's. A step that is no service with
 * terms is returned as it was.
 */
export function serviceTermsShorter(step: string): string {
  if (!/^(?:provide|deliver|supply|carry out|undertake|host|run)\b/.test(step)) return step;
  const fee =
    /,? (?:at|for) an? (?:fixed |annual |yearly |total )?(?:fee|cost|charge|price) of (£[\d,.]+(?:m|bn|k)?(?: (?:a|per) (?:year|annum|month))?)/.exec(
      step,
    );
  const core = step
    .replace(/,? (?:at|for) an? (?:fixed |annual |yearly |total )?(?:fee|cost|charge|price) of .*$/, "")
    .replace(/ under (?:a|an|the) [^,;]+?(?= for | from |,|$)/, "")
    .replace(
      /,? for (?:a period of )?(?:up to )?(?:one|two|three|four|five|six|ten|\d+) (?:years?|months?)\b[^,;]*/,
      "",
    )
    .replace(/,? from \d{1,2} [A-Z][a-z]+ \d{4}\b/, "")
    .replace(/\bthe (?:London Borough|Royal Borough|City|Borough) of ([A-Z][\w-]+(?: [A-Z][\w-]+)?)\b/g, "$1")
    .replace(/[,\s]+$/, "");
  return fee ? `${core} for ${fee[1]}` : core;
}

/** "£3,967,200 (58%) from the London Borough of Harrow": a partner's contribution, its share and who pays it. */
const CONTRIBUTION =
  /£[\d,.]+(?:m|bn|k)? \((\d+(?:\.\d+)?%)\) from (?:the )?(?:(?:London |Royal )?Borough of |City of |Council of )?([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2})/g;

/**
 * "the net budget for 2026/27 of £6.84m was approved, with contributions of £3,967,200 (58%) from the London Borough
 * of Harrow and £2,872,800 (42%) from the London Borough of Brent" -> "a £6.84m net budget (Harrow 58%, Brent 42%)": a
 * budget several councils share, by its total and each partner's share, for the overview. Null for a clause that
 * approves no budget with a sum, or names fewer than two contributions.
 */
export function sharedBudget(clause: string): string | null {
  const m =
    /^(?:\(\d{1,2}\)\s*)?the ((?:net |gross |revenue |total |annual )*)budget\b[^;,]*? of (£[\d,.]+(?:m|bn|k)?) (?:was|were) (?:approved|agreed|set)\b(.*)$/i.exec(
      clause.trim(),
    );
  if (!m) return null;
  const shares = [...m[3]!.matchAll(CONTRIBUTION)].map((c) => `${c[2]} ${c[1]}`);
  if (shares.length < 2) return null;
  const kind = m[1]!.trim();
  return `a ${m[2]} ${kind ? `${kind} ` : ""}budget (${shares.join(", ")})`;
}

/** The most words the approval with its shared budget may take in the overview. */
export const SHARED_BUDGET_MAX_WORDS = 22;

/** "the Business Plan 2026/27" and "a net budget of £6.84m (Harrow 58%, Brent 42%)", joined while short enough. */
export function withSharedBudget(object: string, budget: string): string | null {
  const joined = `${object} and ${budget}`;
  return countWords(joined) <= SHARED_BUDGET_MAX_WORDS ? joined : null;
}

/**
 * "the Harrow and Brent Legal Partnership Business Plan 2026/27" at the Harrow and Brent Legal Partnership Joint
 * Committee -> "the Partnership's Business Plan 2026/27": what the meeting's own name already says (who the shared
 * service serves) is not said again in the overview; the service is named by its last word. Only a body named for a
 * shared service (a Partnership, Service or Consortium); any other object is returned as it was.
 */
export function ownServiceShorter(object: string, committeeName: string): string {
  const core =
    /^(?:the )?(.+? (Partnership|Service|Services|Consortium)) (?:Joint )?(?:Committee|Board|Sub-Committee)$/i.exec(
      committeeName.trim(),
    );
  if (!core || countWords(core[1]!) < 3) return object;
  // "that the Partnership will provide …": the body the meeting oversees agreed to do it.
  const does = new RegExp(`^that the ${core[2]} will (?=[a-z])`);
  if (does.test(object)) return object.replace(does, "to ");
  const own = `the ${core[1]} `;
  const at = object.indexOf(own);
  if (at < 0 || !/^[A-Z]/.test(object.slice(at + own.length))) return object;
  return `${object.slice(0, at)}the ${core[2]}'s ${object.slice(at + own.length)}`;
}

/** An approval said with a budget its partners share, by each one's share ("… (Harrow 58%, Brent 42%)"). */
export function sharesBudget(phrase: { object: string } | null): boolean {
  return (
    !!phrase &&
    /\bbudget \([A-Z][\w'\u2019 -]* \d+(?:\.\d+)?%(?:, [A-Z][\w'\u2019 -]* \d+(?:\.\d+)?%)+\)/.test(phrase.object)
  );
}
