// A decision's own words as a verb and its object for the overview ("The Fly-tipping Strategy was approved" ->
// approved "the Fly-tipping Strategy"), or null where its words say less than the item's title.
import { recommendationsPhrase } from "../recommendations-in-turn";
import { contentWords } from "../../text/normalise";
import { countWords } from "../../text/sentences";
import { decisionVerb } from "../resolved";
import { PERSON } from "../person";
import { deciderStep } from "../resolution/decider";
import { advicePhrase } from "../resolution/advice";
import { recommendedToDo, reportAskedFor } from "./later-reports";
import { serviceTermsShorter, sharedBudget, withSharedBudget } from "./shared-service";
import { lowerArticle } from "./titles";

/** The outcome a decision states, as a past-tense verb: what a resident wants first. */
export function outcomeVerb(decision: string): string {
  // "Recommendations agreed: (1) …; withdrawn: (4) …": draft recommendations agreed, one withdrawn among them
  // (recommendations-in-turn.ts).
  if (/^Recommendations (?:agreed|approved|endorsed)\b/.test(decision)) return "agreed";
  const lead = /^(Granted|Refused|Deferred|Withdrawn)\b/.exec(decision)?.[1];
  if (lead) return lead === "Withdrawn" ? "noted the withdrawal of" : lead.toLowerCase();
  // "Recommended to the Portfolio Holder: (1) … be released; (2) … be withdrawn": a recommendation, whatever it says.
  if (/^(?:Recommended to\b|RESOLVED to RECOMMEND\b)/i.test(decision)) return "recommended";
  // "The application was granted …, subject to: … a record kept of every refused sale": what was done to the application
  // is said with its own verb ("was granted", "be refused", "decided to grant"); a refusal or grant named in one of its
  // conditions is no outcome.
  const said = /\b(?:be|was|were|been) (granted|refused)\b|\bdecided to (grant|refuse)\b/i.exec(decision);
  if (said) return /^refuse/i.test(said[1] ?? said[2]!) ? "refused" : "granted";
  if (/\bDECISION:?\s*REFUSED|\brefused\b|\bbe refused\b|\bdecided to refuse\b/i.test(decision)) return "refused";
  if (/\bDECISION:?\s*GRANTED|\bgranted\b|\bbe granted\b|\bdecided to grant\b/i.test(decision)) return "granted";
  if (/\bdefer/i.test(decision)) return "deferred";
  if (/\bwithdrawn\b/i.test(decision)) return "noted the withdrawal of";
  // "It was recommended to Council that Ms A be designated as …" designates no one: Council will decide.
  if (/\bdesignated\b/.test(decision.replace(/\brecommended to [^;:]*? that [^;]*/g, ""))) return "designated";
  // Authority given in the first clause; "delegated authority" in a later one only says how an agreed step is done.
  if (/^[^;]*\b(?:delegated authority|(?:was|were) authorised)\b/.test(decision) && !/\bapprov/i.test(decision))
    return "authorised";
  const verb = decisionVerb(decision);
  return verb === "recommended" ? "recommended" : verb === "decided" ? "decided on" : verb;
}

/**
 * "The Committee requested a written briefing on the number of patients cared for in corridors …": a scrutiny body's
 * own request, what it asked for and on what (docs/summaries.md#a-joint-health-scrutiny-committees-minutes).
 */
function ownBriefing(text: string): RegExpExecArray | null {
  const m = OWN_BRIEFING.exec(text);
  // "on the number of patients cared for in corridors": on the patients, as the body's own words say what it wants to
  // know ("a written briefing on patients cared for in corridors").
  if (m) m[3] = m[3]!.replace(/^the (?:number|numbers|proportion|percentage) of (?=\S)/, "");
  return m;
}

/** What a body is to be given: "a written briefing" (1), "on" (2), and on what (3), to the next comma. */
const BRIEFING_ON = String.raw`(an? (?:written |further |short )?(?:briefing|report|note|breakdown|update)) (on|of) ([^,;]+)`;

/** "The Director … will provide the Sub-Committee with a written briefing on waiting times": what officers will give. */
const OFFICERS_BRIEFING = new RegExp(
  String.raw`^(?:(?:The|An?) [^,;:]+?|Officers) (?:will|to) (?:provide|circulate|send|give)(?: (?:the |all )?(?:[A-Z][\w' -]*? )?(?:Committee|Sub-Committee|Panel|Board|Forum)| (?:all )?[Mm]embers(?: of the (?:[A-Z][\w' -]*? )?(?:Committee|Sub-Committee|Panel|Board|Council))?)?(?: with)? ${BRIEFING_ON}`,
);

const OWN_BRIEFING = new RegExp(
  String.raw`^(?:The|This) (?:[A-Z][\w'\u2019-]* ){0,6}(?:Committee|Sub-Committee|Panel|Board|Forum|Group) (?:requested|asked for) ${BRIEFING_ON}`,
);

/** What a decision did, as a verb and its object: "approved" + "the Climate and Nature Strategy 2023-2030". */
export interface OutcomePhrase {
  verb: string;
  object: string;
}

const PAST: Record<string, string> = {
  approve: "approved",
  agree: "agreed",
  adopt: "adopted",
  endorse: "endorsed",
  note: "noted",
};

/**
 * The outcome a decision's first clause states, turned round to follow the meeting: "The Fly-tipping and Littering
 * Strategy was approved" -> approved "the Fly-tipping and Littering Strategy"; "(1) A procurement for a mental health
 * community service was started" -> started "a procurement for a mental health community service"; "The four school
 * street schemes, at …, will become permanent" -> agreed "that the four school street schemes, at …, will become
 * permanent"; "Recommended to Council: approve (1) the 2021/22 budget so that …" -> recommended "that Council approve
 * the 2021/22 budget"; "Endorse (1) the post-inspection action plan …" -> endorsed "the post-inspection action plan …".
 * Null when the clause says too little on its own ("The pilot was approved", "The report was noted": the agenda title
 * says more), runs long, was cut off by the page, or has another shape: the overview then names the item's title.
 */
/** "for the Municipal Year 2023/24", "for the 2023/24 Municipal Year": "for 2023/24". */
function shortYear(text: string): string {
  return text
    .replace(/\bfor the municipal year (\d{4}\s*[/-]\s*\d{2,4})\b/i, "for $1")
    .replace(/\bfor the (\d{4}\s*[/-]\s*\d{2,4}) municipal year\b/i, "for $1");
}

/** "the title of Honorary Alderman of the London Borough of Harrow": the council's own name goes without saying. */
const ownCouncil = (text: string): string => text.replace(/ of the London Borough of [A-Z][a-z]+\b/g, "");

/**
 * "the committees, sub-committees and panels" appointed: "the committees", the first of a series of bodies, so the
 * overview's list of what was appointed keeps its commas for its own items (the Decision line names them all).
 */
const firstOfSeries = (text: string): string =>
  /^(the [a-z-]+s)(?:, [a-z-]+s)*,? and [a-z-]+s$/.exec(text)?.[1] ?? text;

/** "The following nominees were appointed as Advisers to the Panel for the 2023/24 Municipal Year: A (…); B (…)". */
const NOMINEES =
  /^The following (?:nominees|persons|people|members|representatives) (?:were|was) (appointed|elected) (?:as )?([^:;]+?):\s*(.+?)\.?$/;

export function outcomePhrase(decision: string, heading: string): OutcomePhrase | null {
  // Draft recommendations considered in turn: how many were agreed, and the first (recommendations-in-turn.ts).
  const recommendations = recommendationsPhrase(decision);
  if (recommendations) return recommendations;
  // A list of people appointed: how many, to what ("appointed 4 Advisers to the Panel for 2023/24").
  const nominees = NOMINEES.exec(decision.trim());
  if (nominees) {
    const count = nominees[3]!.split(/;\s*/).filter(Boolean).length;
    const role = shortYear(nominees[2]!);
    if (count > 1 && countWords(role) <= OUTCOME_MAX_WORDS) return { verb: nominees[1]!, object: `${count} ${role}` };
  }
  // "That Mr A, Chief Executiv": a decision the page broke off mid-word ends without a stop; its last clause says
  // nothing whole.
  const all = decision.trim().split(/;\s+/);
  if (!/[.!?)\]…"'\u2019]$/.test(decision.trim())) all.pop();
  if (all.length === 0) return null;
  const clauses = all.slice(0, 4);
  const first = clausePhrase(clauses[0]!, heading);
  // "The contents of Appendix 1 were noted; officers were authorised to …": a noting says too little to be a phrase
  // of its own, but it is still the preamble.
  // "The Business Plan 2026/27 was approved; the net budget … of £6.84m was approved, with contributions of … from
  // the London Borough of A and … from the London Borough of B": the plan and the budget its partners share, each by
  // its share (docs/summaries.md#a-joint-committees-minutes).
  const shared = first?.verb === "approved" && clauses[1] ? sharedBudget(clauses[1]) : null;
  const both = shared ? withSharedBudget(first!.object, shared) : null;
  if (both) return { verb: "approved", object: both };
  const noting = first ? first.verb === "noted" : /\b(?:was|were) noted\.?$|^Note\b/.test(clauses[0]!.trim());
  if (!noting || clauses.length === 1) return first;
  // "(1) The contents of the report were noted; (2) Council to be recommended to approve …": the noting is the
  // preamble, what follows is the outcome. A decision that only notes says so.
  for (const clause of clauses.slice(1)) {
    const next = clausePhrase(clause, heading, false);
    // "(1) the draft budget be noted; (2) the comments of the Committee be referred to Cabinet": its comments on
    // what it noted.
    // "the draft revenue budget 2026/27 and Medium Term Financial Strategy": its first part names it.
    if (next?.verb === "referred" && next.object.startsWith(`${OWN_COMMENTS} to `) && first)
      return { ...next, object: next.object.replace(OWN_COMMENTS, `${OWN_COMMENTS} on ${firstPart(first.object)}`) };
    if (next && next.verb !== "noted") return next;
  }
  return outcomeVerb(decision) === "noted" ? first : null;
}

function clausePhrase(clause: string, heading: string, opening = true): OutcomePhrase | null {
  const text = clause
    .replace(/^(?:and\s+)?\(\d{1,2}\)\s*/i, "")
    .replace(/\.$/, "")
    .trim();
  if (/…|\.\.\.$/.test(text)) return null;
  let phrase: OutcomePhrase | null = null;
  // "To note the Leader's appointments to the Cabinet for the Municipal Year 2026/27: Housing: Cllr A; …": what was
  // noted, its list left to the Decision line (docs/summaries.md#an-annual-councils-minutes).
  const notedList = /^To note (the [^:;]{5,120}?):\s*\S/.exec(text);
  if (opening && notedList) {
    const object = shortYear(notedList[1]!);
    return countWords(object) <= OUTCOME_MAX_WORDS ? { verb: "noted", object } : null;
  }
  const recommended =
    /^(?:Recommended to (?:the )?((?:Annual |Full )?Council|Cabinet|Portfolio Holder)[^:]*:|(Council|Cabinet) (?:to be|be|was|were) recommended to)\s*(?:(subject to [^,;]+),\s*)?(approve|agree|adopt|endorse|note)\s+(?:\(1\)\s*)?(.+)$/i.exec(
      text,
    );
  // "Recommended to Cabinet: That Cabinet reconsider the end of free parking at …": what was recommended, as said.
  const recommendedThat = recommended ? null : /^Recommended to [^:]{1,60}:\s*That\s+(.+)$/i.exec(text);
  const imperative = /^(Approve|Agree|Adopt|Endorse|Note)\s+(?:\(1\)\s*)?(.+)$/.exec(text);
  // "Approved: (1) the 2019/20 budget so that …; (2) …": numbered clauses that share their verb, said once. Only as
  // the decision's opening: a run of approvals after notings ("…; Approved: (3) the re-profiling of …") is one step
  // among several, and the title says more.
  const shared = opening ? /^(Approved|Agreed|Adopted|Endorsed|Noted):\s+(?:\(1\)\s*)?(.+)$/.exec(text) : null;
  const passive =
    /^(.+?) (?:was|were) (approved|agreed|adopted|endorsed|noted|started|launched|designated|accepted|awarded|referred|appointed|amended|conferred)\b(.*)$/.exec(
      text,
    );
  // "The Director of Adult Social Care will provide the Sub-Committee with a written briefing on waiting times …, by
  // ward, before 3 February 2026": what the committee asked for, on what.
  const briefing = OFFICERS_BRIEFING.exec(text) ?? ownBriefing(text);
  const future = /^((?:The|A|An) [^,;:]+?|Officers)((?:,.+?,)?) will (?!be asked\b)(.+)$/.exec(text);
  // "The Corporate Director of Place, in consultation with the Director of Finance, was given delegated authority to
  // award contracts …", "officers were authorised to abandon …": who may now do what.
  const authority =
    /^(.+?)(?:,? in consultation with [^,]+,)? (?:was|were) (?:given (?:the )?(?:delegated )?authority|authorised) to (.+)$/.exec(
      text,
    );
  // "Councillor Ann Lee was elected Mayor of the London Borough of Harrow for the Municipal Year 2017/18": who became
  // what, for when.
  const elected =
    /^(Councill?or|Cllr|Mr|Mrs|Ms|Miss|Dr) ((?:Mrs |Mr |Ms |Dr )?[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,3}) (?:was|be) (elected|appointed) (?:as )?(?:the )?((?:Deputy |Vice[- ])?(?:Mayor|Chair(?:man|woman|person)?|Leader)\b[^;]*)$/.exec(
      text,
    );
  const post = postPhrase(text);
  // "The request that the whole hearing be held in private was refused, the Sub-Committee considering …": what was
  // asked, and the answer (docs/summaries.md#overviews-read-as-a-resident-stop-38).
  const asked = requestDecided(text);
  if (asked) return countWords(asked.object) <= OUTCOME_MAX_WORDS ? asked : null;
  const consulted = draftConsulted(text);
  const later = briefing || consulted ? null : (reportAskedFor(text) ?? recommendedToDo(text));
  const licence = licensingPhrase(text);
  const passedOn = licence ? null : referredTo(text);
  // "The Portfolio Holder approved the fees for 2026/27, …": one member's decision, its first step (decider.ts).
  const member = opening ? deciderStep(text) : null;
  // "The Forum advised the Portfolio Holder … that …": an advisory body's advice, whom it advised and what.
  const advice = advicePhrase(text);
  if (advice) {
    phrase = advice;
  } else if (member) {
    const object = nounPhrase(member.object);
    if (object) phrase = { verb: member.verb, object };
  } else if (post && !elected) {
    phrase = post;
  } else if (consulted) {
    phrase = consulted;
  } else if (licence) {
    phrase = licence;
  } else if (passedOn) {
    phrase = passedOn;
  } else if (later) {
    phrase = later;
  } else if (briefing) {
    // Its subject, not for which weeks, by when or how: "the number of patients waiting to be discharged".
    const topic = briefing[3]!
      .replace(/\s+(?:each|every|between|by|before|after|from|during|over|broken down)\b.*$/, "")
      // "… cared for in corridors at each hospital site": the word that led into the detail goes with it.
      .replace(/\s+(?:at|in|on|for|of|to|with)$/, "")
      .trim();
    phrase = { verb: "asked for", object: `${briefing[1]} ${briefing[2]} ${topic}` };
  } else if (elected) {
    const role = shortYear(elected[4]!.replace(/ of the London Borough of [A-Z][a-z]+| of (?:the )?Council\b/g, ""));
    const title = /^(?:Councill?or|Cllr)$/.test(elected[1]!) ? "Cllr" : elected[1]!;
    phrase = { verb: elected[3]!, object: `${title} ${elected[2]} ${role}` };
  } else if (authority && !RELATIVE.test(authority[1]!) && !/\bwill\b/.test(authority[1]!)) {
    // ("Officers will seek repayment …, and the Director was authorised to …": the first step is the officers'.)
    phrase = { verb: "authorised", object: `${lowerArticle(authority[1]!)} to ${authority[2]!}` };
  } else if (recommended) {
    // "…, subject to: (i) a formal review …; (ii) …": the conditions are the decision's; the overview says there are some.
    const object = nounPhrase(recommended[5]!.replace(/,?\s+subject to:?\s*\((?:i|1|a)\)\s.*$/i, ", with conditions"));
    const body = /^portfolio holder$/i.test(recommended[1] ?? "")
      ? "the Portfolio Holder"
      : (recommended[1] ?? recommended[2]!);
    // "subject to consultation, approve the Code …": the condition goes with what was recommended.
    const condition = recommended[3] ? `, ${recommended[3]}` : "";
    if (object)
      phrase = {
        verb: "recommended",
        object: `that ${body} ${recommended[4]!.toLowerCase()} ${object}${condition}`,
      };
  } else if (recommendedThat) {
    phrase = { verb: "recommended", object: `that ${lowerArticle(recommendedThat[1]!)}` };
  } else if (imperative) {
    const object = nounPhrase(imperative[2]!);
    if (object) phrase = { verb: PAST[imperative[1]!.toLowerCase()]!, object };
  } else if (shared) {
    const object = nounPhrase(shared[2]!);
    if (object) phrase = { verb: shared[1]!.toLowerCase(), object };
  } else if (passive && !RELATIVE.test(passive[1]!)) {
    const rest = passive[3]!;
    // "The areas were designated as Local Areas of Special Character (LASC): in West Harrow, …" says what they became;
    // "agreed, subject to the amendment to recommendation 7" keeps its condition.
    // "The partnership's priorities for 2026/27 were agreed as A, B and C, with D as a theme": the list agreed
    // (resolution/set-as.ts), to the end of its last item (docs/summaries.md#a-community-safety-partnerships-minutes).
    const as =
      passive[2] === "designated"
        ? (/^ as ([^:;,]+)/.exec(rest)?.[1] ?? null)
        : passive[2] === "agreed" && /\b(?:priorities|aims|objectives|themes|outcomes|focus areas)\b/.test(passive[1]!)
          ? agreedList(rest)
          : null;
    // "The contract … was awarded to Kingsway Highways Ltd for eight years …": to whom.
    // Whom, not for how long or from when: those are the Decision line's.
    // "The proposal … was referred to the Joint Secretaries for discussion …": to whom, not what for.
    const to =
      passive[2] === "awarded" || passive[2] === "referred"
        ? (/^ (to [^:;,]+?)(?= for\b| from\b| at\b| with\b|[:;,]|$)/.exec(rest)?.[1] ?? null)
        : null;
    const condition = /^, (subject to [^;]+)$/.exec(rest)?.[1];
    // "The title of Honorary Alderman … was conferred on Mr A and Mrs B": on whom
    // (docs/summaries.md#an-annual-councils-minutes).
    const on =
      passive[2] === "conferred" ? /^ (on [^:;,]+?)(?=,? and (?:a|the) [a-z]|[:;,]|$)/.exec(rest)?.[1] : undefined;
    if (passive[2] === "conferred" && !on) return null;
    // "The post-inspection action plan was endorsed for submission to Ofsted by 26 June 2026": what for, when short.
    const purpose = /^ (for [^;,]+)$/.exec(rest)?.[1];
    const object = as ? (nounPhrase(passive[1]!) ?? as) : nounPhrase(passive[1]!);
    // Referred, it says to whom, or it says nothing ("referred back" is a call-in's, callInPhrase).
    if (object && (passive[2] !== "referred" || to))
      phrase = {
        verb: passive[2]!,
        object: `${passive[2] === "appointed" ? firstOfSeries(object) : ownCouncil(object)}${on ? ` ${on}` : ""}${as && object !== as ? ` as ${as}` : ""}${to ? ` ${to}` : ""}${purpose && countWords(purpose) <= 10 ? ` ${purpose}` : ""}${condition ? `, ${condition}` : ""}`,
      };
  } else if (future && !/^(?:The|A|An) (?:Council|Cabinet|Committee|Panel|Board|Sub-Committee)\b/.test(future[1]!)) {
    // "Officers will seek repayment of £6,200, and the Director was authorised to take legal action …": the first step.
    const step = future[3]!.replace(/,\s+and\s+(?:the|a|an)\s+[A-Z].*$/, "");
    const said = `that ${lowerArticle(future[1]!)}${future[2]} will `;
    // A service to be provided, said too long with its terms, keeps whom for and its fee
    // (docs/summaries.md#a-joint-committees-minutes).
    const whole = `${said}${step}`;
    phrase = {
      verb: "agreed",
      object: countWords(whole) > OUTCOME_MAX_WORDS ? `${said}${serviceTermsShorter(step)}` : whole,
    };
  }
  if (!phrase || countWords(phrase.object) > OUTCOME_MAX_WORDS) return null;
  // A briefing or report asked for says what it is on, whatever the item's title; so do comments passed on (said
  // with what the meeting noted, outcomePhrase).
  if (briefing || later || passedOn) return phrase;
  // The phrase must say what the item was about: a name or figure of its own, or a word of the item's title.
  const title = new Set(contentWords(heading));
  const says =
    /\b[A-Z][a-z]+\b.*\b[A-Z][a-z]+\b|\d/.test(phrase.object.replace(/^that /, "")) ||
    contentWords(phrase.object).some((w) => title.has(w));
  return says ? phrase : null;
}

/** "The request that …", "A proposal to …", "The request by Mr A for …" and the answer the body gave it. */
const REQUEST_DECIDED =
  /^((?:The|A|An) (?:request|proposal|suggestion)\b[^;]*?) (?:was|were) (refused|granted|rejected|declined|agreed|accepted)(?=,|\.?$)/;

/**
 * "The request that the whole hearing be held in private was refused, the Sub-Committee considering that …" -> refused
 * "the request that the whole hearing be held in private": a request or proposal put to the body, said with the answer
 * it was given, without the reasons. The request says what the item was about in its own words, whatever the item's
 * title ("Preliminary Matters"), which is never the thing refused. Null for any other clause.
 */
export function requestDecided(text: string): OutcomePhrase | null {
  const m = REQUEST_DECIDED.exec(text.trim());
  if (!m || RELATIVE.test(m[1]!)) return null;
  // "The request was refused": which request, the clause does not say.
  if (!/^(?:The|A|An) (?:request|proposal|suggestion) (?:that|for|to|by|from)\b/.test(m[1]!)) return null;
  return { verb: m[2]!, object: lowerArticle(m[1]!) };
}

/** " as A, B and C, with D as a theme" -> "A, B and C": the list agreed, without what the clause adds after it. */
function agreedList(rest: string): string | null {
  const list = /^ as ([^:;]+)/
    .exec(rest)?.[1]
    ?.replace(/,\s+(?:with|subject to|including|to be|from|for|and that)\b.*$/, "");
  return list && / (?:and|or) /.test(list) ? list : null;
}

/**
 * "agreed the partnership's priorities for 2026/27 as A, B and C": a body's own priorities (aims, objectives) set for
 * the year, what a resident most needs to hear of it, so the overview keeps it while other decisions give way
 * (docs/summaries.md#overviews-read-as-a-resident-stop-37).
 */
export function setsPriorities(phrase: OutcomePhrase | null): boolean {
  return (
    phrase?.verb === "agreed" &&
    /^(?:the|its|our) (?:[\w'\u2019-]+ ){0,3}?(?:priorities|aims|objectives|themes|focus areas)\b[^,;]* as \S/.test(
      phrase.object,
    )
  );
}

/** A post's title: capitalised words up to its terms ("at a salary of …", "from 1 April 2026", "for up to …"). */
const POST = String.raw`((?:the )?[A-Z][^,;]*?)(?= (?:at|from|for|on|with|until|subject)\b|[,;]|$)`;
const OFFERED = new RegExp(String.raw`^(${PERSON}) (?:was|be) offered the (post|role|position) of ${POST}`);
const APPOINTMENT_APPROVED = new RegExp(
  String.raw`^The appointment of (${PERSON}) as ${POST}[^;]*? (?:was|were) (?:approved|agreed|confirmed)\b`,
);
const APPOINTED_AS = new RegExp(String.raw`^(${PERSON})(?:, [^,;]{2,60},)? (?:was|be) appointed as ${POST}`);
const ACTING = new RegExp(String.raw`^(${PERSON})(?:, [^,;]{2,60},)? will (act up|act|serve) as ${POST}`);

/**
 * A phrase that says who was offered or appointed to which post (postPhrase): what a resident most needs to hear of
 * an appointments panel, so the overview keeps it while other decisions give way to their titles (outcome-entries.ts).
 * An officer asked to act up until a post is filled is said in its own words where there is room, but gives way first.
 */
export function namesAPost(phrase: OutcomePhrase | null): boolean {
  if (!phrase) return false;
  if (phrase.verb === "offered")
    return new RegExp(String.raw`^${PERSON} the (?:post|role|position) of `).test(phrase.object);
  return phrase.verb === "appointed" && new RegExp(String.raw`^${PERSON} as [A-Z]`).test(phrase.object);
}

/**
 * Who was given which senior post, from an appointments panel's decision: "Ms A was offered the post of Corporate
 * Director of B at a salary of …" -> offered "Ms A the post of Corporate Director of B"; "The appointment of Ms C as
 * Interim Director of D from …, at a day rate of …, was approved" and "Mr E was appointed as Director of F" ->
 * appointed "Ms C as Interim Director of D"; "Mr G, Head of H, will act up as Director of J from …" -> agreed "that Mr G
 * will act up as Director of J". The terms (salary, dates, conditions) stay on the Decision line
 * (docs/summaries.md#a-chief-officers-employment-panels-minutes). Null for any other decision.
 */
function postPhrase(text: string): OutcomePhrase | null {
  const offered = OFFERED.exec(text);
  if (offered) return { verb: "offered", object: `${offered[1]} the ${offered[2]} of ${offered[3]}` };
  const appointed = APPOINTMENT_APPROVED.exec(text) ?? APPOINTED_AS.exec(text);
  if (appointed) return { verb: "appointed", object: `${appointed[1]} as ${appointed[2]}` };
  const acting = ACTING.exec(text);
  if (acting) return { verb: "agreed", object: `that ${acting[1]} will ${acting[2]} as ${acting[3]}` };
  return null;
}

/**
 * "The draft policy was approved for public consultation for a period of 12 weeks starting on …, and the results will
 * be reported …": the draft goes out to consultation, nothing is yet approved, and what comes after the consultation
 * is a later step of it ("put out to consultation" "the draft policy"). A short purpose ("approved for consultation
 * with the Fund's employers") is said as it stands by the passive reading. Null for any other decision.
 */
function draftConsulted(text: string): OutcomePhrase | null {
  const m =
    /^((?:The|A|An) [^,;:]+?) (?:was|were) approved for (?:public |formal |further |statutory )?consultation\b(.*)$/.exec(
      text,
    );
  if (!m || (!/[,;]/.test(m[2]!) && countWords(m[2]!) <= 8)) return null;
  const object = nounPhrase(m[1]!);
  return object ? { verb: "put out to consultation", object } : null;
}

/** "The application for a premises licence for X was granted in part, subject to …": a licensing panel's outcome. */
const LICENCE_DECIDED =
  /^((?:The|An?) (?:application|(?:premises |personal )?licen[cs]e)\b[^;:]*?) (?:was|were) (granted|refused|revoked|suspended)\b(.*)$/i;
/** "The premises licence for X was modified as follows: (1) The licence was suspended for a period of six weeks". */
const LICENCE_MODIFIED =
  /^((?:The|A) (?:premises )?licen[cs]e\b[^;:]*?) (?:was|were) modified as follows:\s*(?:\(1\)\s*)?(?:the|its) licen[cs]e (?:was|were) (suspended|revoked)\b(.*)$/i;

/** "alcohol be sold from 08:00 to 23:00", "the sale of alcohol … be permitted from 10:00 until 22:30". */
const ALCOHOL_HOURS =
  /\balcohol\b[^;:]{0,80}?\bfrom (\d{1,2}[:.]\d{2}(?:\s?[ap]m)?|\d{1,2}\s?[ap]m) (?:to|until) (\d{1,2}[:.]\d{2}(?:\s?[ap]m)?|\d{1,2}\s?[ap]m|midnight)/i;

/**
 * What a licensing panel did with an application or a licence, as a resident asks it: "granted the application for a
 * premises licence for X in part, with conditions", "refused …", "suspended the premises licence for X for six weeks"
 * (a review's "modified as follows: (1) the licence was suspended …" says its first step of the licence it names),
 * "revoked …". The conditions themselves are the Decision line's. Null for any other decision, and for one that does not
 * name what it decided ("The application was refused": the title does).
 */
function licensingPhrase(text: string): OutcomePhrase | null {
  const m = LICENCE_MODIFIED.exec(text) ?? LICENCE_DECIDED.exec(text);
  // "The application was refused": what application, the item's title says.
  if (!m || !/[A-Z0-9]/.test(m[1]!.slice(1))) return null;
  const rest = m[3]!;
  const made = /^granted$/i.test(m[2]!) ? grantedAsMade(m[1]!, rest) : null;
  if (made) return made;
  const inPart = /^ in part\b/i.test(rest) ? " in part" : "";
  const period = /^(?: in part)?,? for (?:a period of )?([^;,:]+)/i.exec(rest)?.[1]?.trim();
  const granted = m[2]!.toLowerCase() === "granted";
  const conditions = /\bsubject to\b/i.test(rest) && granted ? ", with conditions" : "";
  // "(1) the sale of alcohol … be permitted from 08:00 to 23:00 every day": the hours granted, what residents ask first.
  const hours = granted ? ALCOHOL_HOURS.exec(rest) : null;
  return {
    verb: m[2]!.toLowerCase(),
    object: `${lowerArticle(m[1]!)}${inPart}${period ? ` for ${period}` : ""}${hours ? ` (alcohol ${hours[1]} to ${hours[2]})` : ""}${conditions}`,
  };
}

/** ", and a determination was made that the requirement for …": the thing the granting made, and its rule's words. */
const MADE_ON_GRANT =
  /^,? and (an? [a-z]+) (?:was|were) (?:made|given|issued)\b(?: that (?:the|a|any) (?:requirement|rule|duty|condition) (?:for|on|of) ((?:[a-z]+ ){0,2}?[a-z]+)(?= (?:to|shall|should|would|must|be|is|was|did|does|do)\b))?/;

/**
 * "The application from Kenton Lane Primary School was granted, and a determination was made that the requirement for
 * collective worship … shall not apply": what granting the application gave is the thing made in the same clause, so
 * the overview says it ("granted Kenton Lane Primary School a determination on collective worship"), with what the
 * rule it lifts is about when the clause says so. Null for a grant that makes nothing in its own clause, or for an
 * application named by what it is for ("the application for a premises licence …"), which already says it.
 */
function grantedAsMade(application: string, rest: string): OutcomePhrase | null {
  const from = /^the application from (.+)$/i.exec(application.trim());
  const made = from ? MADE_ON_GRANT.exec(rest) : null;
  if (!from || !made) return null;
  return { verb: "granted", object: `${from[1]} ${made[1]}${made[2] ? ` on ${made[2]}` : ""}` };
}

/**
 * A decision that passes the item's own report, plan or budget on: "recommend it to Cabinet", "the Strategy be
 * recommended to Council" ("Recommended to Council: agree (1) …; (2) …" recommends several things, not the report).
 */
export const RECOMMENDS_ITSELF =
  /\brecommend(?:ed)? (?:it|them|the (?:report|draft|proposed|strategy|plan|policy|budget)\b)|\b(?:report|strategy|plan|policy|budget|it|they)\b[^;.]{0,40}\b(?:be|was|were|is|are) recommended to\b|\brecommended to [^:]{1,60}:\s*(?:approve|agree|adopt|endorse|note)\b(?!\s*\(1\))/i;

/**
 * A scrutiny committee's usual outcome, passing something on to the body that decides: "The seven recommendations of
 * the review were referred to Cabinet for a response" -> referred "the seven recommendations of the review to
 * Cabinet"; "The comments of the Committee will be referred to Cabinet for consideration at …" -> referred "its
 * comments to Cabinet". When, and what for, are the Decision line's. A call-in referred back is callInPhrase's.
 */
function referredTo(clause: string): OutcomePhrase | null {
  const m =
    /^(.+?) (?:was|were|will be|(?:is|are) to be|to be|be) referred to ((?:the )?(?:Cabinet|Council|Portfolio Holder for [A-Z][\w]*(?: and [A-Z][\w]*)?|Portfolio Holder|[A-Z][\w'-]*(?: [A-Z][\w'-]*)* (?:Committee|Sub-Committee|Panel|Board)))(?=$|[\s,.;])/.exec(
      clause,
    );
  if (!m || RELATIVE.test(m[1]!) || /\bback\b/.test(m[1]!)) return null;
  const what = OWN_BODY_COMMENTS.test(m[1]!) ? OWN_COMMENTS : nounPhrase(m[1]!);
  return what ? { verb: "referred", object: `${what} to ${m[2]}` } : null;
}

/** "the draft revenue budget 2026/27 and Medium Term Financial Strategy" -> "the draft revenue budget 2026/27". */
function firstPart(object: string): string {
  const head = object.split(/,? and /)[0]!;
  return countWords(head) >= 3 ? head : object;
}

/** "the comments of the Committee", "the Committee's comments", "the Panel's views": the body's own comments. */
const OWN_BODY_COMMENTS =
  /^(?:the )?(?:(?:comments|views) of the (?:Committee|Sub-Committee|Panel|Board|Forum)|(?:Committee|Sub-Committee|Panel|Board|Forum)'s (?:comments|views))$/i;
const OWN_COMMENTS = "its comments";

/** "The contract, which was approved in May, was ended": the first "was approved" belongs to a clause inside. */
const RELATIVE = /,\s*(?:which|that|who|whom|whose)\b|\b(?:which|that|who)$/;

/** The longest object an outcome phrase may have; longer ones leave the overview to the agenda title. */
const OUTCOME_MAX_WORDS = 22;

/**
 * "The 2019/20 budget so that the Council Tax can be set" -> "the 2019/20 budget"; "the recommendations in Section 4
 * of Appendix A to the Customer Experience Scrutiny Report" -> "the recommendations in the Customer Experience
 * Scrutiny Report". Null for a phrase that only points back ("the pilot", "the report", "the recommendations") or
 * says where the decision is rather than what ("the contents of Appendix 1").
 */
function nounPhrase(raw: string): string | null {
  const np = lowerArticle(
    raw
      .replace(/ so that .*$/, "")
      .replace(
        / (?:in|of) (?:Section|Appendix|paragraph) [\w.]+(?: (?:of|to) (?:Section|Appendix) [\w.]+)? (?:to|of) the /,
        " in the ",
      )
      .replace(/,? as set out in .*$/, "")
      // "the Board's annual report for 2025/26, as amended at the meeting": the amendments are the Decision line's.
      .replace(/,? as amended(?: at (?:the|this) meeting)?,?$/, "")
      .replace(/[,\s]+$/, "")
      .trim(),
  );
  const bare = /^(?:the|this|these|that|those)\s+(.+)$/i.exec(np)?.[1];
  if (bare && countWords(bare) <= 2 && !/[A-Z0-9]/.test(bare)) return null;
  // "the contents of Appendix 1", "the report of the Director": where the decision is, not what it is.
  if (/^the (?:contents|content|details) of\b|^the (?:report|appendix|appendices)\b/i.test(np)) return null;
  return np || null;
}
