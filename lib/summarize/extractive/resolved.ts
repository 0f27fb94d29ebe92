// Harrow minutes record decisions as "RESOLVED: That ..." or "RESOLVED: (1) ...; (2) ..."
// (docs/harrow.md#minutes-wording); Planning minutes add "DECISION: GRANTED ...". Cabinet appends reasons and options,
// which are not the decision.
import { clipWords, upperFirst } from "../text/sentences";
import { accountResumesAt } from "../text/minute-account";
import { officerWillReport, TO_A_LATER_MEETING } from "./later-steps";
import { namesInCapitals, withProperNames } from "../text/capitals";

const START =
  /\b((?:RESOLVED|Resolved(?= to RECOMMEND))(?: to RECOMMEND(?: \(to [^)]*\))?)?|DECISION|AGREED(?=\s*:))\s*[:.\u2013-]?\s*/;
// An older minute's "[Reason for Recommendation: …]" after the resolution too, even when the page cut it short
// ("[Reason for Recom").
// "[Reason: …]", a line "REASON: …" and "(See also Minute 61)" end it as well, and so does a bracketed note on a paragraph
// of its own ("[Note: The panel agreed to admit case H14 to the agenda as a matter of urgency.]"), a remark about it.
const END =
  /\b(Reasons? for (the )?(Decision|Recommendations?)|Alternative Options Considered|Conflict of Interest relating)\b|\[\s*Reasons? for\b|\[\s*Reasons?\s*:|\n\s*\[\s*Note\s*:|(?:^|\n)\s*Reasons?(?: for (?:the )?Recommendations?)?\s*:|\(See also Minutes?\b/i;

/** The decision text of a minute, verbatim (whitespace tidied); null when the minute has none. */
export function extractResolved(text: string | null | undefined): string | null {
  if (!text) return null;
  const notice = licensingNotice(text);
  if (notice) return notice;
  const m = START.exec(text);
  if (!m) return null;
  let body = text.slice(m.index + m[0].length);
  const end = END.exec(body);
  if (end) body = body.slice(0, end.index);
  body = body.slice(0, accountResumesAt(body));
  // A section row printed after the minute ("RESOURCES", "PEOPLE") is not part of the decision.
  body = body.replace(/(\n\s*[A-Z][A-Z &,'\u2019-]{2,}\s*)+$/, "");
  body = cellTables(body);
  body = body
    .replace(/[ \t]+/g, " ")
    .replace(/\s*\n\s*/g, " ")
    .trim();
  if (!body) return null;
  body = ordinaryCapitals(body, text);
  // "AGREED: That the above be noted.": "the above" is the minute's own account (where the page printed it), which the
  // item's points give; what was noted is that information.
  body = body.replace(/^(that,?\s+)?the above(?= be noted\b)/i, "$1the information");
  // "RESOLVED: To provide a": a decision the page cut after its first few words says nothing ("Noted" does).
  if (
    body.split(" ").length <= 3 &&
    !/[.!?)\]"\u201d]$/.test(body) &&
    !/\b(?:noted|agreed|approved|accepted|adopted|endorsed|deferred|granted|refused|withdrawn|carried|lost|none|nil)$/i.test(
      body,
    )
  )
    return null;
  // "RESOLVED: The Chair reported that she had spoken to the questioner …": an account printed under the label,
  // which the minute's points say; no decision.
  if (REPORTED.test(body)) return null;
  const outcome = afterRegardList(body);
  if (outcome !== undefined) return outcome;
  const lead = /^resolved to/i.test(m[1]!) ? `${m[1]!.replace(/^Resolved/, "RESOLVED")}: ` : "";
  return `${lead}${body}`;
}

/**
 * A resolution printed in capitals ("THAT COUNCILLOR MRS ANN LEE BE ELECTED MAYOR OF THE LONDON BOROUGH OF HARROW FOR
 * THE MUNICIPAL YEAR 2026/2027"), in ordinary type: the words after a title are the person's name, in title case;
 * other words take the case the rest of the minute prints them in ("Mayor", "London Borough of Harrow"), else lower
 * case; each sentence starts with a capital. Anything else is returned as it is.
 */
function ordinaryCapitals(body: string, minute: string): string {
  const letters = body.replace(/[^A-Za-z]/g, "");
  if (letters.length < 30 || letters.replace(/[^a-z]/g, "").length > letters.length / 20) return body;
  const printed = new Map<string, string>();
  for (const word of minute.match(/\b[A-Za-z][a-z]+\b/g) ?? []) {
    const key = word.toLowerCase();
    // A word printed with a capital inside a sentence keeps it ("Mayor"); one printed in lower case anywhere is an
    // ordinary word.
    if (!printed.has(key) || word === key) printed.set(key, word);
  }
  return withProperNames(
    namesInCapitals(body, (word) => printed.get(word.toLowerCase()) ?? word.toLowerCase()),
  ).replace(/(^\s*|[.!?]\s+)([a-z])/g, (_m, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

/** A table cell the page printed as a paragraph of its own: a few words, no sentence, no clause number. */
const CELL = /^(?!\(\w{1,3}\)\s|RESOLVED\b)[^\n.;:!?]{1,60}$/;
const NAMED_CELL = /\b(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z]|\d/;

/**
 * A table inside a resolution ("… be approved as set out in the table below …; and", then "Portfolio Holder
 * Assistant", "Identified Remit", "Responsible Cabinet Member", "Cllr A", "Planning", "Cllr B", … a paragraph per
 * cell, then "(2) …"): one bracket after the clause that points to it, its header as the lead and a row per "; ",
 * never its cells run into the next clause. Cells that do not make whole rows are given as printed.
 */
function cellTables(body: string): string {
  const paragraphs = body.split(/\n\s*\n/);
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length;) {
    let j = i;
    while (j < paragraphs.length && CELL.test(paragraphs[j]!.trim())) j++;
    const cells = paragraphs.slice(i, j).map((c) => c.trim());
    if (cells.length < 6 || out.length === 0) {
      out.push(...(j > i ? paragraphs.slice(i, j) : [paragraphs[i]!]));
      i = Math.max(j, i + 1);
      continue;
    }
    const width = cells.findIndex((c) => NAMED_CELL.test(c));
    const rows: string[][] = [];
    if (width >= 2 && (cells.length - width) % width === 0)
      for (let k = width; k < cells.length; k += width) rows.push(cells.slice(k, k + width));
    const table = rows.length
      ? `${cells.slice(0, width).join(" \u2013 ")}: ${rows.map((r) => r.join(" \u2013 ")).join("; ")}`
      : `the table as printed: ${cells.join(", ")}`;
    // "…, noting that these superseded previous appointments; and": the table goes before the clause's "; and".
    const before = out.pop()!;
    const tail = /;\s*(?:and)?\s*$/.exec(before)?.[0] ?? "";
    out.push(`${before.slice(0, before.length - tail.length)} (${table})${tail}`);
    i = j;
  }
  return out.join("\n\n");
}

const REPORTED =
  /^(?:the )?(?:Chair(?:man|woman)?|Vice-Chair(?:man|woman)?|Leader(?: of the Council)?|Mayor|Portfolio Holder(?: for [A-Z][\w,& ]+?)?|(?:Corporate |Strategic |Interim )?Director(?: of [A-Z][\w,& ]+?)?|[A-Z][\w ]{0,30}? Officer)\s+(?:had\s+)?(?:reported|said|explained|advised|informed|stated|told)\b/i;

/** Whether a text printed under "RESOLVED:" is an account of what someone said, not a resolution. */
export function isReportedAccount(text: string): boolean {
  return REPORTED.test(text.trim());
}

const NOTICE_PAST: Record<string, string> = {
  GRANT: "granted",
  REFUSE: "refused",
  REJECT: "rejected",
  REVOKE: "revoked",
  SUSPEND: "suspended",
};

/**
 * A licensing panel's notice of decision, in the council's capitals ("… RESOLVED TO TAKE THE FOLLOWING STEPS …:
 * RESOLVED TO GRANT THE APPLICATION SUBJECT TO CONDITIONS THE CONDITIONS ARE AS FOLLOWS: 1. …"), as a plain sentence
 * with the conditions after it: "The application was granted subject to conditions: 1. …". Null for any other minute.
 */
function licensingNotice(text: string): string | null {
  const m =
    /\bRESOLVED TO (GRANT|REFUSE|REJECT|REVOKE|SUSPEND)\b([A-Z0-9 ,'()/-]*?)(?=\s*(?:\n|THE CONDITIONS ARE\b|$)|\s+[A-Z][a-z])/.exec(
      text,
    );
  if (!m) return null;
  const object = m[2]!.trim().toLowerCase();
  const parts = /^(the [a-z ]+?|it)((?:\s+(?:subject to|for|with|until|from)\b.*)?)$/.exec(object);
  const sentence = parts
    ? `${upperFirst(parts[1]!)} was ${NOTICE_PAST[m[1]!]}${parts[2]}`
    : `Resolved to ${m[1]!.toLowerCase()}${object ? ` ${object}` : ""}`;
  const conditions = /\bTHE CONDITIONS ARE(?: AS FOLLOWS)?:?\s*([\s\S]+)$/.exec(text.slice(m.index))?.[1];
  const listed = conditions ? clipWords(conditions.replace(/\s+/g, " ").trim(), 60) : "";
  return listed ? `${sentence}: ${listed}` : `${sentence}.`;
}

/**
 * A licensing decision after the list of what the Panel took into account ("That, having taken into account the
 * following, · the representations …; · the Licensing Act 2003 …, the Panel decided to grant …"; "That, having taken
 * into account: · …"; "That, having taken into account the representations …, the Act and the Guidance, the premises
 * licence be modified as follows: (1) …"): the outcome alone, with its own numbered conditions or steps, the list being
 * the statute's (docs/summaries.md#summaries-and-topics-libsummarize); "" when the page broke off inside the list, and
 * undefined when the decision has no such list.
 */
function afterRegardList(body: string): string | undefined {
  const lead =
    /^(?:that,?\s*)?having (?:(?:taken into account|had regard to|considered) (?:all )?the following\b[,:]?|(?:taken into account|had regard to)\s*:|(?=(?:taken into account|had regard to) \S[^:;]*?, (?:the|it) ))\s*/i.exec(
      body,
    );
  if (!lead) return undefined;
  const rest = body.slice(lead[0].length).replace(/^(?:taken into account|had regard to)\s+/i, "");
  // The outcome is the first clause after the list's last point that says what the Panel did: the licence, the
  // application or the Panel, with its verb ("be granted", "be modified", "decided to …"); the points before name
  // what was weighed, never with such a verb.
  const lastPoint = Math.max(rest.lastIndexOf("\u00b7"), rest.lastIndexOf("\u2022"));
  for (const m of rest.matchAll(OUTCOME_AFTER_LIST)) {
    if (m.index! < lastPoint) continue;
    const outcome = rest.slice(m.index! + m[0].length).trim();
    const clause = outcome.split(/[;:]/)[0]!;
    // "the application be granted": the resolution's own "That" goes back before its "be", to be turned round as any
    // other resolution is ("The application was granted").
    if (OUTCOME_VERB.test(clause)) return /\bbe\b/.test(clause) ? `That ${outcome}` : upperFirst(outcome);
  }
  return "";
}

/** ", the application …", "; it …": where a licensing outcome may start, after the list it was weighed against. */
const OUTCOME_AFTER_LIST =
  /[,;]\s+(?=(?:the|it)\s+(?:Panel|Sub-Committee|Committee|application|(?:premises )?licen[cs]e|premises|decision)\b)/gi;
const OUTCOME_VERB = /\b(?:be|was|were|is|decided|resolved|agreed)\b/;

/** The minute with its decision removed, so the discussion can be condensed without repeating the decision. */
export function withoutResolved(text: string): string {
  const m = START.exec(text);
  return m ? text.slice(0, m.index).trim() : text;
}

/** "noted", "agreed" or "approved", from the wording of a decision. */
export function decisionVerb(resolved: string): "noted" | "agreed" | "approved" | "recommended" | "decided" {
  // "… the procurement that had been approved earlier", "the policy, which was agreed in 2019": an earlier decision the
  // clause points back to is not what this one did.
  resolved = resolved.replace(
    /,?\s*(?:that|which) (?:had|has) (?:previously |already )?been (?:approved|agreed|endorsed|adopted|noted)\b[^,;]*|,\s*which (?:was|were) (?:previously |already )?(?:approved|agreed|endorsed|adopted|noted)\b[^,;]*/gi,
    "",
  );
  // "Cabinet be recommended to …", "RESOLVED to RECOMMEND", not the noun: "… on the overdue recommendations" is no
  // recommendation made, and nor is a vote on the officers' one ("The recommendation was carried, 6 votes to 2").
  const own = resolved.replace(
    /\bThe recommendations? (?:as amended )?(?:was|were) (?:carried|lost|agreed|defeated)\b[^.;]*/g,
    "",
  );
  if (/RESOLVED to RECOMMEND|\brecommend(?!ations?\b)/i.test(own)) return "recommended";
  if (/\bapprov/i.test(resolved)) return "approved";
  if (/\b(agreed|agree|endorsed|adopted|authorised|granted|refused)\b/i.test(resolved)) return "agreed";
  if (/\bnot(ed|e)\b/i.test(resolved)) return "noted";
  return "decided";
}

/**
 * A resolution in plain words: the same decisions and figures without the report's cross-references ("as set out
 * in section 15 of the officer report", "(Appendix 2 to the report)"), the signature and closing time that the
 * printed minutes put after the last item, or the dangling "; and" between numbered resolutions.
 */
const IMPERATIVE: Record<string, string> = {
  approved: "approve",
  agreed: "agree",
  noted: "note",
  adopted: "adopt",
  endorsed: "endorse",
  received: "receive",
  accepted: "accept",
  granted: "grant",
  refused: "refuse",
  deferred: "defer",
};

/** The head noun decides "was" or "were": "the recommendations were", "the budget, having regard to …, was". */
function isPlural(phrase: string): boolean {
  // "(1) the plan and the return": the clause's number is no part of what it names.
  phrase = phrase.replace(/^\(\d+\)\s+/, "");
  // "the membership of the Committee, the Chairs and Nominated Members of its panels": a list of several things.
  const parts = phrase.split(/,\s*/);
  if (
    parts.length > 1 &&
    parts.slice(1).every((p) => /^(?:and\s+)?the\s+[A-Za-z]/.test(p)) &&
    /^(?:and\s+)?the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+(?:the\s+)?[A-Z]|^and\s+the\b/.test(
      parts[parts.length - 1]!,
    )
  )
    return true;
  // "the report and the work programme": two things, each with its article ("the Health and Wellbeing Board" is one).
  if (
    /^(?:the|a|an|its|this)\s+[^,;]+?\s+and\s+(?:the|a|an|its|this)\s+\w/i.test(
      phrase.split(",")[0]!.split(/\s+of\s+/i)[0]!,
    )
  )
    return true;
  // The head noun comes before its qualifiers: "the contents of Appendix 1", "the recommendations in the report".
  // …and before a participle that qualifies it: "the nine recommendations set out in the report".
  const core = phrase
    .split(",")[0]!
    .split(/\s+(?:of|in|on|for|from|to|within|under|at)\s+/i)[0]!
    .split(
      /\s+(?:set out|contained|listed|detailed|described|shown|attached|included|made|agreed|received|summarised|submitted)\b/i,
    )[0]!;
  // Two posts or bodies, each with its article: "the Chair and the Director of Finance" were authorised.
  if (/^the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+the\s+[A-Z]/.test(core.trim())) return true;
  const head = core.trim().split(/\s+/).pop() ?? "";
  return /[^su]s$/i.test(head) && !/^(minutes|accounts|statistics)$/i.test(head)
    ? true
    : /^(minutes|accounts)$/i.test(head);
}

/**
 * "was" or "were" for a resolution the meeting itself accomplished ("the report be noted" -> "was noted"); "to be"
 * for one that happens later ("a plan be reported back to Cabinet later in the year" -> "to be reported back"), so
 * the summary never says a future step has been taken.
 */
const FUTURE =
  /\b(?:later|in due course|(?:to )?(?:every|each) (?:meeting|quarter)|quarterly|regularly|(?:a |the )?(?:future|later|next) (?:meeting|year|month)|next year|within \d+ (?:days|weeks|months)|in \w+ (?:weeks|months|years)|annually|each year|every year|by (?:the end of )?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|\d{4}))\b/i;

/** "…, or any later date if mobilisation was delayed,": a clause of its own before the verb, whose comma stays. */
const OWN_CLAUSE = /\b(?:if|when|where|once|unless|should|provided)\b[^,;]*\b(?:was|were|is|are|had|has)\b[^,;]*,$/i;

/** "the car park be closed from 1 April 2026": a step that starts later, decided now ("to be closed from …"). */
const STARTS_LATER =
  /^\s*(?:with effect )?from \d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/i;

function passiveOf(subject: string, verb: string, rest: string): string {
  // "the strategy to maximise the available affordable housing, be approved": a lone comma before the verb pairs with
  // nothing, so it goes ("the report, as amended, be approved" keeps both; so does a clause of its own before it).
  const what = /^[^,]*,\s*$/.test(subject) && !OWN_CLAUSE.test(subject) ? subject.replace(/,\s*$/, "") : subject;
  // "be noted, and that the Director provide a note before the next meeting": the later step is the next clause's.
  const own = rest.split(/,?\s+and that\b|;/)[0]!;
  // "Cabinet be recommended to report progress each quarter": the recommending is done at the meeting, whatever the
  // recommendation sets for later.
  const later =
    (FUTURE.test(own) || STARTS_LATER.test(own) || TO_A_LATER_MEETING.test(own)) && !/^recommended$/i.test(verb);
  if (!later) return `${what} ${isPlural(what) ? "were" : "was"} ${verb}`;
  // "the car park be closed from 1 April 2026", "Cabinet be asked to bring forward a plan by March 2027": a step set
  // for later reads "will be", a sentence, never the fragment "the car park to be closed".
  return `${what} will be ${verb}`;
}

/** Who is to be consulted or satisfied before an officer acts: process, not the decision. A list of office holders. */
const OFFICE_LIST = String.raw`(?:the )?(?:same )?[A-Z][^;,.]*(?:,\s*(?:and\s+)?(?:the )?[A-Z][^;,.]*)*`;
const CONSULTING = new RegExp(
  String.raw`,?\s*\b(?:after|following|in|upon|on) (?:consulting|consultation with|having consulted)\s+${OFFICE_LIST}(?:,(?=\s)|(?=[;.]|$))`,
  "g",
);
/** "after compliant procurement and consulting the Portfolio Holders for …, to award": the step kept, the offices not. */
const AND_CONSULTING = new RegExp(
  String.raw`\s+and (?:after )?(?:consulting|consultation with|having consulted|in consultation with)\s+${OFFICE_LIST}(?=,)`,
  "g",
);
const officesIn = (clause: string) =>
  clause.split(/,\s*(?:and\s+)?(?=(?:the )?[A-Z])|\s+and\s+(?=the [A-Z])|\s+and\s+for\s+/).length;
const SATISFACTION = new RegExp(String.raw`\s+to the (?:satisfaction|agreement) of\s+${OFFICE_LIST}`, "g");

/** Verbs whose past participle is the decision itself: "the report be noted" -> "The report was noted". */
const ONWARD: Record<string, string> = {
  recommended: "recommend",
  referred: "refer",
  forwarded: "forward",
  submitted: "submit",
};

const DECIDED = "(approved|agreed|noted|adopted|endorsed|received|accepted|granted|refused|deferred)";
const NOTED = "(approved|agreed|noted|adopted|endorsed|received|accepted)";
/** Any past participle, irregular ones too ("be given delegated authority"). */
const PARTICIPLE = String.raw`(\w+ed|given|made|taken|brought|put|set|sent|held|sought|undertaken|written|drawn|kept|paid|done|shown|built|bought|sold|met|told)`;

/**
 * A resolution's own "be <verb>" after `before` ("that the report be noted"), never a "be" inside one of its clauses
 * ("is to be leased", "will be reviewed"); the rest of the clause is captured last, to tell a step set for later
 * from one the resolution itself took (passiveOf).
 */
function resolutionVerb(before: string, verbs: string): RegExp {
  return new RegExp(
    `${before}(?<!\\b(?:to|will|would|should|must|can|could|may|might|shall|not|also|then)) be ${verbs}\\b(?=([^;]*))`,
    "gi",
  );
}

/** "that X be noted", "that X be added", "(2) X be authorised", "…; X be approved" (printed minutes that lost the numbers). */
// Not the "that" of a clause inside the resolution ("with the intention that …", inClause).
const RESOLUTION_THAT = String.raw`(?<!\b(?:intention|intent|so|provided|providing|ensure|ensuring|condition|basis|requirement|expectation|proviso|understanding|order)\s)\bthat,?\s+((?:the )?[^;]+?)`;
const THAT_DECIDED = resolutionVerb(RESOLUTION_THAT, DECIDED);
const THAT_PARTICIPLE = resolutionVerb(RESOLUTION_THAT, PARTICIPLE);
/** A clause's subject, with its own brackets ("fitting out the Depot at £8.415m (£7.690m capital) be approved"). */
const SUBJECT = String.raw`((?:the )?(?:[^;()]|\((?!\d+\))[^()]*\))+?)`;
const NUMBERED_PARTICIPLE = resolutionVerb(String.raw`(\(\d+\)\s+)${SUBJECT}`, PARTICIPLE);
const UNNUMBERED_NOTED = resolutionVerb(String.raw`(;\s+)${SUBJECT}`, NOTED);
const UNNUMBERED_PARTICIPLE = resolutionVerb(String.raw`(;\s+)${SUBJECT}`, PARTICIPLE);
/** "… and the site be declared surplus": a second subject and its own "be", after a clause already said. */
const AND_PARTICIPLE = resolutionVerb(
  String.raw`(\s(?:and|,\s*and)\s+)((?:the|this|that|these|those|its|their|all) [^;,()]{1,80}?)`,
  PARTICIPLE,
);

/** "(7) that the Chief Executive be instructed to …", "…; officers be instructed to …". */
// "Section 38 (2)" is a section's subsection, not a clause number.
const INSTRUCTED = /(^|\bthat,?\s+|(?<!\d\s)\(\d+\)\s+(?:that,?\s+)?|;\s+)((?:the )?[^;()]+?) be instructed to\b/gi;

/**
 * "(4) that report be included in the business plan": "that" points back to a step set earlier ("(3) a further report
 * come to Cabinet"), which is still to come, so this one is too; it is not the "that" which opens a resolution.
 */
const POINTS_BACK = /^(?:report|plan|review|study|strategy|scheme|contract|proposal|programme|policy|work)\b/;

export function plainResolution(text: string): string {
  const parts = alsoRecommended(text);
  if (parts.length > 1) return parts.map(plainResolution).join(" ");
  const conditions = CONDITIONS_LAST.exec(text);
  if (conditions) return `${plainResolution(conditions[1]!)} ${asPrinted(conditions[2]!)}`;
  text = bulletList(withoutCutClause(text));
  const recommends = RECOMMENDS.test(text);
  return endAtClause(
    reportNotedFirst(
      sayVerbOnce(
        sameOfficerOnce(withoutNotings(willDo(recommendedNow(plainWords(inClause(text))), recommends), recommends)),
      ),
    ),
  ).replace(/\u2060/g, "");
}

/**
 * "… be granted, subject to the following conditions: (1) alcohol be sold only between 09:00 and 22:00; (2) …", "(3)
 * the following conditions be added to the licence: a refusals register be kept …; staff be trained …": the conditions
 * a licence or permission is to carry, ending the resolution, are rules for the future, not steps the meeting took.
 * They are said as printed ("alcohol be sold only …"), never turned round into "alcohol was sold only …"; the
 * resolution before them is read as any other.
 */
const CONDITIONS_LAST = /^([^]*?\bconditions?\b[^;:()]{0,80}?:)\s*((?:\(1\)\s)[^]+|(?![^]*\(\d+\)\s)[^]+)$/i;

/** Conditions as printed, their "; and" between clauses tidied and a stop at the end. */
function asPrinted(conditions: string): string {
  const text = conditions
    .replace(/;\s*(?:and|or)\s+(?=\(\d+\)|[a-z])/gi, "; ")
    .replace(/\s{2,}/g, " ")
    .trim()
    .replace(/[;,]$/, "");
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * "RESOLVED: That the strategy be approved." then "Resolved to RECOMMEND: (to Cabinet) That it be adopted": a board
 * decides one thing itself and recommends another to a body above it under one minute; each part is said in its own
 * way, the decision and then the recommendation, never the label run into the sentence before it.
 */
function alsoRecommended(text: string): string[] {
  return text
    .split(/\s+(?=(?:RESOLVED|Resolved) to RECOMMEND\b)/)
    .map((part) => part.replace(/^Resolved(?= to RECOMMEND\b)/, "RESOLVED"))
    .filter((part) => part.trim());
}

/**
 * "Cabinet to be recommended to set a target …": the recommending is done at the meeting, whatever the
 * recommendation sets for later, so it reads "Cabinet was recommended to …".
 */
function recommendedNow(text: string): string {
  return text.replace(
    /(^|;\s*(?:\(\d+\)\s*)?|\(\d+\)\s*)(Cabinet|Council|the Portfolio Holder(?: for [A-Z][\w ,&'-]*?)?) to be recommended to\b/g,
    "$1$2 was recommended to",
  );
}

/**
 * "That (1) the report be noted; and (2) Ann Bell, Managing Director, be requested to": a last numbered clause the
 * page cut off (no stop, a word that only leads on or a word's first letters, "(4) that the Independent Person t")
 * says nothing of what was asked, and goes; the clauses before stay.
 */
function withoutCutClause(text: string): string {
  if (/[.!?)\]]\s*$/.test(text)) return text;
  const cut =
    /;\s*(?:and\s+)?\(\d+\)\s+[^;]*?(?:\b(?:[Tt]o|[Tt]he|of|and|or|a|an|for|that|be|with|by|at|from)|\s(?![aI]\b)[a-z])\s*$/.exec(
      text,
    );
  if (!cut) return text;
  const kept = text.slice(0, cut.index);
  // One clause left: its "(1)" numbers nothing.
  return `${/\(2\)/.test(kept) ? kept : kept.replace(/\(1\)\s+/, "")}.`;
}

/**
 * "… be appointed as Advisers for 2023/24:" then a line per person, each after a printed bullet ("· Ann Wood (Harrow
 * Cyclists)"): the list follows its lead-in's colon, its lines joined with "; ", never the bullets run into one line.
 */
function bulletList(text: string): string {
  return text
    .replace(/:-?\s*[\u00b7\u2022]\s*/g, ": ")
    .replace(/[;,]?\s*\n\s*[\u00b7\u2022]\s*/g, "; ")
    .replace(/\s+[\u00b7\u2022]\s+(?=[A-Z])/g, "; ");
}

/**
 * "… with the intention that the council be offered first refusal …", "… so that residents be consulted": a "that"
 * inside a resolution's clause says what is meant to happen, not what the meeting did. Its "be" is marked (a word
 * joiner, removed at the end) so no rule takes it for the resolution's own verb.
 */
const CLAUSE_THAT =
  /\b(?:intention|intent|so|provided|providing|ensure|ensuring|condition|basis|requirement|expectation|proviso|understanding|order)\s+that\b/i;
function inClause(text: string): string {
  return text.replace(
    new RegExp(`(${CLAUSE_THAT.source}[^;()]*?\\b)be\\b`, "gi"),
    (_m, before: string) => `${before}b\u2060e`,
  );
}

const RECOMMENDS = /^RESOLVED to RECOMMEND\b|^(?:That:?\s+)?(?!\(\d)[^;(]{0,80}\brecommend(s|ed)? (to|that)\b/i;

/**
 * Numbered resolutions that all do the same thing say it once, numbers kept (a later one may cite "recommendation
 * 2"): "(1) approve the budget; (2) approve the MTFS" -> "approve (1) the budget; (2) the MTFS", and "(1) The budget
 * was approved; (2) The MTFS was approved" -> "Approved: (1) the budget; (2) the MTFS"; a run that starts after a
 * clause of another kind keeps its verb in each clause.
 */
function sayVerbOnce(text: string): string {
  const clause = /(?<=^|[;:.]\s|\]\s|\)\s)\((\d+)\)\s+([^;]+?)(?=;\s*\(\d+\)|;?\s*$|\.\s|;\s*\[|;\s+\()/g;
  const clauses = [...text.matchAll(clause)];
  const runs: { start: number; end: number; verb: string; parts: string[] }[] = [];
  let run: (typeof runs)[number] | null = null;
  for (const c of clauses) {
    const body = c[2]!;
    // "(2) agree that …; (3) agree to …": a verb with its own clause after it is said in each point.
    const imperative =
      /^(approve|agree|note|adopt|endorse|receive|accept|grant|refuse|defer) (?!that\b|to\b)(.+)$/i.exec(body);
    // "(1) The 2023/24 budget was approved so that the Council Tax for 2023/24 can be set": what it is for goes with
    // what was approved ("Approved: (1) the 2023/24 budget so that …").
    const passive = imperative
      ? null
      : /^(.+?) (?:was|were) (approved|agreed|noted|adopted|endorsed|received|accepted|granted|refused|deferred)( so that [^;]+)?\.?$/i.exec(
          body,
        );
    const verb = imperative ? imperative[1]!.toLowerCase() : passive ? passive[2]!.toLowerCase() : null;
    // "an addition of £2.150m …, for homes for temporary accommodation, was approved": the comma before the verb goes
    // with it, never left before the list's ";".
    const what = (
      imperative ? imperative[2]! : passive ? `${passive[1]!.replace(/,$/, "")}${passive[3] ?? ""}` : ""
    ).replace(/,$/, "");
    const adjacent = run && text.slice(run.end, c.index).trim() === ";";
    if (verb && run && adjacent && run.verb === verb) {
      run.parts.push(`(${c[1]}) ${lowerFirst(what)}`);
      run.end = c.index + c[0].length;
    } else if (verb) {
      runs.push((run = { start: c.index, end: c.index + c[0].length, verb, parts: [`(${c[1]}) ${lowerFirst(what)}`] }));
    } else run = null;
  }
  let out = text;
  // Only a run from the first clause: "(1) … was noted; Approved: (2) …; (3) …" would leave "(3) the addition of
  // £1.36m …" without a verb when the clauses are shown one a line (lib/data/summary-view.ts numberedClauses).
  const first = clauses[0]?.index;
  for (const r of runs.filter((x) => x.parts.length > 1 && x.start === first).reverse()) {
    const passive = !/^(approve|agree|note|adopt|endorse|receive|accept|grant|refuse|defer)$/.test(r.verb);
    const said = passive ? `${upperFirst(r.verb)}: ${r.parts.join("; ")}` : `${r.verb} ${r.parts.join("; ")}`;
    // "(2) The work programme was approved.": the run's last clause took the resolution's full stop with it.
    const stop = /\.\s*$/.test(out.slice(r.start, r.end)) && !said.endsWith(".") ? "." : "";
    out = `${out.slice(0, r.start)}${said}${stop}${out.slice(r.end)}`;
  }
  return out;
}

const lowerFirst = (s: string) =>
  /^[A-Z][a-z]/.test(s) && !/^(Council|Cabinet|Harrow|The Council)\b/.test(s)
    ? `${s.charAt(0).toLowerCase()}${s.slice(1)}`
    : s;

/** ", noting the delegation given in November 2018 to …" up to the clause's end: an earlier decision recalled. */
const EARLIER_DECISION_NOTED =
  /,\s*noting (?:that )?(?:the |an? )?(?:earlier |previous |existing )?(?:delegations?|decisions?|authority|approvals?|resolutions?) (?:(?:already|previously) )?(?:given|made|taken|granted|agreed|approved|delegated) (?:by [A-Z][\w ]{2,40}? )?(?:in|on) (?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b[^;]*?(?=;|\.?\s*$)/g;

function plainWords(text: string): string {
  // A recommendation to another body stays one: "(1) approve the budget", never "the budget was approved".
  const recommends = RECOMMENDS.test(text);
  return (
    text
      // "Resolved to RECOMMEND (unanimously): (to Council)": how it was carried goes after whom it went to.
      .replace(
        /^RESOLVED to RECOMMEND:?\s*(\((?!to\b)[^)]*\))?:?\s*\(to ([^)]+)\):?\s*/i,
        (_m, how: string | undefined, body: string) => `Recommended to ${body.trim()}${how ? ` ${how}` : ""}: `,
      )
      // "That the Portfolio Holder for Environment be recommended to approve: (1) …", "That Cabinet be recommended to (1)
      // make …": a recommendation to that body, said as the others are ("Recommended to Cabinet: (1) make …").
      .replace(
        /^(?:RESOLVED:?\s*)?That,?\s+((?:the )?(?:Cabinet|Council|(?:Portfolio Holder|Leader|Corporate Director|Director)\b[\w' ,]{0,80}?)) be recommended to:?\s+(?=\(1\)|(?:approve|agree|adopt|endorse|note|make|provide|introduce)\b)/,
        (_m, body: string) => `Recommended to ${body.trim()}: `,
      )
      // "… be recommended to approve: (1) …": the verb leads into its list without a second colon.
      .replace(
        /^(Recommended to [^:]+: )(approve|agree|adopt|endorse|note|make|provide|introduce):\s+(?=\(1\))/,
        "$1$2 ",
      )
      // "Following consideration of the report, Cabinet Resolved to RECOMMEND: That …": to whom, the minute does not say.
      .replace(/^RESOLVED to RECOMMEND:?\s*(?=That\b|\(1\))/i, "Recommended: ")
      // "Resolved to RECOMMEND: to Council (1) …": the body named after the colon, without brackets.
      .replace(
        /^RESOLVED to RECOMMEND:?\s*to ((?:the )?[A-Z][\w'\u2019 ]*?)\s*:?\s+(?=\(1\)|That\b)/,
        (_m, body: string) => `Recommended to ${body.trim()}: `,
      )
      // "Recommended to the Leader of the Council: That (1) the first hour … be free": the "That" before the list goes,
      // and "That Cabinet (1) note …" names the body it is recommended to a second time.
      .replace(/^(Recommended to ([^:(]+?)(?: \([^)]*\))?: )That(?: \2)?:?\s+(?=\(1\))/, "$1")
      // "That Council agree (1) …": the body named again before its verb goes with the "That".
      .replace(/^(Recommended to ([^:(]+?)(?: \([^)]*\))?: )That \2 (?=[a-z]+ \(1\))/, "$1")
      // "(See also Minute 75)." after the resolution: a pointer to another minute, not part of the decision.
      .replace(/(?<=[.;])\s*\(see also minutes? [\w.]+(?: (?:and|to) [\w.]+)?\)\.?/gi, "")
      .replace(
        /\s*\((?:see (?:also )?)?(?:appendix|annex|table|section|paragraph|minute)s? [\w.]+(?: (?:and|to) [\w.]+)?(?: (?:to|of|in) the (?:officer'?s? |cabinet |committee )?report)?\)/gi,
        "",
      )
      // "the terms of reference, as now amended and as set out at Appendix 1 to these minutes, be approved", "the
      // Protocol, now attached, be adopted": where the text is printed, not what was decided.
      .replace(
        /,?\s*(?:and )?(?:as )?(?:set out|shown|contained) (?:at|in) (?:appendix|annex|schedule) [\w.]+ to (?:these|the) minutes\b/gi,
        "",
      )
      .replace(
        /,\s*(?:as\s+)?(?:now\s+)?(?:attached|appended|enclosed)(?: (?:hereto|to these minutes))?(?=\s*(?:,|;|\.|be\b|$))/gi,
        "",
      )
      .replace(
        // "detailed in Appendix 1 of these minutes" says where the detail is kept, and stays.
        /,?\s*(?:as )?(?:now )?(?:set out|detailed|described|contained|shown) in (?:section|paragraph|appendix|annex|table)s? [\w.]+(?:\s*(?:and|to|-)\s*(?!the\b)[\w.]+)?(?: (?:of|to) the (?:officer'?s? |cabinet )?report)?(?! (?:of|to) (?:these|the) minutes)/gi,
        "",
      )
      // "the Parking Strategy, at Appendix A to the report, be approved": where the strategy is printed, set off by
      // commas, goes with both of them.
      .replace(
        /,\s*(?:at|in) (?:appendix|annex) [\w.]+ (?:to|of) the (?:officer'?s? |cabinet |committee )?report\b,?(?=\s)/gi,
        "",
      )
      .replace(
        /\s+in (?:appendix|annex|section|paragraph) [\w.]+ (?:to|of) the (?:officer'?s? |cabinet |committee )?report\b/gi,
        "",
      )
      // "the consultation responses, summarised in section 5 of and Appendix 1 to the officer report, be noted".
      .replace(
        /,?\s*(?:(?:as )?(?:summarised|set out|described|detailed|contained|shown) )?in (?:section|paragraph|appendix|annex)s? [\w.]+ (?:of|to) and (?:appendix|annex|section|paragraph)s? [\w.]+ (?:to|of) the (?:officer'?s? |cabinet |committee )?report(?:,(?=\s))?/gi,
        "",
      )
      // "as set out in the report", "the works in the officer report": where the detail is, not what was decided.
      .replace(
        /,?\s*(?:as )?(?:set out|detailed|described|contained|shown|summarised|proposed) in the (?:officer'?s? |cabinet |committee )?report\b,?/gi,
        "",
      )
      .replace(/\s+in the (?:officer'?s?|cabinet|committee) report\b/gi, "")
      // "under Section 38(2) of the Local Government Finance Act 1992, the Chief Executive…": the legal power, which
      // the official minutes keep, not the decision.
      .replace(/\b[Uu]nder [Ss]ection \d+\s*(?:\(\d+\))?(?: of the [A-Z][\w ]+? Act \d{4})?,\s*/g, "")
      // "under the Local Authorities (Goods and Services) Act 1970": the power used, not what was decided.
      .replace(
        /,?\s+under the [A-Z][\w'’ ]*?(?:\([\w ]+\)[\w ]*?)? (?:Act|Order|Regulations) \d{4}(?: \((?:as )?amended\))?(?=[,;.]|\s|$)/g,
        "",
      )
      // Whom an officer consults or must satisfy before acting is process: a list of offices goes, one office is kept
      // (short, and part of the delegation).
      .replace(AND_CONSULTING, (clause: string) => (officesIn(clause) > 1 ? "" : clause))
      .replace(CONSULTING, (clause: string) => (officesIn(clause) > 1 ? "" : clause))
      // "once negotiations are concluded to the satisfaction of the Director of Finance": the condition stays, whose
      // satisfaction is the officers' process.
      .replace(SATISFACTION, "")
      // "…, noting the delegation given in November 2018 to the Corporate Director to agree leases …": a reminder of
      // an earlier decision, not this one (a reminder with a sum or a rate stays).
      .replace(EARLIER_DECISION_NOTED, (clause: string) => (/[£$%]|\d%/.test(clause) ? clause : ""))
      .replace(/\s*\(?\bCHAIR\b\)?\s*$/g, "")
      .replace(/\s*\(Signed\)[^]*$/i, "")
      .replace(/\s*\(?The meeting (?:finished|closed|ended) at [^)]*\)?\.?\s*$/i, "")
      .replace(/\bthat the following be noted:\s*/gi, () => (recommends ? "note: " : "noted: "))
      // "(2) should the overspend not be mitigated by March, the balance be funded from reserves, be agreed": the
      // decision is the agreement; what it agreed happens only if the condition is met.
      .replace(
        /(\(\d+\)\s+|\bthat,?\s+|;\s+)(should|if|where) ([^;]+?), ((?:the )?[^;,]+?) be (\w+ed|paid|met|made) ([^;]*?),? be (agreed|approved)(?=;|\.|\s*$)/gi,
        (
          _m,
          before: string,
          cond: string,
          condition: string,
          what: string,
          verb: string,
          rest: string,
          agreed: string,
        ) =>
          recommends
            ? `${before}${agreed.slice(0, -1)} that, ${cond.toLowerCase()} ${condition}, ${what} would be ${verb} ${rest}`
            : `${before}it was ${agreed} that, ${cond.toLowerCase()} ${condition}, ${what} would be ${verb} ${rest}`,
      )
      // "That, subject to consultation, the Code be approved and adopted into the Constitution": the condition first,
      // then both verbs as one decision ("subject to consultation, approve the Code and adopt it into …").
      .replace(
        /\bthat,?\s+((?:subject to|following|upon|on) [^,;]+),\s+((?:the )?[^;,]+?) be (approved|agreed|adopted|endorsed|noted)(?: and (approved|agreed|adopted|endorsed|noted)\b)?/gi,
        (_m, condition: string, what: string, verb: string, second: string | undefined) => {
          const it = isPlural(what) ? "them" : "it";
          if (recommends)
            return `${lowerFirst(condition)}, ${IMPERATIVE[verb.toLowerCase()]} ${what}${second ? ` and ${IMPERATIVE[second.toLowerCase()]} ${it}` : ""}`;
          return `${lowerFirst(condition)}, ${what} ${isPlural(what) ? "were" : "was"} ${verb.toLowerCase()}${second ? ` and ${second.toLowerCase()}` : ""}`;
        },
      )
      // "That the Strategy be endorsed and adopted as part of the policy framework": two verbs for one thing, both
      // said ("endorse the Strategy and adopt it as part of …"), never "endorse … and adopted".
      .replace(
        /\bthat,?\s+((?:the )?[^;,]+?) be (approved|agreed|adopted|endorsed|noted) and (approved|agreed|adopted|endorsed|noted)\b/gi,
        (_m, what: string, verb: string, second: string) =>
          recommends
            ? `${IMPERATIVE[verb.toLowerCase()]} ${what} and ${IMPERATIVE[second.toLowerCase()]} ${isPlural(what) ? "them" : "it"}`
            : `${what} ${isPlural(what) ? "were" : "was"} ${verb.toLowerCase()} and ${second.toLowerCase()}`,
      )
      .replace(THAT_DECIDED, (_m, clause: string, verb: string, rest: string) => {
        // "the Licensing Policy, attached at Appendix A, be endorsed": the comma before the verb goes with it.
        // ("…, having regard to …, be approved" keeps it for the formula's own removal below).
        // "…, or any later date if mobilisation was delayed, be agreed": a clause of its own before the verb keeps its
        // comma, or "was delayed was agreed" would run together.
        const what =
          /,\s*(?:having|with) (?:due )?regard to [^,;]+,$/.test(clause) || OWN_CLAUSE.test(clause)
            ? clause
            : clause.replace(/,$/, "");
        return POINTS_BACK.test(what)
          ? `that ${what} to be ${verb}`
          : recommends
            ? `${IMPERATIVE[verb.toLowerCase()]} ${what}`
            : passiveOf(what, verb, rest);
      })
      // "That the report be noted and recommended to the February Cabinet…", recommended to another body: both verbs
      // in the imperative ("note the report and recommend it to the February Cabinet…"), never "note … and recommended".
      .replace(
        /\b(note|approve|agree|endorse|adopt) ((?:the|this) [^;,]+?) and (recommended|referred|forwarded|submitted) to\b/g,
        (m, verb: string, what: string, onward: string) =>
          recommends ? `${verb} ${what} and ${ONWARD[onward]} ${isPlural(what) ? "them" : "it"} to` : m,
      )
      // "(7) the Chief Executive be instructed to publish a notice …": an instruction given now, whenever it is done.
      // "That officers be instructed to …" opening the resolution: "Officers were instructed to …", no "That".
      .replace(INSTRUCTED, (_m, before: string, what: string, offset: number) => {
        const lead = offset === 0 && /^that\b/i.test(before) ? "" : before;
        const who = offset === 0 ? what.replace(/^that,?\s+/i, "") : what;
        return recommends
          ? `${lead}instruct ${lowerFirst(who)} to`
          : `${lead}${who} ${isPlural(who) ? "were" : "was"} instructed to`;
      })
      // "the budget, having regard to the outcome of the consultations and the equality impact assessments, be approved":
      // the statutory formula, not the decision.
      .replace(/,\s*(?:having|with) (?:due )?regard to [^,;]+,/gi, "")
      .replace(/,\s*(?:having|with) (?:due )?regard to [^,;]+(?=;)/gi, "")
      // "that £2.5m be added to the capital programme": the same, for any other verb.
      .replace(THAT_PARTICIPLE, (_m, what: string, verb: string, rest: string) =>
        POINTS_BACK.test(what)
          ? `that ${what} to be ${verb}`
          : recommends
            ? `${what} to be ${verb}`
            : passiveOf(what, verb, rest),
      )
      // The clauses after the first have no "that": "(2) officers be authorised to abandon …".
      .replace(NUMBERED_PARTICIPLE, (_m, number: string, what: string, verb: string, rest: string) =>
        recommends ? `${number}${what} to be ${verb}` : `${number}${passiveOf(what, verb, rest)}`,
      )
      // The same when the printed minutes lost the numbers: "…; the Model Council Tax Resolution be approved".
      .replace(UNNUMBERED_NOTED, (_m, before: string, what: string, verb: string, rest: string) =>
        recommends ? `${before}${IMPERATIVE[verb.toLowerCase()]} ${what}` : `${before}${passiveOf(what, verb, rest)}`,
      )
      // …and for any other verb: "…; the Corporate Director of Place be authorised to keep the Strategy under review".
      .replace(UNNUMBERED_PARTICIPLE, (_m, before: string, what: string, verb: string, rest: string) =>
        recommends ? `${before}${what} to be ${verb}` : `${before}${passiveOf(what, verb, rest)}`,
      )
      // "…was closed from 1 April 2026 and the site be declared surplus": a second step joined by "and" is turned
      // round too.
      .replace(AND_PARTICIPLE, (_m, before: string, what: string, verb: string, rest: string) =>
        recommends ? `${before}${what} to be ${verb}` : `${before}${passiveOf(what, verb, rest)}`,
      )
      .replace(/^That,?\s+(?=\(\d+\))/i, "")
      // "That the return of Councillors elected … noted." (the minute's "be" left out): said as noted all the same.
      .replace(
        /^That,?\s+((?:(?!\bbe\b)[^;])+?)\s+(noted|agreed|approved)\.?$/i,
        (_m, what: string, verb: string) => `${upperFirst(what)} ${isPlural(what) ? "were" : "was"} ${verb}.`,
      )
      // "(7) that, under Section 38 (2) …, the Chief Executive to publish …": the "that" introduces nothing.
      .replace(
        /(\(\d+\)\s*)that,?\s+(?!(?:report|plan|review|study|strategy|scheme|contract|proposal|programme|policy|work) to be\b)/gi,
        "$1",
      )
      .replace(
        /\[?\s*As (?:these|this|the) (?:decisions?|recommendations?) (?:are|is|was|were) reserved to (?:full )?Council,? call-in did not apply(?: to (?:them|it))?\.?\s*\]?/gi,
        // Procedure, not the decision: a recommendation to Council already says Council decides (a call-in waived
        // for urgency is worded otherwise and stays).
        " ",
      )
      // "(6) … be approved. [As these decisions are reserved …] (7) …": one list of resolutions.
      .replace(/\.\s+(?=\(\d+\)\s)/g, "; ")
      .replace(/;\s*(?:and|or)\s*(?=\(\d+\)|$)/gi, "; ")
      .replace(/\.\s*;/g, ";")
      .replace(/\s*;\s*$/, ".")
      // A comma left before the stop where a clause went ("approve the terms of reference, as set out …,").
      .replace(/,(\s*[.;])/g, "$1")
      .replace(/,\s*$/, "")
      .replace(/\s{2,}/g, " ")
      .trim()
      // A sentence starts with a capital; a recommendation's "(2) approve …" stays lower case, as the council writes it.
      .replace(/(^|(?:^|[;:]\s*)\(\d+\)\s)([a-z])/g, (m, before: string, letter: string) =>
        recommends && before ? m : `${before}${letter.toUpperCase()}`,
      )
      .replace(/\b(RESOLVED:\s+)([a-z])/g, (_m, before: string, letter: string) => `${before}${letter.toUpperCase()}`)
  );
}

/**
 * Verbs a resolution leaves in the bare subjunctive: "That the Council agree with the GLA …", "(4) the Council join
 * the Syndicate", "the four schemes become permanent". Nouns that are also verbs ("report", "work", "fund") are not
 * here, so "a further report …" is never read as a verb.
 */
const BARE_VERB =
  "agree|enter|join|become|come|continue|proceed|seek|write|undertake|establish|submit|remain|retain|commission|commit|invite|allocate|provide|apply|carry|bring|publish|consider|receive|take|make|give|determine|decide|attend|be";
const BARE_SUBJUNCTIVE = new RegExp(
  String.raw`(^|(?:^|[;:]\s*)\(\d+\)\s+|;\s+)(That,?\s+)?((?:[Ii]f [^,;()]{1,40},\s+)?(?:the|The|a|A|an|An|this|This|these|These|all|All|each|Each|its|Its|Cabinet|Council|Officers|officers)\b(?:[^;:()]|\([^()]*\))*?) (${BARE_VERB})(?= )`,
  "g",
);
const AND_THAT_SUBJUNCTIVE = new RegExp(
  String.raw`(,?\s+and) that ((?:the|a|an) [^;:(),]{2,80}?) (${BARE_VERB})(?= )`,
  "g",
);
const NOT_A_SUBJECT = /\b(?:to|is|are|was|were|will|would|be|been|has|have|had|that|which|who|should|must|may|can)\b/i;

/**
 * The bare subjunctive in plain English: what the meeting decided will happen ("the Council will agree with the GLA
 * …", "the four school street schemes … will become permanent"); in a recommendation, what the other body is asked to
 * decide ("(4) the Council to join …").
 */
function willDo(text: string, recommends: boolean): string {
  return (
    officerWillReport(text, recommends)
      .replace(BARE_SUBJUNCTIVE, (m, before: string, that: string | undefined, subject: string, verb: string) => {
        if (NOT_A_SUBJECT.test(subject) || subject.split(/\s+/).length > 30) return m;
        const who = that ? upperFirst(subject) : subject;
        return `${before}${who} ${recommends ? "to" : "will"} ${verb}`;
      })
      // "(4) the Sub-Committee review the repairs service again in March 2026": the body itself, later ("review" is
      // no bare verb elsewhere: "the scrutiny review of …" is a noun).
      .replace(
        /((?:^|;\s+|\(\d+\)\s+)(?:That,?\s+)?(?:the )?(?:[A-Z][\w'\u2019-]* )*(?:Committee|Sub-Committee|Panel|Board|Forum)) review\b/g,
        (_m, who: string) => `${who} ${recommends ? "to" : "will"} review`,
      )
      // "the deputation be noted, and that officers report the results … to the Panel's meeting in March 2026".
      .replace(
        /(,?\s+and) that (officers|the officers) (report|bring|present|review|investigate)(?= )/g,
        (_m, and: string, who: string, verb: string) => `${and} ${who} ${recommends ? "to" : "will"} ${verb}`,
      )
      // "the report be noted, and that the Director of Finance provide a note …": the second step, still to come.
      .replace(AND_THAT_SUBJUNCTIVE, (m, and: string, subject: string, verb: string) =>
        NOT_A_SUBJECT.test(subject) ? m : `${and} ${subject} ${recommends ? "to" : "will"} ${verb}`,
      )
      // "the accounts be approved, and that the Chair sign them on behalf of the Committee": a post signs later ("sign"
      // is no bare verb elsewhere: "the road sign be moved" is a noun).
      .replace(
        /(,?\s+and) that ((?:the )?(?:Chair|Vice-Chair|Mayor|Leader|[A-Z][\w' ]{0,40}?(?:Officer|Director|Executive|Manager)))\s+sign\b/g,
        (_m, and: string, who: string) => `${and} ${who} ${recommends ? "to" : "will"} sign`,
      )
      // "(4) progress in implementing the Strategy be subject to annual reporting": what will happen.
      .replace(
        /(?<!\b(?:to|will|would|should|must|can|could|may|might|shall|not|also)\s)\bbe subject to\b/g,
        recommends ? "to be subject to" : "will be subject to",
      )
      // "the Council agree to join the Syndicate": it will join it.
      .replace(new RegExp(String.raw`\b(will|to) agree to (?=(?:${BARE_VERB}) )`, "g"), "$1 ")
      // "…referred to Cabinet, and Cabinet be asked to respond within two months": a second clause's body, asked next.
      .replace(
        /(,\s+and\s+)((?:the )?(?:Cabinet|Council|[Oo]fficers|[A-Z][\w' ]{0,40}?(?:Committee|Panel|Board|Director|Officer)))\s+be\s+(asked|invited|requested)\b/g,
        (_m, and: string, who: string, verb: string) => `${and}${who} ${recommends ? "to" : "will"} be ${verb}`,
      )
      // "… were agreed and the Monitoring Officer be authorised to amend the Constitution": a second officer's
      // authority, given now.
      .replace(
        /(\s+and\s+)((?:the )?[A-Z][\w' ]{0,40}?(?:Officer|Director|Executive|Leader|Manager))\s+be\s+(authori[sz]ed|instructed)\b/g,
        (_m, and: string, who: string, verb: string) => `${and}${who} ${recommends ? "to be" : "was"} ${verb}`,
      )
  );
}

/**
 * "The report was noted; the Strategy was approved": noting the report is how a decision on it begins; what follows
 * says what was decided. Numbered clauses keep their numbers (a later one may cite them), so only unnumbered ones.
 */
function reportNotedFirst(text: string): string {
  const m =
    /^The (?:report|update|information report|contents of the report)(?: (?:of|from) the [^;]+?)? (?:was|were) noted;\s+(?=\S)/.exec(
      text,
    );
  return m ? text.slice(m[0].length).replace(/^[a-z]/, (c) => c.toUpperCase()) : text;
}

const TRAILING_LINK =
  /\s+(?:and|or|the|a|an|of|to|with|for|by|in|on|at|that|under|from|as|its|their|any|all|which|who|whether)$/i;

/**
 * A resolution the page cut off mid-clause ("… by varying the existing contract with the necessary …") ends at a
 * boundary instead: at the clause's last comma when what follows it holds no verb, name or figure; else without the
 * dangling words ("to finalise and …" -> "to finalise …"); else, when the cut clause is a stub or holds no figure, at
 * the clause before it. The "…" stays, so the reader knows the minute goes on.
 */
function endAtClause(text: string): string {
  const cut = /\s*(?:\u2026|\.\.\.)$/.exec(text);
  if (!cut) return text;
  const body = text.slice(0, cut.index);
  // The clause the cut fell in starts after the last ";" or full stop ("…every year. RESOLVED: To provide a …").
  const boundary = Math.max(body.lastIndexOf(";"), body.lastIndexOf(". "));
  const head = boundary >= 0 ? body.slice(0, boundary + 1) : "";
  let partial = boundary >= 0 ? body.slice(boundary + 1) : body;
  const comma = partial.lastIndexOf(",");
  const tail = comma >= 0 ? partial.slice(comma + 1) : "";
  if (comma >= 0 && !/\b(?:was|were|is|are|be|will|to)\b|\d|£|\b[A-Z]/.test(tail)) partial = partial.slice(0, comma);
  else {
    const before = partial;
    for (let prev = ""; prev !== partial;) {
      prev = partial;
      partial = partial.replace(TRAILING_LINK, "").replace(/(?<!ed)\s+to \w+$/i, "");
    }
    const stub =
      partial
        .replace(/\(\d+\)|RESOLVED:?/g, " ")
        .trim()
        .split(/\s+/)
        .filter(Boolean).length < 4;
    if (head && (stub || (partial === before && !/\d|£|%/.test(partial)))) return `${head.replace(/[;.]$/, "")} \u2026`;
  }
  return `${head}${partial.replace(/[,;:]$/, "")} \u2026`;
}

/** A resolution's clauses at its top level: split at "; " outside brackets. */
function topClauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === ";" && depth === 0 && text[i + 1] === " ") {
      out.push(text.slice(start, i));
      start = i + 2;
    }
  }
  out.push(text.slice(start));
  return out;
}

const NOTING = /^(?:(?:and|or)\s+)?(?:it (?:was|is) (?:further )?noted that\b|.*\b(?:was|were) noted\.?$)/i;
const DECIDES_TOO =
  /\b(?:approved|agreed|authori[sz]ed|designated|adopted|endorsed|refused|granted|deferred|instructed|referred|delegated authority)\b/i;

/**
 * A decision that goes on to approve, authorise or designate, said without what it only noted ("(1) the consultation
 * responses be noted; (2) the views of the Panel be noted; (3) the areas be designated …" -> "The areas were
 * designated …"): noting is how the meeting acknowledged the papers, not what it decided. A noted clause with a figure
 * or a date stays (the forecast overspend of £6.782m was noted), and so does a decision that only notes. The clauses'
 * numbers go with the gap unless another clause cites one ("recommendation 2").
 */
function withoutNotings(text: string, recommends: boolean): string {
  if (recommends) return text;
  const ending = /[.]$/.test(text) ? "." : "";
  const clauses = topClauses(text.replace(/[.]$/, ""));
  const bare = (c: string) => c.replace(/^\(\d+\)\s+/, "");
  const dropped = clauses.filter((c) => NOTING.test(bare(c)) && !DECIDES_TOO.test(bare(c)) && !/\d|£|%/.test(bare(c)));
  const kept = clauses.filter((c) => !dropped.includes(c));
  if (dropped.length === 0 || kept.length === 0 || kept.every((c) => NOTING.test(bare(c)))) return text;
  // The clause before the first kept one may have carried "That" or a heading-like lead: only clauses are dropped.
  const numbered = clauses.some((c) => /^\(\d+\)\s/.test(c));
  const cited = /\b(?:recommendation|resolution|clause)s? \(?\d/i.test(text);
  const out = kept.map((c, i) => {
    let clause = numbered && !cited ? bare(c) : c;
    if (i === 0) clause = clause.replace(/^(?:and|or)\s+/i, "");
    return i === 0
      ? clause.replace(/^([a-z])/, (l) => l.toUpperCase())
      : numbered && !cited
        ? lowerFirst(clause)
        : clause;
  });
  return `${out.join("; ")}${ending}`;
}

const AUTHORISED =
  /^(\(\d+\)\s+)?(and\s+)?((?:the|The) [^;]+?) (was|were) (authori[sz]ed|instructed|given delegated authority)(,[^;]*?,)?\s+(?=to\b)/;

/**
 * "(2) The Strategic Director for Adults was authorised to make changes to the tender; (3) The Strategic Director for
 * Adults was authorised to award the contract": the same officer named once, "(3) The same officer was also authorised
 * to award the contract" (a step
 * they must take first is kept when it differs from the clause before).
 */
function sameOfficerOnce(text: string): string {
  const clauses = topClauses(text);
  let previous: { who: string; verb: string; step: string } | null = null;
  const out = clauses.map((c) => {
    const m = AUTHORISED.exec(c);
    if (!m) {
      previous = null;
      return c;
    }
    const [whole, number = "", and = "", who, was, verb, step = ""] = m;
    const same = previous && previous.who.toLowerCase() === who!.toLowerCase() && previous.verb === verb;
    const before = previous;
    previous = { who: who!, verb: verb!, step };
    if (!same) return c;
    const keepStep = step && step !== before!.step ? `${step.slice(1, -1).trim()}, ` : "";
    const last = c === clauses[clauses.length - 1];
    // A numbered clause stands on its own line on the meeting page: "(3) The same officer was also authorised to
    // award the contract", never the fragment "(3) also to award the contract". One that runs on says "and also to …".
    if (!number) return `${and || last ? "and " : ""}also ${keepStep}${c.slice(whole.length)}`;
    const subject = was === "were" ? "The same officers were" : "The same officer was";
    return `${number}${and ? "and " : ""}${subject} also ${verb} ${keepStep}${c.slice(whole.length)}`;
  });
  return out.join("; ");
}
