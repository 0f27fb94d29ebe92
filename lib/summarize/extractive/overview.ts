import { VERB_ORDER } from "../overview-outcome";
import type { SummaryInput, SummarySection } from "../types";
import { formatMeetingDate, formatMeetingTime } from "./dates";
import { decisionVerb } from "./resolved";
import { clipWords, countWords, upperFirst } from "../text/sentences";
import { contentWords } from "../text/normalise";
import { NO_MINUTES, NOT_IN_MINUTES } from "./section-notes";

// The overview paragraph is built only from the meeting's own title, date and agenda titles, plus its decisions'
// own words (a decision's first clause turned round: "The Fly-tipping Strategy was approved" -> "approved the
// Fly-tipping Strategy"): it states nothing that the sources do not.

export function bodyName(committeeName: string): string {
  const name = committeeName.trim() || "committee";
  return /^the\b/i.test(name) ? name : `the ${name}`;
}

export function listTitles(titles: string[], max = 6): string {
  const unique = [...new Set(titles)];
  const shown = unique.slice(0, max);
  const rest = unique.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} other item${rest > 1 ? "s" : ""}`;
  if (shown.length <= 1) return shown[0] ?? "";
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

export function writePreviewOverview(input: SummaryInput, titles: string[]): string {
  const m = input.meeting;
  const when = `${formatMeetingDate(m.startsAt)} at ${formatMeetingTime(m.startsAt)}`;
  const special = m.isSpecial ? " for a special meeting" : "";
  if (titles.length === 0)
    return `${upperFirst(bodyName(m.committeeName))} is scheduled to meet${special} on ${when}. No substantive business has been published on the agenda yet.`;
  return `${upperFirst(bodyName(m.committeeName))} is scheduled to meet${special} on ${when} to discuss ${listTitles(titles)}.`;
}

/** The outcome a decision states, as a past-tense verb: what a resident wants first. */
export function outcomeVerb(decision: string): string {
  const lead = /^(Granted|Refused|Deferred|Withdrawn)\b/.exec(decision)?.[1];
  if (lead) return lead === "Withdrawn" ? "noted the withdrawal of" : lead.toLowerCase();
  // "Recommended to the Portfolio Holder: (1) … be released; (2) … be withdrawn": a recommendation, whatever it says.
  if (/^(?:Recommended to\b|RESOLVED to RECOMMEND\b)/i.test(decision)) return "recommended";
  if (/\bDECISION:?\s*REFUSED|\brefused\b|\bbe refused\b|\bdecided to refuse\b/i.test(decision)) return "refused";
  if (/\bDECISION:?\s*GRANTED|\bgranted\b|\bbe granted\b|\bdecided to grant\b/i.test(decision)) return "granted";
  if (/\bdefer/i.test(decision)) return "deferred";
  if (/\bwithdrawn\b/i.test(decision)) return "noted the withdrawal of";
  if (/\bdesignated\b/.test(decision)) return "designated";
  // Authority given in the first clause; "delegated authority" in a later one only says how an agreed step is done.
  if (/^[^;]*\b(?:delegated authority|(?:was|were) authorised)\b/.test(decision) && !/\bapprov/i.test(decision))
    return "authorised";
  const verb = decisionVerb(decision);
  return verb === "recommended" ? "recommended" : verb === "decided" ? "decided on" : verb;
}

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

/** "The following nominees were appointed as Advisers to the Panel for the 2023/24 Municipal Year: A (…); B (…)". */
const NOMINEES =
  /^The following (?:nominees|persons|people|members|representatives) (?:were|was) (appointed|elected) (?:as )?([^:;]+?):\s*(.+?)\.?$/;

export function outcomePhrase(decision: string, heading: string): OutcomePhrase | null {
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
  const noting = first ? first.verb === "noted" : /\b(?:was|were) noted\.?$|^Note\b/.test(clauses[0]!.trim());
  if (!noting || clauses.length === 1) return first;
  // "(1) The contents of the report were noted; (2) Council to be recommended to approve …": the noting is the
  // preamble, what follows is the outcome. A decision that only notes says so.
  for (const clause of clauses.slice(1)) {
    const next = clausePhrase(clause, heading);
    if (next && next.verb !== "noted") return next;
  }
  return outcomeVerb(decision) === "noted" ? first : null;
}

function clausePhrase(clause: string, heading: string): OutcomePhrase | null {
  const text = clause
    .replace(/^(?:and\s+)?\(\d{1,2}\)\s*/i, "")
    .replace(/\.$/, "")
    .trim();
  if (/…|\.\.\.$/.test(text)) return null;
  let phrase: OutcomePhrase | null = null;
  const recommended =
    /^(?:Recommended to (?:the )?((?:Annual |Full )?Council|Cabinet|Portfolio Holder)[^:]*:|(Council|Cabinet) (?:to be|be|was|were) recommended to)\s*(?:(subject to [^,;]+),\s*)?(approve|agree|adopt|endorse|note)\s+(?:\(1\)\s*)?(.+)$/i.exec(
      text,
    );
  // "Recommended to Cabinet: That Cabinet reconsider the end of free parking at …": what was recommended, as said.
  const recommendedThat = recommended ? null : /^Recommended to [^:]{1,60}:\s*That\s+(.+)$/i.exec(text);
  const imperative = /^(Approve|Agree|Adopt|Endorse|Note)\s+(?:\(1\)\s*)?(.+)$/.exec(text);
  const passive =
    /^(.+?) (?:was|were) (approved|agreed|adopted|endorsed|noted|started|launched|designated|accepted|awarded)\b(.*)$/.exec(
      text,
    );
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
  if (elected) {
    const role = shortYear(elected[4]!.replace(/ of the London Borough of [A-Z][a-z]+| of (?:the )?Council\b/g, ""));
    const title = /^(?:Councill?or|Cllr)$/.test(elected[1]!) ? "Cllr" : elected[1]!;
    phrase = { verb: elected[3]!, object: `${title} ${elected[2]} ${role}` };
  } else if (authority && !RELATIVE.test(authority[1]!)) {
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
  } else if (passive && !RELATIVE.test(passive[1]!)) {
    const rest = passive[3]!;
    // "The areas were designated as Local Areas of Special Character (LASC): in West Harrow, …" says what they became;
    // "agreed, subject to the amendment to recommendation 7" keeps its condition.
    const as = passive[2] === "designated" ? (/^ as ([^:;,]+)/.exec(rest)?.[1] ?? null) : null;
    // "The contract … was awarded to Kingsway Highways Ltd for eight years …": to whom.
    const to = passive[2] === "awarded" ? (/^ (to [^:;,]+)/.exec(rest)?.[1] ?? null) : null;
    const condition = /^, (subject to [^;]+)$/.exec(rest)?.[1];
    const object = as ? (nounPhrase(passive[1]!) ?? as) : nounPhrase(passive[1]!);
    if (object)
      phrase = {
        verb: passive[2]!,
        object: `${object}${as && object !== as ? ` as ${as}` : ""}${to ? ` ${to}` : ""}${condition ? `, ${condition}` : ""}`,
      };
  } else if (future && !/^(?:The|A|An) (?:Council|Cabinet|Committee|Panel|Board|Sub-Committee)\b/.test(future[1]!)) {
    phrase = { verb: "agreed", object: `that ${lowerArticle(future[1]!)}${future[2]} will ${future[3]}` };
  }
  if (!phrase || countWords(phrase.object) > OUTCOME_MAX_WORDS) return null;
  // The phrase must say what the item was about: a name or figure of its own, or a word of the item's title.
  const title = new Set(contentWords(heading));
  const says =
    /\b[A-Z][a-z]+\b.*\b[A-Z][a-z]+\b|\d/.test(phrase.object.replace(/^that /, "")) ||
    contentWords(phrase.object).some((w) => title.has(w));
  return says ? phrase : null;
}

/** A decision that passes the item's own report, plan or budget on: "recommend it to Cabinet", "the Strategy be recommended to Council". */
const RECOMMENDS_ITSELF =
  /\brecommend(?:ed)? (?:it|them|the (?:report|draft|proposed|strategy|plan|policy|budget)\b)|\b(?:report|strategy|plan|policy|budget|it|they)\b[^;.]{0,40}\b(?:be|was|were|is|are) recommended to\b|\brecommended to [^:]{1,60}:\s*(?:approve|agree|adopt|endorse|note)\b/i;

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
      .replace(/[,\s]+$/, "")
      .trim(),
  );
  const bare = /^(?:the|this|these|that|those)\s+(.+)$/i.exec(np)?.[1];
  if (bare && countWords(bare) <= 2 && !/[A-Z0-9]/.test(bare)) return null;
  // "the contents of Appendix 1", "the report of the Director": where the decision is, not what it is.
  if (/^the (?:contents|content|details) of\b|^the (?:report|appendix|appendices)\b/i.test(np)) return null;
  return np || null;
}

const lowerArticle = (text: string) => text.replace(/^(The|A|An|Officers)\b/, (a) => a.toLowerCase());

/**
 * A long title cut to `max` words, at the last natural break within them when there is one ("Final Revenue Budget
 * 2019/20…", not "…and Medium Term Financial…").
 */
export const shortHeading = (heading: string, max = 8) => {
  const words = heading
    .replace(/\s*[-\u2013]\s*(report|update)$/i, "")
    .replace(/[.]$/, "")
    .split(/\s+/);
  if (words.length <= max + 1) return words.join(" ");
  let cut = max;
  for (let i = max; i >= 3; i--) {
    if (/^(and|&|-|\u2013|\u2014)$/i.test(words[i]!) || /^\(/.test(words[i]!)) {
      cut = i;
      break;
    }
    if (/:$/.test(words[i - 1]!)) {
      cut = i;
      break;
    }
  }
  // No natural break: never end on a word that leads into the rest ("…Shared Service Arrangement with the…").
  while (cut > 2 && /^(?:with|the|of|and|to|for|a|an|in|on|at|by|from|into|&)$/i.test(words[cut - 1]!)) cut--;
  return `${words
    .slice(0, cut)
    .join(" ")
    .replace(/[:,;]$/, "")}…`;
};

/** One title alone is given in full (a hearing's premises and address), several are shortened to fit. */
const headingsOf = (headings: string[]) => headings.map((h) => shortHeading(h, headings.length === 1 ? 22 : 8));

/**
 * Titles that share what comes before their dash ("Call-In of the Cabinet Decision (27 May 2021) - Harrow Town Centre
 * PSPO", "… - The Council's Accommodation Strategy") are told apart by what follows it: cut to their first words the
 * two would read the same.
 */
export function distinctTitles(headings: string[]): (heading: string) => string {
  const dash = / [-\u2013] /;
  const prefix = (h: string) => (dash.test(h) ? h.split(dash)[0]!.toLowerCase() : null);
  const counts = new Map<string, number>();
  for (const h of new Set(headings)) {
    const p = prefix(h);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return (h) => {
    const p = prefix(h);
    return p && (counts.get(p) ?? 0) > 1 ? h.split(dash).slice(1).join(" - ") : h;
  };
}

/**
 * Outcome first: what was decided (granted, refused, approved, recommended, noted), never just a list of agenda
 * titles; items discussed without a recorded decision come after. Built only from the meeting's own headings and
 * the wording of its decisions, so it states nothing the sources do not.
 */
export function writeOutcomeOverview(
  input: SummaryInput,
  sections: SummarySection[],
  others: SummarySection[] = [],
): string {
  const m = input.meeting;
  const date = formatMeetingDate(m.startsAt);
  // A Portfolio Holder's decision meeting is one councillor deciding: "The Portfolio Holder held a decision meeting
  // on … and authorised …", never "The Portfolio Holder Decision Meeting met".
  const decisionMeeting = DECISION_MEETING.test(m.committeeName.trim());
  const met = decisionMeeting ? "held a decision meeting" : m.isSpecial ? "held a special meeting" : "met";
  const name = decisionMeeting ? "The Portfolio Holder" : upperFirst(bodyName(m.committeeName));
  const told = distinctTitles(sections.map((s) => s.heading));
  // "approved the Council's Accommodation Strategy…": every title follows a verb, so its leading article is lower-case.
  const originals = new Map<SummarySection, string>();
  sections = sections.map((s) => {
    const section = { ...s, heading: told(s.heading).replace(/^The (?=[A-Z])/, "the ") };
    originals.set(section, s.heading);
    return section;
  });
  const decided = sections.filter((s) => s.decision);
  // "discussed" only where the minutes say something; items known from the agenda alone are "listed".
  // An item whose minute is out but shows no outcome was discussed; one whose minute is not out was only listed.
  const unminuted = (s: SummarySection) => s.note === NO_MINUTES || s.note === NOT_IN_MINUTES;
  const undecided = sections.filter((s) => !s.decision && !unminuted(s)).map((s) => s.heading);
  const listed = sections.filter((s) => !s.decision && unminuted(s)).map((s) => s.heading);
  // Minutes that are out but have no minute for an item were not "not published".
  const why = sections.some((s) => !s.decision && s.note === NOT_IN_MINUTES)
    ? "with no minute found in the published minutes"
    : "with no minutes published";
  const phrases: string[] = [];
  const planning = decided.filter((s) => /^(granted|refused)$/.test(outcomeVerb(s.decision!)));
  if (planning.length >= 2) {
    const granted = planning.filter((s) => outcomeVerb(s.decision!) === "granted").length;
    const refused = planning.length - granted;
    const against = planning.filter((s) =>
      /contrary to|against the officers?'? (advice|recommendation)|overturn/i.test(
        `${s.decision} ${s.bullets.map((b) => b.text).join(" ")}`,
      ),
    ).length;
    const parts = [
      granted ? `granted ${granted} application${granted > 1 ? "s" : ""}` : "",
      refused ? `refused ${refused}` : "",
    ].filter(Boolean);
    phrases.push(`${parts.join(" and ")}${against ? ` (${against} against the officers' recommendation)` : ""}`);
  }
  const rest = decided.filter((s) => !planning.includes(s) || planning.length < 2);
  const entries = rest.map((s) => {
    const said = outcomeVerb(s.decision!);
    // "recommended Petition Requesting Free Parking …": the item's title is what was recommended only when the
    // decision recommends the report or plan itself ("note the report and recommend it to Cabinet").
    const verb =
      said === "recommended" && (/^petition/i.test(s.heading) || !RECOMMENDS_ITSELF.test(s.decision!))
        ? "made recommendations on"
        : said;
    // One title alone is given in full (a hearing's premises and address), several are shortened to fit.
    // "Recommended to Cabinet: note the report and recommend it …": the report was recommended to Cabinet.
    const to =
      verb === "recommended" ? /^Recommended to ((?:the )?[A-Z][^:]{1,40}):/.exec(s.decision!)?.[1] : undefined;
    const title = `${shortHeading(s.heading, rest.length === 1 ? 22 : 8)}${to ? ` to ${to}` : ""}`;
    // "Question and Answer Session with the Leader …" whose minute only notes the answers: the committee questioned
    // them, it decided nothing.
    const whom = /^(?:noted|decided on)$/.test(verb) ? questionedWhom(originals.get(s) ?? s.heading) : null;
    if (whom) return { phrase: { verb: "questioned", object: whom }, verb: "questioned", title };
    const callIn = callInPhrase(s.decision!, originals.get(s) ?? s.heading);
    if (callIn) return { phrase: callIn, verb: callIn.verb, title };
    return { phrase: outcomePhrase(s.decision!, s.heading), verb, title: grantedWhat(verb, title) };
  });
  // "noted Participation Service Update, Children Missing from Care and 4 other items" is a list of agenda titles:
  // four or more papers only noted are counted ("noted 6 reports and a presentation"), leaving room for the key
  // point that says what they found. Without one, the titles are all the overview can say of them.
  const notedOnly = entries.filter((e) => e.verb === "noted" && e.phrase === null);
  if (notedOnly.length >= 4 && keyFinding(sections)) {
    const papers = rest.filter((s, i) => notedOnly.includes(entries[i]!));
    entries.splice(0, entries.length, ...entries.filter((e) => !notedOnly.includes(e)), {
      phrase: { verb: "noted", object: countPapers(papers.map((s) => s.decision!)) },
      verb: "noted",
      title: "",
    });
  }
  // Each decision in its own words where they are short and say what it was about; when they would crowd the
  // overview, the longest give way to their agenda titles.
  const outcomes = (use: boolean[]) => outcomePhrases(entries.map((e, i) => (use[i] ? e : { ...e, phrase: null })));
  const use = entries.map((e) => e.phrase !== null);
  while (countWords(outcomes(use).join(" ")) > OUTCOMES_MAX_WORDS && use.some(Boolean)) {
    const longest = entries.reduce(
      (best, e, i) =>
        use[i] && (best < 0 || countWords(e.phrase!.object) > countWords(entries[best]!.phrase!.object)) ? i : best,
      -1,
    );
    use[longest] = false;
  }
  phrases.push(...outcomes(use));
  const taken = questionsTaken(others);
  let text = `${name} ${met} on ${date}`;
  if (phrases.length) text += ` and ${joinPhrases(phrases)}`;
  // A licensing hearing's item is a case the panel heard (a new licence, a variation or a review), not a subject it
  // "discussed"; which kind the page may not say.
  const hearing = /\blicensing (?:panel|sub-committee)\b/i.test(m.committeeName);
  // "held a hearing on the application for review of …", never "on Application for review of …".
  const heard = (h: string) => (hearing ? theApplication(h) : h);
  // "Question and Answer Session with the Leader of the Council and the Chief Executive": whom the committee
  // questioned, not a title it "discussed".
  const questioned = undecided.flatMap((h) => questionedWhom(h) ?? []);
  const talked = undecided.filter((h) => !questionedWhom(h));
  const discussed = [
    ...questioned.map((who) => `questioned ${who}`),
    ...(talked.length
      ? [`${hearing ? "held a hearing on" : "discussed"} ${listTitles(headingsOf(talked).map(heard), 3)}`]
      : []),
  ].join(" and ");
  if (undecided.length) text += `${phrases.length ? "; it also " : " and "}${discussed}`;
  if (listed.length)
    text += `${phrases.length || undecided.length ? "; its agenda also listed" : "; its agenda listed"} ${listTitles(headingsOf(listed), 3)}, ${why}`;
  // A meeting whose minutes are not out has no "published minutes" to record anything: that is what is said.
  const minuted = !input.items || input.items.some((i) => i.minutesText?.trim() || i.decisionText?.trim());
  if (!phrases.length && !undecided.length && !listed.length)
    text += taken
      ? ` and ${taken}`
      : minuted
        ? "; the published minutes record standing business only"
        : "; its minutes have not been published yet";
  text = `${text}.`.replace(/…\.$/, "…");
  const room = OVERVIEW_MAX_WORDS - text.split(/\s+/).length - 2;
  const finding = keyFinding(sections) ?? keyDecision(sections, room);
  // A key point the outcome already states (its sum named there) is not said twice.
  const said = (finding?.match(/£\s?[\d,.]+(?:m|bn|k)?/g) ?? []).some((sum) => text.includes(sum));
  if (finding && room >= 10 && !said) text += ` Key point: ${fitFinding(finding, room)}`;
  return text;
}

const DECISION_MEETING = /^Portfolio Holder Decision Meetings?$/i;

/**
 * Whom a question-and-answer session put questions to: "Question and Answer Session with the Leader of the Council
 * and The Chief Executive" -> "the Leader of the Council and the Chief Executive"; null for any other title.
 */
export function questionedWhom(title: string): string | null {
  const m = /^(?:a\s+)?questions?\s*(?:and|&)\s*answers?\s+session\s+with\s+(.{3,120}?)[.…]?$/i.exec(title.trim());
  return m ? m[1]!.replace(/\bThe\b/g, "the") : null;
}

/**
 * What a meeting with no decision took under its questions items, said as the items say it: "received a petition (90
 * signatures: road safety measures on Devonshire Road and Sussex Road)", "received 2 petitions and took questions".
 * Null when those items recorded nothing.
 */
export function questionsTaken(sections: SummarySection[]): string | null {
  const said = sections.filter((s) => s.decision || s.bullets.length);
  if (said.length === 0) return null;
  const petitions = said.filter((s) => /petition/i.test(s.heading)).flatMap((s) => s.bullets.map((b) => b.text));
  const others = said.some((s) => !/petition/i.test(s.heading));
  const parts: string[] = [];
  if (petitions.length === 1) {
    // "90 signatures: road safety measures on … — referred to the Panel by Cabinet": what it asks, before the dash.
    const what = petitions[0]!.split(" \u2014 ")[0]!.replace(/\.$/, "");
    parts.push(
      countWords(what) <= 16 && /^\d[\d,]* signatures: /.test(what)
        ? `received a petition (${what})`
        : "received a petition",
    );
  } else if (petitions.length > 1) parts.push(`received ${petitions.length} petitions`);
  if (others || parts.length === 0) parts.push("took questions");
  return parts.join(" and ");
}

/**
 * What a hearing granted or refused is the application, named by its premises or site: "granted the application for
 * Corner Stores, 4 Elm Parade…", never "granted Corner Stores…".
 */
function grantedWhat(verb: string, title: string): string {
  if (!/^(granted|refused)$/.test(verb)) return title;
  return /^application\b/i.test(title) ? theApplication(title) : `the application for ${title}`;
}

/** "Application for review of the premises licence for …" after a verb: "the application for review of …". */
const theApplication = (title: string) => title.replace(/^application\b/i, "the application");

/**
 * Whose decision was called in, and on what: "Call-In of the Cabinet Decision (27 May 2021) - Harrow Town Centre PSPO",
 * "Call-in of the Decision of Cabinet Held on 17 November 2011: Whitchurch Pavilion", "Call-In of Cabinet decision (22
 * November 2012) Whitchurch Playing Fields" (Harrow's titles from 2011 to 2021).
 */
const CALL_IN_TITLE =
  /^call[- ]in (?:of|on) (?:the )?(?:decision of (?:the )?(.+?)(?: held)? on \d{1,2} \w+ \d{4}|(.+?) decision\b(?:\s*\([^)]*\))?)\s*[-\u2013:]?\s*(\S.*)$/i;

/**
 * What a call-in sub-committee did with a decision called in, said of that decision: "referred back Cabinet's decision
 * on …", "did not uphold the call-in of Cabinet's decision on …", "heard the call-in of Cabinet's decision on …"
 * (where the minute records only the ground taken). Never "decided on
 * <title>", which reads as if the sub-committee had made the decision itself. Null for an item that is no call-in or a
 * decision in another shape.
 */
export function callInPhrase(decision: string, heading: string): OutcomePhrase | null {
  const title = CALL_IN_TITLE.exec(heading.trim());
  if (!title) return null;
  const maker = (title[1] ?? title[2]!).trim();
  const whose = /^(?:Cabinet|Council|Executive)$/i.test(maker) ? `${upperFirst(maker)}'s` : `the ${maker}'s`;
  const subject = title[3]!.replace(/[.\s]+$/, "").replace(/^The (?=[A-Z])/, "the ");
  const decisionOn = `${whose} decision on ${subject}`;
  const text = decision.replace(/\s+/g, " ");
  let phrase: OutcomePhrase | null = null;
  if (/\bnot (?:be )?upheld\b/i.test(text)) phrase = { verb: "did not uphold", object: `the call-in of ${decisionOn}` };
  else if (/\bno further action\b/i.test(text))
    phrase = { verb: "took no further action on", object: `the call-in of ${decisionOn}` };
  else if (/\breferred (?:back|to (?:the )?(?:decision[- ](?:maker|taker)|Cabinet|Portfolio Holder))\b/i.test(text))
    phrase = { verb: "referred back", object: decisionOn };
  else if (/\breferred to (?:full )?Council\b/i.test(text))
    phrase = { verb: "referred to Council", object: decisionOn };
  else if (/\bupheld\b/i.test(text)) phrase = { verb: "upheld", object: `the call-in of ${decisionOn}` };
  // "The call-in on the PSPO was decided on ground e), …": the ground taken is the Decision line's; the overview says
  // only that the call-in was heard.
  else if (/\b(?:decided|considered|determined|heard) on grounds? /i.test(text))
    phrase = { verb: "heard", object: `the call-in of ${decisionOn}` };
  return phrase;
}

/** The most words the outcomes may take, so the overview keeps room for its key point within 60 words. */
const OUTCOMES_MAX_WORDS = 36;

/**
 * The decisions as phrases, one per verb ("approved the Fly-tipping Strategy and Corporate Plan…"); a whole clause
 * ("agreed that the four school street schemes … will become permanent", "recommended that Council approve …") is a
 * phrase of its own, never joined to a title.
 */
function outcomePhrases(entries: { phrase: OutcomePhrase | null; verb: string; title: string }[]): string[] {
  const byVerb = new Map<string, string[]>();
  const clauses: { verb: string; text: string }[] = [];
  for (const e of entries) {
    if (e.phrase && /^that /.test(e.phrase.object)) {
      clauses.push({ verb: e.phrase.verb, text: `${e.phrase.verb} ${e.phrase.object}` });
      continue;
    }
    const verb = e.phrase?.verb ?? e.verb;
    byVerb.set(verb, [...(byVerb.get(verb) ?? []), e.phrase?.object ?? e.title]);
  }
  const rank = (verb: string) => (VERB_ORDER.includes(verb) ? VERB_ORDER.indexOf(verb) : VERB_ORDER.length);
  return [
    ...[...byVerb.entries()].map(([verb, objects]) => ({
      verb,
      // "approved the plan for the Elm Road estate, with its new homes and shops; and the Allotments Strategy": an
      // object with commas of its own is set off by semicolons.
      text: `${verb} ${objects.some((o) => o.includes(",")) ? joinPhrases(objects, 3, "item") : listTitles(objects, 3)}`,
    })),
    ...clauses,
  ]
    .sort((a, b) => rank(a.verb) - rank(b.verb))
    .map((p) => p.text);
}

/** Phrases joined with commas, or with semicolons when a phrase has commas of its own. */
function joinPhrases(phrases: string[], max = 4, others = "decision"): string {
  const shown = phrases.slice(0, max);
  const more = phrases.length - shown.length;
  const list = more > 0 ? [...shown, `${more} other ${others}${more > 1 ? "s" : ""}`] : shown;
  if (list.length === 1) return list[0]!;
  const sep = list.some((p) => p.includes(",")) ? "; " : ", ";
  return `${list.slice(0, -1).join(sep)}${sep === "; " ? "; and " : " and "}${list[list.length - 1]}`;
}

/** The largest sum a text names: "£21.899m" counts 21,899,000, "£875k" 875,000; 0 when it names none. */
const largestSum = (text: string): number =>
  Math.max(
    0,
    ...[...text.matchAll(/£\s?([\d,]+(?:\.\d+)?)\s?(bn|billion|m|million|k)?\b/gi)].map((m) => {
      const unit = (m[2] ?? "").toLowerCase();
      const scale = unit.startsWith("b") ? 1e9 : unit.startsWith("m") ? 1e6 : unit === "k" ? 1e3 : 1;
      return Number(m[1]!.replace(/,/g, "")) * scale;
    }),
  );

/**
 * When no sentence gives a verdict or an overspend, the decision's clause that commits the most money, if it reads as
 * a sentence on its own and fits the overview: "The new Harrow Civic Centre will be about 20,000 sq. ft at an
 * estimated cost of £21.899m" (its bracketed breakdown left to the decision). Copied from the decision, so it states
 * nothing the sources do not.
 */
export function keyDecision(sections: SummarySection[], maxWords: number): string | null {
  const clauses = sections
    .flatMap((s) => (s.decision ?? "").split(/;\s+/))
    .map((c) =>
      c
        .replace(/^(?:and\s+)?(?:\(\d{1,2}\)\s*)?/i, "")
        .replace(/\s+\([^)]*\)/g, "")
        .replace(/[.;,\s…]+$/, "")
        .trim(),
    )
    .filter(
      (c) =>
        /£\s?\d/.test(c) &&
        /^(?:The|A|An|[A-Z][a-z]+ (?:will|was|were))\b|^the\b/.test(c) &&
        /\b(?:will|was|were|is|are|would)\b/.test(c) &&
        !/\[\^\d+\]/.test(c) &&
        c.split(/\s+/).length <= maxWords,
    );
  if (clauses.length === 0) return null;
  const best = clauses.reduce((a, b) => (largestSum(b) > largestSum(a) ? b : a));
  return `${upperFirst(best)}.`;
}

const OVERVIEW_MAX_WORDS = 60;

const clipToWords = (sentence: string, max: number) => {
  const clipped = clipWords(sentence.replace(/\s+/g, " ").trim(), max);
  return /[.!?…]$/.test(clipped) ? clipped : `${clipped}.`;
};

/** "7 reports", "6 reports and a presentation", or "7 items" when the decisions do not say what was noted. */
function countPapers(decisions: string[]): string {
  const kinds = ["report", "presentation"].map(
    (kind) => decisions.filter((d) => new RegExp(`\\b${kind}s?\\b`, "i").test(d)).length,
  );
  const [reports, presentations] = kinds as [number, number];
  if (reports + presentations !== decisions.length) return `${decisions.length} items`;
  const count = (n: number, noun: string) => (n === 1 ? `a ${noun}` : `${n} ${noun}s`);
  if (!presentations) return count(reports, "report");
  return reports
    ? `${count(reports, "report")} and ${count(presentations, "presentation")}`
    : count(presentations, "presentation");
}

/**
 * A key point that would be cut first gives up its opening concession ("While services were rated 'good' in key
 * areas, an 'inadequate' rating … had led to an overall judgement of 'inadequate'"): the main clause carries the
 * verdict, which clipping would cut off. Clipped only when even that does not fit.
 */
export function fitFinding(sentence: string, room: number): string {
  // "Director of Finance: The Housing Revenue Account was forecast to overspend …": an answer's speaker, which the
  // bullet names, is not the key point.
  const text = sentence
    .replace(/\s+/g, " ")
    .trim()
    .replace(
      /^(?:(?:Councill?or|Cllr) )?[A-Z][\w'\u2019-]*(?: (?:of|for|and|the|[A-Z][\w'\u2019-]*)){0,8}: (?=[A-Z0-9£])/,
      "",
    );
  if (countWords(text) <= room) return clipToWords(text, room);
  const main = /^(?:While|Whilst|Although|Though)\b[^,;]{3,200},\s+(?=[a-z'\u2018]|[A-Z][a-z])/.exec(text);
  const rest = main ? upperFirst(text.slice(main[0].length)) : null;
  return clipToWords(rest && countWords(rest) <= room ? rest : text, room);
}

/**
 * The sentence a resident most needs, copied from the sections: an inspection verdict ("an 'inadequate' rating …"),
 * else what an inspection found ("… found that significant progress has been made"), else a forecast overspend or
 * deficit with its figure. Null when no sentence says any of these.
 */
export function keyFinding(sections: SummarySection[]): string | null {
  const bullets = sections.flatMap((s) => s.bullets.map((b) => b.text));
  const score = (text: string): number => {
    if (
      /\b(inadequate|requires improvement|outstanding)\b/i.test(text) &&
      /\b(ofsted|inspect\w*|judge?ment|judged|rated|rating)\b/i.test(text)
    )
      return /\binadequate\b/i.test(text) ? 4 : 3;
    // "The monitoring visit from Ofsted in September 2025 found that significant progress has been made": what an
    // inspection found, short of a rating.
    if (
      /\b(ofsted|inspectors?|inspection|monitoring visit)\b/i.test(text) &&
      /\b(found|concluded|judged)\b/i.test(text)
    )
      return 2.5;
    if (/\b(overspend|underspend|deficit|shortfall|budget gap)\b/i.test(text) && /£\s?\d/.test(text)) return 2;
    return 0;
  };
  const words = (t: string) => t.split(/\s+/).length;
  // The strongest kind of finding; among equals the shortest, so the verdict survives the overview's word limit.
  const ranked = bullets.map((text) => ({ text, sc: score(text) })).filter((c) => c.sc >= 2);
  ranked.sort((a, b) => b.sc - a.sc || words(a.text) - words(b.text));
  return ranked[0]?.text ?? null;
}

export function writeCancelledOverview(input: SummaryInput, titles: string[]): string {
  const m = input.meeting;
  const word = m.status === "postponed" ? "postponed" : "cancelled";
  const when = `${formatMeetingDate(m.startsAt)} at ${formatMeetingTime(m.startsAt)}`;
  const planned = titles.length ? ` It had been due to discuss ${listTitles(titles)}.` : "";
  return `The meeting of ${bodyName(m.committeeName)} scheduled for ${when} was ${word}.${planned}`;
}

export function writeEmptyOverview(input: SummaryInput): string {
  const m = input.meeting;
  const past = Date.parse(m.startsAt) <= Date.parse(input.now);
  const date = formatMeetingDate(m.startsAt);
  return past
    ? `${upperFirst(bodyName(m.committeeName))} met on ${date}, but no agenda papers or minutes with content have been published for this meeting.`
    : `${upperFirst(bodyName(m.committeeName))} is scheduled to meet on ${date}. No agenda or papers have been published yet.`;
}
