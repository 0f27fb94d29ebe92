// What an advisory body recommended, and to whom, for the overview: "recommended to the Portfolio Holder a controlled
// parking zone in the 16 roads of the Rayners Lane area", "recommended that Cabinet make permanent the experimental
// traffic order for the Kenton Road cycle lane", never "made recommendations on <agenda title>"
// (docs/summaries.md#what-was-recommended).
import { contentWords } from "../../text/normalise";
import { countWords } from "../../text/sentences";
import type { OutcomePhrase } from "./outcome-phrase";
import { lowerArticle } from "./titles";

/** A recommendation as the overview says it, with shorter ways of saying the same thing, longest first. */
export interface Recommendation extends OutcomePhrase {
  shorter: string[];
}

/** A recommendation's opening verb: the step the body is asked to take ("make permanent …", "set a target date …"). */
const STEP =
  /^(?:accept|adopt|agree|allocate|allow|amend|appoint|approve|ask|authori[sz]e|award|bring|commission|confirm|consider|consult|continue|create|defer|delegate|endorse|engage|ensure|establish|explore|extend|fund|give|grant|implement|include|increase|install|instruct|introduce|investigate|keep|lobby|make|note|proceed|provide|publish|pursue|reconsider|reduce|refer|refuse|release|remove|replace|request|rescind|reserve|retain|review|revoke|seek|set|support|take|undertake|use|withdraw|work|write)\b/i;

/**
 * "strategic Community Infrastructure Levy of £4.75m to be allocated to the four projects", "funding of £120,000 to
 * be released to the food bank": a sum of something, with its own "to be <done>", is a thing recommended, as a plural
 * noun with one is, whatever word it opens with.
 */
const SUM_TO_BE_DONE =
  /^[a-z][\w-]*(?: [A-Za-z][\w'-]*){0,5} (?:of|totalling) £[\d,.]+(?:m|bn|k)?\b[^;]{0,120}? to be [a-z]+(?:ed|en)\b/;

/** The longest object a recommendation may have in the overview. */
const MAX_WORDS = 22;

/** "Ms A and Mr B to be appointed as …", "Councillor C to be appointed as …": people named, then their appointment. */
const APPOINTED =
  /^((?:(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Professor) [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}(?:, | and )?)+) to be appointed as\b/;

/**
 * "Recommended to the Portfolio Holder for Environment: (1) a controlled parking zone, operating …, to be introduced
 * in the 16 roads of the Rayners Lane area listed, subject to …; (2) …" -> recommended to "the Portfolio Holder" "a
 * controlled parking zone in the 16 roads of the Rayners Lane area"; "Recommended to Cabinet: (1) make permanent the
 * experimental traffic order for …" -> recommended "that Cabinet make permanent the experimental traffic order for …";
 * "Cabinet was recommended to set a target date, within the improvement plan, by which …, and to report …" ->
 * recommended "that Cabinet set a target date by which …". Only the first thing recommended is said. Null for a
 * decision in another shape, or whose first recommendation says nothing of its own (no name, figure or word of the
 * item's title).
 */
export function recommendationPhrase(decision: string, heading: string): Recommendation | null {
  const text = afterNotings(decision.replace(/\s+/g, " ").trim());
  const addressed =
    /^Recommended to ((?:the )?(?:Annual |Full )?Council|(?:the )?Cabinets? of (?:each|both|the two) (?:councils?|authorities|authority|boroughs?)|(?:each|both) (?:council|authority|borough)(?:['\u2019]s|s['\u2019]) Cabinets?|(?:the )?Cabinet|(?:the )?Portfolio Holder|(?:the )?(?:[A-Z][\w'\u2019-]* ){1,4}(?:Committee|Sub-Committee|Board|Panel))\b[^:;]{0,80}:\s*(.+)$/i.exec(
      text,
    );
  const passive = addressed
    ? null
    : /^(?:\(1\)\s*)?(Council|Cabinet|The Council|The Cabinet) (?:to be|be|was|were) recommended to ([a-z].+)$/.exec(
        text,
      );
  // "It was recommended to Cabinet that a bid of £2.6m be submitted …": a body's recommendation in its own name
  // (resolution/body-recommends.ts), said with whom it went to and what it asks, "that" and all
  // (docs/summaries.md#a-climate-advisory-panels-minutes).
  const itWas =
    addressed || passive
      ? null
      : /^It was recommended to ((?:the )?(?:Cabinet|Council|Executive|Leader(?: of the Council)?)|the Portfolio Holder(?: for [^;]*?)?|the [A-Z][\w'\u2019-]* (?:(?:[A-Z][\w'\u2019-]*|and|of|for) ){0,5}(?:Committee|Sub-Committee|Board|Panel)) that ((?:the|a|an) [^;]+?)(?:;.*)?\.?$/.exec(
          text,
        );
  if (itWas)
    return thatRecommended(bodyOf(itWas[1]!.replace(/^(the Portfolio Holder) for .*$/, "$1")), itWas[2]!, heading);
  if (!addressed && !passive) return ownRecommendation(text, heading);
  const body = addressed ? bodyOf(addressed[1]!) : passive![1]!.replace(/^The /, "");
  // The first thing recommended: up to the next numbered clause or semicolon.
  let first = firstClause(addressed ? addressed[2]! : passive![2]!);
  // "approve (1) X; (2) Y", "(1) approve X": approving is what recommending something to a decision-maker asks.
  first = first
    .replace(/^\(1\)\s*/, "")
    .replace(/^(?:approve|agree|adopt|endorse)\s+(?=\S)/i, "")
    .replace(/^\(1\)\s*/, "")
    // "the Capital Programme 2026/27 to 2028/29 to be approved": the same ask in the passive; the programme is what
    // was recommended.
    .replace(/^((?:the|a|an) [^,;]{2,120}?) to be (?:approved|agreed|adopted|endorsed)$/i, "$1")
    // "Ms A and Mr B to be appointed as Independent Persons …": the appointment is the thing recommended, a noun
    // that joins another thing recommended with "and", never a clause set off by semicolons.
    .replace(APPOINTED, "the appointment of $1 as");
  // "That Cabinet reconsider …" is outcome-phrase.ts's own shape.
  if (/^(?:note|that)\b/i.test(first) || /…|\.\.\./.test(first)) return null;
  // "grants totalling £538,900 to be awarded to …": a plural noun with its own "to be <done>" is a thing recommended.
  const isNoun =
    /^(?:(?:a|an|the|all|\d[\d,.]*|£[\d,.]+m?)\b|[A-Z])/.test(first) ||
    !/^[a-z]+\b/.test(first) ||
    /^[a-z][\w-]*s\b[^;]{0,120}? to be [a-z]+(?:ed|en)\b/.test(first) ||
    SUM_TO_BE_DONE.test(first);
  // "organisations currently receiving a grant … continue to receive funding": a clause whose subject has no article
  // is not a step for the body to take ("that Cabinet organisations …"); the overview leaves it to the title.
  if (!isNoun && !STEP.test(first)) return null;
  const forms = sumsAsSteps(first, cuts(first));
  if (forms.length === 0) return null;
  const phrase = (object: string): string => (isNoun ? stepAsClause(lowerArticle(object)) : `that ${body} ${object}`);
  // A lone noun left by the cuts ("grants") says nothing of what was recommended.
  const said = forms.map(phrase);
  // "that the Inter-Authority Agreement be extended" said shortest as the step: "extending the Inter-Authority
  // Agreement" (docs/summaries.md#a-joint-committees-minutes).
  const steps = said.flatMap((o) => stepAsGerund(o) ?? []).filter((o) => !said.includes(o));
  const objects = [...said, ...steps].filter(
    (o) => countWords(o) <= MAX_WORDS && countWords(o) >= 2 && says(o, heading),
  );
  if (objects.length === 0) return null;
  return {
    verb: isNoun ? `recommended to ${body}` : "recommended",
    object: objects[0]!,
    shorter: objects.slice(1),
  };
}

/**
 * "(3) the Committee recommended to NHS Northfield Integrated Care Board that it publish the results of the audit
 * before the service is moved": a scrutiny body's own recommendation to an outside body, said as "recommended to NHS
 * Northfield Integrated Care Board that it publish the results of the audit …" (so that two to one body are said with
 * it once), and shorter without when it is to be done ("before …", "once …") and then for whom ("for patients"). Only the first such clause is said; null where the decision has none, or its step is not one
 * a body is asked to take (docs/summaries.md#a-joint-health-scrutiny-committees-minutes).
 */
function ownRecommendation(text: string, heading: string): Recommendation | null {
  const m = OWN_RECOMMENDATION.exec(text);
  if (!m || !STEP.test(m[2]!)) return null;
  const step = m[2]!.replace(/\.$/, "").trim();
  const when = step.replace(WHEN_DONE, "");
  const forms = [step, when, when.replace(FOR_WHOM, ""), withoutBound(beforeDetails(when))];
  const objects = forms.map((f) => `that it ${f}`).filter((o, i, all) => all.indexOf(o) === i);
  return recommendedTo(m[1]!, objects, heading, `${m[1]!} `);
}

/** "the Committee recommended to NHS Northfield that it publish …": the body it is addressed to, and the step. */
const OWN_RECOMMENDATION =
  /(?:^|;\s*|\(\d{1,2}\)\s*)(?:The |the )(?:[A-Z][\w'\u2019-]* ){0,6}(?:Committee|Sub-Committee|Panel|Board|Forum|Group) recommended to ((?:the )?[A-Z][^;:,]{1,80}?) that (?:it|they) ([a-z][^;]+)/;

/** "… each savings scheme worth more than" (before its figure) -> "… each savings scheme": no bound left hanging. */
function withoutBound(clause: string): string {
  let kept = clause;
  for (let next = kept; ; kept = next) {
    next = kept.replace(
      /\s+(?:worth|costing|valued|at|more|less|fewer|than|least|up|to|over|under|of|for|above|below)$/i,
      "",
    );
    if (next === kept) return kept;
  }
}

/** " for patients and visitors": whom a step serves, after what it is. */
const FOR_WHOM = / for [a-z][^,;]*$/;

/** " before any decision on the proposal is taken", " once the review is complete": when, after what the step is. */
const WHEN_DONE = / (?:before|once|until|after|when) (?:any|the|a|an|it|they|its|their|each|every)\b[^,;]*$/;

/**
 * "It was recommended to Cabinet that an interim target be adopted …": recommended to Cabinet "that an interim target
 * be adopted …", at its natural breaks where it runs long. Null when no form fits or says what the item was about.
 */
function thatRecommended(body: string, clause: string, heading: string): Recommendation | null {
  const objects = cuts(clause.replace(/\.$/, "").trim()).map((o) => `that ${lowerArticle(o)}`);
  return recommendedTo(body, objects, heading);
}

/**
 * A recommendation to `body`, said in the first of `objects` (longest first) that fits the overview's words and, read
 * after `lead`, says what the item was about; the others that do are its shorter forms. Null when none does.
 */
function recommendedTo(body: string, objects: string[], heading: string, lead = ""): Recommendation | null {
  const fit = objects.filter((o) => countWords(o) <= MAX_WORDS && countWords(o) >= 4 && says(`${lead}${o}`, heading));
  if (fit.length === 0) return null;
  return { verb: `recommended to ${body}`, object: fit[0]!, shorter: fit.slice(1) };
}

/** The step a sum "to be <done>" asks for, said as what Cabinet is recommended to do: "allocated" -> "allocating". */
const SUM_STEP: Record<string, string> = {
  allocated: "allocating",
  awarded: "awarding",
  given: "giving",
  granted: "granting",
  invested: "investing",
  released: "releasing",
  spent: "spending",
  transferred: "transferring",
  used: "using",
};

/**
 * "strategic Community Infrastructure Levy of £4.75m to be allocated to the four projects" is said as the step it asks
 * for, sum first: "allocating £4.75m of strategic Community Infrastructure Levy to the four projects", and its shorter
 * form "strategic Community Infrastructure Levy of £4.75m" as "allocating £4.75m of strategic Community Infrastructure
 * Levy" ("recommended to Cabinet allocating …", never "recommended to Cabinet strategic … Levy of £4.75m"). Forms in any
 * other shape, or with a step not known here, are kept as they are.
 */
function sumsAsSteps(first: string, forms: string[]): string[] {
  const step = /^[a-z][^;]*? of £[\d,.]+(?:m|bn|k)?\b to be ([a-z]+)\b/.exec(first);
  const ing = step ? SUM_STEP[step[1]!] : undefined;
  if (!ing) return forms;
  return forms.map((form) => {
    const m = /^([a-z][^;]*?) of (£[\d,.]+(?:m|bn|k)?)(?: to be [a-z]+\b)?(.*)$/.exec(form);
    return m ? `${ing} ${m[2]} of ${m[1]}${m[3]}` : form;
  });
}

/**
 * "the Agreed Syllabus Conference to be convened": one thing and the step it is to undergo reads as a clause, "that
 * the Agreed Syllabus Conference be convened" (and what follows its comma), never a noun with "to be" hanging from it.
 * A thing without an article, or with more than a comma after its step ("grants totalling … to be awarded to …"),
 * stays the thing recommended. A step with how, what for or a second step after it ("the Estate Conservation Area to be
 * designated with the amended boundary", "the Scheme to be approved and brought into effect") is a clause too.
 */
function stepAsClause(object: string): string {
  const step =
    /^((?:the|a|an) [^,;]{2,100}?) to be ([a-z]+(?:ed|en)|made|brought|given|held|kept|set|sent|taken)((?:,| (?:and|with|for|as)\b| at (?=£?\d)).*)?$/.exec(
      object,
    );
  return step ? `that ${step[1]} be ${step[2]}${step[3] ?? ""}` : object;
}

/**
 * Shorter ways to say a "that Cabinet …" recommendation the decision's own words already give, cut at its natural
 * breaks: "that Cabinet extend the exemption …, from 1 April 2026" -> "that Cabinet extend the exemption …".
 */
export function shorterRecommendations(object: string, heading: string): string[] {
  return cuts(object)
    .filter((o) => o !== object && countWords(o) <= MAX_WORDS && says(o, heading))
    .filter((o) => countWords(o.replace(/^that /, "")) > 3);
}

/**
 * "Noted: (1) the data quality scores; (2) the action plan. Recommended to the Pension Fund Committee: …": a body that
 * notes its papers and recommends a step in one minute (a pension board, an advisory panel) did one thing of its own,
 * the recommendation; the notings before it give way to it. Any other decision is returned as it was.
 */
export function afterNotings(decision: string): string {
  const m = /^(?:Noted:\s[^]*?|[^]*?\b(?:was|were) noted(?:,[^.]*)?)\.\s+(Recommended to [^]+)$/.exec(decision);
  return m ? m[1]! : decision;
}

/**
 * "the Portfolio Holder for Environment and Community Safety" -> "the Portfolio Holder"; "the Cabinet" -> "Cabinet";
 * "Pension Fund Committee" -> "the Pension Fund Committee".
 */
function bodyOf(raw: string): string {
  if (/portfolio holder$/i.test(raw)) return "the Portfolio Holder";
  // "the Cabinet of each council", "the Cabinets of both councils": a joint committee's partners each decide
  // (docs/summaries.md#a-joint-committees-minutes).
  const each = eachCouncilsCabinet(raw);
  if (each) return each;
  if (/(?:Committee|Board|Panel)$/.test(raw)) return raw.replace(/^(?:the )?/i, "the ");
  return raw.replace(/^the /i, "").replace(/^(?:Annual |Full )/i, "");
}

/**
 * The first thing recommended that asks for more than a noting: "(1) the Mid-Year Review to be noted; (2) the
 * authorised limit to be increased from £560m to £600m" recommends the increase.
 */
function firstClause(text: string): string {
  const clauses = text.split(/;\s*(?:and\s+)?(?=\(\d{1,2}\)|\S)/).map((c) => c.replace(/\.$/, "").trim());
  const chosen = clauses.find((c) => !NOTING.test(c));
  return chosen && chosen !== clauses[0] ? chosen.replace(/^\(\d{1,2}\)\s*/, "") : clauses[0]!;
}

/** "the Mid-Year Review 2025/26 to be noted", "(1) note the report": a recommendation only to note. */
// "the grants budget of £540,000 to be noted, subject to Council approving the budget": a noting still, with its proviso.
const NOTING = /^(?:\(\d{1,2}\)\s*)?(?:note\b|.{0,120}\b(?:to )?be noted(?:,[^;]*)?$)/i;

/** " against the 2018/19 baseline", " compared with a 2005 baseline": what a target is measured against. */
const BASELINE = / (?:against|compared with) (?:the|a|its|their) (?:\d{4}(?:\/\d{2,4})? )?(?:baseline|base year)\b/;

/**
 * The clause said in full, then at each natural break, longest first (where each is shorter than the last): short asides between commas (", operating
 * Monday to Friday from 10.00 am to 11.00 am,", ", within the improvement plan,") left out; its conditions, costs,
 * dates and any further step (", subject to …", ", at a cost of …", ", from 1 April 2026", ", and to report …") cut;
 * "to be introduced in the 16 roads … listed" said as "in the 16 roads …"; then only what comes before its first
 * comma.
 */
function cuts(said: string): string[] {
  const clause = said.replace(OPTION_LABEL, "");
  const out: string[] = [];
  const add = (s: string) => {
    const t = s.replace(/[,\s]+$/, "").trim();
    if (t && !out.includes(t)) out.push(t);
  };
  let full = clause
    .replace(
      /,? (?:subject to|at (?:a|an|the) (?:total |estimated |overall )?cost of|with effect from|(?:to )?take effect\b|(?:for (?:one|a|an|two|three|four|five|\d+) (?:years?|months?) )?from (?:\d{1,2} )?[A-Z][a-z]+ \d{4}|by \d{1,2} \w+ \d{4})\b.*$/,
      "",
    )
    .replace(AT_A_MEETING, "")
    .replace(IN_AN_APPENDIX, "")
    .replace(/, and (?:to )?[a-z]+\b.*$/, "");
  // Asides of up to ten words between commas, where what follows still reads on.
  for (;;) {
    const next = full.replace(
      /, ([^,]{1,80}?),(?= (?:to be|by which|that|which|for|in|at|on)\b)/,
      (m, aside: string) => (countWords(aside) <= 10 ? "" : m),
    );
    if (next === full) break;
    full = next;
  }
  full = full.replace(/ (?:listed|set out|shown)(?: (?:above|below|in the report))?$/, "");
  add(full);
  // "a zone to be introduced in the 16 roads of …": where it would be.
  add(
    full.replace(
      / to be (?:introduced|provided|installed|created|built|set up|put in place) (in|at|on|along)\b/,
      " $1",
    ),
  );
  // "a review of the security of the Fund and of its software supplier and payroll provider to be commissioned": what
  // it is of first; the further things it also covers ("and of …") are its detail.
  add(full.replace(/ and of (?:its|the|their|his|her) [^,]+?(?= to be [a-z]+(?:ed|en)\b)/, ""));
  // "strategic Community Infrastructure Levy of £4.75m to be allocated to …": the sum, before what it is for.
  add(full.replace(/^(.+? of £[\d,.]+(?:m|bn|k)?) to be [a-z]+(?:ed|en)\b.*$/, "$1"));
  // "the draft Design Code to be approved for public consultation": approving is what recommending a thing asks, so
  // the thing and what for; "the Scheme to be approved and brought into effect from …": the thing.
  add(full.replace(/^((?:the|a|an) .+?) to be (?:approved|agreed|adopted|endorsed) (for [^,;]+)$/, "$1 $2"));
  add(full.replace(/^((?:the|a|an) .+?) to be (?:approved|agreed|adopted|endorsed) and [a-z]+\b.*$/, "$1"));
  // "the Estate Conservation Area to be designated with the amended boundary": the step, before how it is taken.
  add(
    full.replace(
      /^((?:the|a|an) .+? to be (?:[a-z]+(?:ed|en)|made|set|held|kept)) (?:with|for|across|within|under)\b.*$/,
      "$1",
    ),
  );
  // "the Inter-Authority Agreement for the Harrow and Brent Legal Partnership to be extended …": the thing, without
  // the named body it serves, which the meeting's own name says (docs/summaries.md#a-joint-committees-minutes).
  // Only where there is such a body: the clause as it stands is said by the forms below.
  for (const form of [opening0(clause), full])
    if (withoutNamedBeneficiary(form) !== form) add(withoutNamedBeneficiary(form));
  // Before a trailing place or span: "… the Kenton Road cycle lane between Kenton station and Woodcock Hill".
  add(full.replace(/ between [^,]+ and [^,]+$/, ""));
  // Without how far it goes: "the expansion of Elmgrove Vale Primary School from two to three forms of entry".
  add(full.replace(FROM_TO, ""));
  // How it would be done: "the recommissioning of home care through 4 lead provider contracts".
  const how = / (?:through|via|by means of|using|under) [^,]+$/;
  add(full.replace(how, ""));
  // Its first comma, never one inside a figure ("£540,000").
  const opening = clause
    .split(/,(?!\d{3}\b)/)[0]!
    .replace(AT_A_MEETING, "")
    .replace(IN_AN_APPENDIX, "");
  add(opening);
  add(opening.replace(how, ""));
  // "a 50% reduction in emissions against the 2018/19 baseline by 2027/28": the target, its baseline left to the
  // Decision line (docs/summaries.md#a-climate-advisory-panels-minutes).
  for (const form of [full, opening]) add(form.replace(BASELINE, ""));
  add(beforeDetails(opening));
  return out.sort((a, b) => countWords(b) - countWords(a));
}

/** " from two to three forms of entry", " from £560m to £600m": how far a change goes, the detail after what it is. */
const FROM_TO = / from (?:£?[\d.,]+m?|[a-z]+) to (?:£?[\d.,]+m?|[a-z]+)\b[^,;]*$/;

/**
 * "the term dates for 2027/28 set out as Option A": which of the report's options was chosen, a label the decision
 * keeps; the overview says what was recommended.
 */
// "the formula to be set as Option B" is another thing: the option is what the step sets, and stays
// (docs/summaries.md#a-schools-forums-minutes).
const OPTION_LABEL =
  /(?<! to be (?:set|fixed|based|run|calculated|chosen|adopted|made))(?<! be (?:set|fixed|based|run|calculated|chosen|adopted|made)) (?:(?:set out|shown|described) )?as (?:Option|Pattern|Model|Scenario) [A-Z\d]{1,2}\b/;

/** "the 23 organisations listed in Appendix 1 to these minutes": where the list is printed, not what is recommended. */
const IN_AN_APPENDIX =
  / (?:listed|set out|shown|named) (?:in|at) (?:Appendix|Annex|Schedule) \w+(?: (?:to|of) (?:these|the) (?:minutes|report))?/i;

/** "adopt the Policy at the meeting of Council on 19 March 2026": when the body will take the step, not what it is. */
const AT_A_MEETING =
  /,? at (?:the|its|a) (?:next )?meeting(?: of (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})? (?:on|in) [^,;]+$/;

/**
 * What is recommended, before its details: a recommendation names its verb and object first, then the figures that
 * bound it (an age band, a count, a sum; not a year, which names which plan it is) and whom else it reaches. "extend the council tax exemption for care leavers
 * aged 18 to 25 to those living outside the borough" -> "extend the council tax exemption for care leavers". The words
 * that led into the details ("aged", "for the") go with them.
 */
export function beforeDetails(clause: string): string {
  // A year names which plan or programme it is ("for 2027/28"), no detail.
  // So does a number after a capitalised word ("an Article 4 direction", "the Regulation 19 draft"): part of a name.
  const figure = /\s(?:£\s?)?\d/.exec(
    clause
      .replace(/\b(?:19|20)\d\d(?:\/\d\d(?:\d\d)?)?\b/g, (y) => "y".repeat(y.length))
      .replace(
        /\b([A-Z][a-z]+ )(\d{1,3}[A-Z]?)\b(?![,.]\d)/g,
        (_m, word: string, n: string) => word + "n".repeat(n.length),
      ),
  );
  if (!figure) return clause;
  let kept = clause.slice(0, figure.index);
  while (LEADS_INTO.test(kept)) kept = kept.replace(LEADS_INTO, "");
  return kept;
}

const LEADS_INTO =
  /\s+(?:aged|of|for|to|in|at|on|with|from|by|between|within|over|under|about|around|some|up|the|a|an|its|their|and|or|all|each|every|totalling|totaling|worth|costing)$/i;

/** The phrase must say what the item was about: a name or figure of its own, or a word of the item's title. */
function says(object: string, heading: string): boolean {
  const title = new Set(contentWords(heading));
  const body = object.replace(/^that (?:Council|Cabinet|the Portfolio Holder) /, "");
  return /\b[A-Z][a-z]+\b.*\b[A-Z][a-z]+\b|\d/.test(body) || contentWords(body).some((w) => title.has(w));
}

/** "that the Portfolio Holder approve the 19 small grants totalling £29,750": a body asked to approve a thing named. */
const APPROVE_THING =
  /^that ((?:the )?Portfolio Holder|Cabinet|Council) (?:approve|agree|adopt|endorse) ((?:the|a|an|all|\d[\d,]*|£[\d,.]+m?) [^;]+)$/;

/**
 * "recommended that the Portfolio Holder approve the 19 small grants totalling £29,750" is "recommended to the
 * Portfolio Holder the 19 small grants totalling £29,750", as a recommendation said in its own words from the decision
 * is (approving is what recommending a thing asks), so it joins the other things recommended to the same body. Any
 * other phrase, or a thing with a step of its own ("… to be made permanent"), is as it was.
 */
export function asThingRecommended(phrase: OutcomePhrase): OutcomePhrase {
  const m = phrase.verb === "recommended" ? APPROVE_THING.exec(phrase.object) : null;
  // "approve the experimental school streets … to be made permanent": a thing with a step of its own stays a clause.
  return m && !/\bto be [a-z]+\b/.test(m[2]!) ? { verb: `recommended to ${m[1]}`, object: m[2]! } : phrase;
}

/** The clause before its first comma (never one inside a figure), where the other forms start. */
const opening0 = (clause: string): string => clause.split(/,(?!\d{3}\b)/)[0]!;

/**
 * "the Inter-Authority Agreement for the Harrow and Brent Legal Partnership to be extended …" -> "the Inter-Authority
 * Agreement to be extended …": a named thing's "for the <Name>" is who it serves, which the overview's opening (the
 * meeting's own name) already says. Any other clause is returned as it was.
 */
export function withoutNamedBeneficiary(clause: string): string {
  return clause.replace(
    /^((?:the|a|an) (?:[A-Z][\w'\u2019-]*|of|and)(?: (?:[A-Z][\w'\u2019-]*|of|and))*) for the [A-Z][\w'\u2019-]*(?: (?:and|of|[A-Z][\w'\u2019-]*))*(?= to be [a-z]+(?:ed|en)\b)/,
    "$1",
  );
}

/**
 * "the Cabinet of each council", "the Cabinets of both councils", "each council's Cabinet": the body every partner of
 * a joint committee is asked to decide through, said "each council's Cabinet" (or "both councils' Cabinets"). Null
 * for any other body.
 */
export function eachCouncilsCabinet(raw: string): string | null {
  const m =
    /^(?:the )?Cabinet(s?) of (each|both|the two) (council|authorit|borough)[a-z]*$/i.exec(raw.trim()) ??
    /^()(each|both) (council|authorit|borough)[a-z]*['\u2019]s? Cabinets?$/i.exec(raw.trim());
  if (!m) return null;
  const noun = m[3]!.toLowerCase() === "authorit" ? "authorit" : m[3]!.toLowerCase();
  if (m[2]!.toLowerCase() === "each") return `each ${noun === "authorit" ? "authority" : noun}'s Cabinet`;
  return `both ${noun === "authorit" ? "authorities" : `${noun}s`}' Cabinets`;
}

/**
 * "that the Inter-Authority Agreement be extended" -> "extending the Inter-Authority Agreement": a thing and the one
 * step it is to undergo, with nothing after it, said as the step. Null for any other clause, and for a participle whose
 * step is not plain ("be made", "be given").
 */
export function stepAsGerund(object: string): string | null {
  const m = /^that ((?:the|a|an) [^,;]+?) be ([a-z]+ed)$/.exec(object);
  if (!m) return null;
  const done = m[2]!;
  const stem = /eed$/.test(done) ? done.slice(0, -1) : /ied$/.test(done) ? `${done.slice(0, -3)}y` : done.slice(0, -2);
  return `${stem}ing ${m[1]}`;
}
