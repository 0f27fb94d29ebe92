// A resolution that names who decides before its steps, as a single-member decision meeting prints it: "RESOLVED:
// That the Portfolio Holder, having considered the objections received, (1) approve the making of the order; (2)
// agree that two roads be excluded". Said as what that person did (docs/summaries.md#a-portfolio-holder-decision-meetings-minutes).

/** The one member named as the decider: a Portfolio Holder, a Cabinet Member, the Leader. */
const DECIDER = String.raw`(?:[Tt]he (?:Portfolio Holder|Cabinet Member|Executive Member|Lead Member)(?: for [A-Z][\w'-]*(?:(?:,| and| &)? [A-Z][\w'-]*)*)?|[Tt]he Leader(?: of the Council)?)`;

/** "That the Portfolio Holder[, having considered …,] (1) approve …": the decider, an aside, then the steps. */
const LEAD = new RegExp(String.raw`^That,?\s+(${DECIDER})(,[^;()]*?,)?\s+(?=\(1\)\s+[a-z]|[a-z])`);

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
  refuse: "refused",
  reject: "rejected",
  release: "released",
  request: "requested",
  retain: "retained",
  set: "set",
  uphold: "upheld",
  vary: "varied",
};

/**
 * A step that only carries the decision out: those who objected told of it, the notices published, the contract
 * signed. Said by the decision itself, so left out after the first step (the first is always said).
 */
const CARRIED_OUT =
  /\bbe (?:informed|notified|told|advised) of (?:the|this|these|its) decisions?\b|\bto (?:publish|give|issue|advertise|make) (?:the|any|all) (?:statutory |required |necessary |legal )?(?:notices?|orders?)\b[^;]*$|\bto (?:finalise|complete|enter into|sign|execute|seal)\b[^;]*\b(?:contracts?|agreements?|leases?|documents?)\b[^;]*$/i;

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
  const lead = LEAD.exec(text);
  if (!lead) return text;
  const body = text.slice(lead[0].length);
  const steps = /^\(1\)\s/.test(body) ? body.split(/(?<=^|;\s*(?:and\s+)?)(?=\(\d+\)\s)/) : [body];
  const said: string[] = [];
  for (const step of steps.filter((x, i) => i === 0 || !CARRIED_OUT.test(x))) {
    const m = /^(\(\d+\)\s+)?([a-z]+)\b/.exec(step);
    const past = m ? pastOf(m[2]!) : null;
    if (!m || !past) return text;
    const rest = step
      .slice(m[0].length)
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
  const m = new RegExp(String.raw`^${DECIDER}(?:,[^;]*?,)? (${Object.values(PAST).join("|")}) ([^,;]+)`).exec(clause);
  if (!m) return null;
  // "the nine roads listed": where they are listed went with the report's cross-reference.
  const object = m[2]!.replace(/\s+(?:listed|set out|shown|attached)$/, "").trim();
  const order = /^(?:the making of )?(?:the|a|an) [\w ]*?\border to ([a-z]+) (.+)$/.exec(object);
  if (order && /^(?:approved|agreed|made)$/.test(m[1]!)) return { verb: `agreed to ${order[1]}`, object: order[2]! };
  if (m[1] === "awarded") {
    const to = /^(.+? to [A-Z][^,;]*?)(?= for\b| from\b| at\b| with\b|$)/.exec(object);
    if (to) return { verb: m[1], object: to[1]! };
  }
  return { verb: m[1]!, object };
}
