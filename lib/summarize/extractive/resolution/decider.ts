// A resolution that names who decides before its steps, as a single-member decision meeting prints it: "RESOLVED:
// That the Portfolio Holder, having considered the objections received, (1) approve the making of the order; (2)
// agree that two roads be excluded". Said as what that person did (docs/summaries.md#a-portfolio-holder-decision-meetings-minutes).

/** The one member named as the decider: a Portfolio Holder, a Cabinet Member, the Leader. */
const DECIDER = String.raw`(?:[Tt]he (?:Portfolio Holder|Cabinet Member|Executive Member|Lead Member)(?: for [A-Z][\w'-]*(?:(?:,| and| &)? [A-Z][\w'-]*)*)?|[Tt]he Leader(?: of the Council)?)`;

/** "That the Portfolio Holder[, having considered …,] (1) approve …": the decider, an aside, then the steps. */
const LEAD = new RegExp(String.raw`^That,?\s+(${DECIDER})(,[^;()]*?,)?\s+(?=\(1\)\s+[a-z]|[a-z])`);

/**
 * A body that decides in a capacity of its own, as a shareholder committee decides as the owner of a council's
 * company: "That the Shareholder Committee, acting as shareholder of Northvale Homes Limited, (1) approve …". Only
 * with the capacity said ("acting as", "acting on behalf of"), so "That the Committee note …" is read as before
 * (docs/summaries.md#a-shareholder-committees-minutes).
 */
export const ACTING_BODY = String.raw`(?:[Tt]he (?:[A-Z][\w'-]*\s){1,5}?(?:Committee|Sub-Committee|Board|Panel)|Cabinet)`;
/** The capacity itself, without its commas: "acting as shareholder of Northvale Homes Limited". */
export const CAPACITY = String.raw`acting (?:as|on behalf of|in its capacity as) [^;()]*?`;
const ACTING = String.raw`,\s+${CAPACITY},`;
const ACTING_LEAD = new RegExp(
  String.raw`^That,?\s+(${ACTING_BODY})(${ACTING})\s+(?=\(1\)\s+(?:not\s+)?[a-z]|(?:not\s+)?[a-z])`,
);

/** Each step's verb, as the decider's imperative (or "approves"), and as what was done. */
const PAST: Record<string, string> = {
  accept: "accepted",
  adopt: "adopted",
  agree: "agreed",
  allocate: "allocated",
  amend: "amended",
  appoint: "appointed",
  approve: "approved",
  authorise: "authorised",
  authorize: "authorized",
  consent: "consented",
  award: "awarded",
  confirm: "confirmed",
  decide: "decided",
  declare: "declared",
  defer: "deferred",
  delegate: "delegated",
  endorse: "endorsed",
  extend: "extended",
  grant: "granted",
  instruct: "instructed",
  introduce: "introduced",
  make: "made",
  note: "noted",
  refer: "referred",
  refuse: "refused",
  reject: "rejected",
  release: "released",
  remove: "removed",
  request: "requested",
  retain: "retained",
  set: "set",
  uphold: "upheld",
  vary: "varied",
};

/**
 * A step that only carries the decision out: those who objected told of it, the notices published, the contract
 * signed, the final terms of an agreed loan or lease agreed, a change of directors filed with Companies House
 * (docs/summaries.md#a-shareholder-committees-minutes). Said by the decision itself, so left out after the first step
 * (the first is always said).
 */
const CARRIED_OUT =
  /\bbe (?:informed|notified|told|advised) of (?:the|this|these|its) decisions?\b|\bto (?:publish|give|issue|advertise|make) (?:the|any|all) (?:statutory |required |necessary |legal )?(?:notices?|orders?)\b[^;]*$|\bto (?:finalise|complete|enter into|sign|execute|seal)\b[^;]*\b(?:contracts?|agreements?|leases?|documents?)\b[^;]*$|\bto agree the (?:final|detailed) terms of (?:the|any|each) [^;]*\b(?:contracts?|agreements?|leases?)\b[^;]*$|\bto (?:file|register|notify)\b[^;]*\bCompanies House\b[^;]*$/i;

/** A step's opening verb, imperative ("approve") or third person ("approves"). */
function pastOf(word: string): string | null {
  return PAST[word] ?? (/s$/.test(word) ? (PAST[word.slice(0, -1)] ?? PAST[word.replace(/ies$/, "y")] ?? null) : null);
}

/**
 * "That the Portfolio Holder (1) approve the fees; (2) agree that the vouchers remain at last year's price" -> "The
 * Portfolio Holder approved the fees; and agreed that the vouchers remain at last year's price", one sentence whose
 * subject is the decider, the steps' numbers left out, and a later step that only carries the decision out (CARRIED_OUT)
 * left out too. A step's own
 * "that … be excluded" stays as the decider agreed it: its "be" is marked (a word joiner, removed at the end) so no
 * later rule turns it into "was excluded" as if the meeting's own resolution. Unchanged unless every step opens with a
 * decision verb.
 */
export function deciderSteps(text: string): string {
  const lead = LEAD.exec(text) ?? ACTING_LEAD.exec(text);
  if (!lead) return text;
  const body = text.slice(lead[0].length);
  const steps = /^\(1\)\s/.test(body) ? body.split(/(?<=^|;\s*(?:and\s+)?)(?=\(\d+\)\s)/) : [body];
  const said: string[] = [];
  for (const step of steps.filter((x, i) => i === 0 || !CARRIED_OUT.test(x.replace(/;\s*(?:and\s*)?$/, "")))) {
    const m = /^(\(\d+\)\s+)?(not\s+)?([a-z]+)\b/.exec(step);
    // "(1) not approve the Business Plan …": what the body declined to do, "did not approve the Business Plan".
    const past = m ? (m[2] ? pastOf(m[3]!) && `did not ${m[3]}` : pastOf(m[3]!)) : null;
    if (!m || !past) return text;
    const rest = step
      .slice(m[0].length)
      // "not approve the plan, and refer it back to the board": the second verb is as done as the first.
      .replace(/(,? and )([a-z]+)(?= (?:it|them|this|these)\b)/g, (all, and: string, verb: string) =>
        pastOf(verb) ? `${and}${pastOf(verb)}` : all,
      )
      // "agree that the objectors be informed": the step's own clause, in the words it was agreed in.
      .replace(/(\bthat\b[^;()]*?\b)be\b/g, (_x, before: string) => `${before}b\u2060e`);
    said.push(`${past}${rest.replace(/;\s*(?:and\s*)?$/, "").replace(/\.\s*$/, "")}`);
  }
  const who = lead[1]!.replace(/^the\b/, "The");
  // The steps as one sentence, without their numbers: "approved …; agreed …; and delegated …".
  const last = said.length > 1 ? `and ${said.pop()!}` : "";
  return `${who}${lead[2] ?? ""} ${[...said, last].filter(Boolean).join("; ")}.`;
}

/**
 * A decision said as what one member did ("The Portfolio Holder, having considered the objections, approved the
 * making of the order to extend Zone A into six roads listed, operating …; agreed …"): its first step's verb and what
 * it acted on, up to the first comma. An order made to do something is that thing agreed ("agreed to extend" "Zone A
 * into six roads"); a contract awarded says to whom, not for how long or from when. Null for any other decision.
 */
export function deciderStep(clause: string): { verb: string; object: string } | null {
  const m = new RegExp(
    String.raw`^(?:${DECIDER}(?:,[^;]*?,)?|(${ACTING_BODY})(${ACTING})?) (${Object.values(PAST).join("|")}|did not [a-z]+) ([^,;]+)`,
  ).exec(clause);
  if (!m) return null;
  // "the nine roads listed": where they are listed went with the report's cross-reference.
  let object = m[4]!.replace(/\s+(?:listed|set out|shown|attached)$/, "").trim();
  // A body acting in a capacity, said or left to the heading (docs/summaries.md#the-new-shapes-read-tighter-stop-38).
  if (m[1]) object = companyNamed(object, m[2] ?? "");
  m.splice(1, 2);
  const order = /^(?:the making of )?(?:the|a|an) [\w ]*?\border to ([a-z]+) (.+)$/.exec(object);
  if (order && /^(?:approved|agreed|made)$/.test(m[1]!)) return { verb: `agreed to ${order[1]}`, object: order[2]! };
  if (m[1] === "awarded") {
    const to = /^(.+? to [A-Z][^,;]*?)(?= for\b| from\b| at\b| with\b|$)/.exec(object);
    if (to) return { verb: m[1], object: to[1]! };
  }
  return { verb: m[1]!, object };
}

/** What ends a company's registered name. */
export const COMPANY_SUFFIX = String.raw`(?:Limited|Ltd\.?|LLP|plc|PLC)`;
/** A company's name: up to five capitalised words before its suffix, "Northvale Homes Limited". */
export const COMPANY_NAME = String.raw`(?:[A-Z][\w&'-]*\s){1,5}?${COMPANY_SUFFIX}`;

/** A company's name as a resident reads it: "Northvale Homes Limited" is "Northvale Homes". */
export function companyShort(name: string): string {
  return name.replace(new RegExp(String.raw`\s+${COMPANY_SUFFIX}$`), "");
}

/** Every company named in a text with its suffix, each said short. */
export function companiesNamed(text: string): string[] {
  return [...text.matchAll(new RegExp(String.raw`\b${COMPANY_NAME}\b`, "g"))].map((c) => companyShort(c[0].trim()));
}

/** Each company named with its suffix, said short: "the Northvale Homes Limited Business Plan" is "the Northvale Homes Business Plan". */
export function withCompaniesShort(text: string, after = String.raw`(?= [A-Z]|'s\b|\s*$)`): string {
  return text.replace(new RegExp(String.raw`\b(${COMPANY_NAME})\b${after}`, "g"), (name) => companyShort(name));
}

/**
 * What a body acting as a company's shareholder did, said for which company (docs/summaries.md#a-shareholder-committees-minutes):
 * "acting as shareholder of Northvale Homes Limited, … consented to the company entering into a contract" is "consented
 * to Northvale Homes entering into a contract", "the Northvale Homes Limited Business Plan" is "the Northvale Homes
 * Business Plan", and a director appointed "for three years from 1 June 2027" is appointed, the term left to the
 * Decision line. Only where the capacity names one company.
 */
export function companyNamed(object: string, acting: string): string {
  const one = new RegExp(String.raw`\bof (${COMPANY_NAME})\s*,$`).exec(acting);
  let said = object
    .replace(
      / (?:for (?:a term of )?(?:one|two|three|four|five|six|\d+) years?)(?: (?:from|with effect from) \d{1,2} [A-Z][a-z]+ \d{4})?$/,
      "",
    )
    .replace(/\s+$/, "");
  said = withCompaniesShort(said);
  if (one && !/ and (?:of )?(?:the )?[A-Z]/.test(acting) && !/^(?:Mr|Mrs|Ms|Miss|Dr|Councill?or) /.test(object))
    said = said.replace(/\bthe company\b/, companyShort(one[1]!));
  return said.replace(/\s+/g, " ");
}
