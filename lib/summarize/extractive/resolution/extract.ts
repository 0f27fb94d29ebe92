// Harrow minutes record decisions as "RESOLVED: That ..." or "RESOLVED: (1) ...; (2) ..."
// (docs/harrow.md#minutes-wording); Planning minutes add "DECISION: GRANTED ...". Cabinet appends reasons and options,
// which are not the decision.
import { clipWords, upperFirst } from "../../text/sentences";
import { accountResumesAt } from "../../text/minute-account";
import { namesInCapitals, withProperNames } from "../../text/capitals";
import { CLOSING_TIMES } from "../../text/closing-matter";

const START =
  /\b((?:RESOLVED|Resolved(?= to RECOMMEND))(?: to RECOMMEND(?: \(to [^)]*\))?)?|DECISION|AGREED(?=\s*:))\s*[:.\u2013-]?\s*/;
// An older minute's "[Reason for Recommendation: …]" after the resolution too, even when the page cut it short
// ("[Reason for Recom").
// "[Reason: …]", a line "REASON: …" and "(See also Minute 61)" end it as well, and so does a bracketed note on a paragraph
// of its own ("[Note: The panel agreed to admit case H14 to the agenda as a matter of urgency.]"), a remark about it.
const END =
  /\b(Reasons? for (the )?(Decision|Recommendations?)|Alternative Options Considered|Conflict of Interest relating)\b|\[\s*Reasons? for\b|\[\s*Reasons?\s*:|\n\s*\[\s*Note\s*:|(?:^|\n)\s*Reasons?(?: for (?:the )?Recommendations?)?\s*:|\(See also Minutes?\b/i;

/**
 * A minute that decides in stages prints a "RESOLVED:" after each stage's account (a hearing's findings, then the
 * action it takes after hearing on it): each later "RESOLVED: That" after the account has resumed is part of the
 * decision too, up to where its own account resumes (docs/summaries.md#a-standards-hearings-minutes). Only a
 * "RESOLVED: That" or "RESOLVED: (1)" at the start of a paragraph, so that a resolution quoted in the account is
 * not taken.
 */
function laterResolutions(rest: string, numbered = 0): string {
  const later = /\n\s*RESOLVED\s*:\s*(?=That\b|\(1\))/.exec(rest);
  if (!later) return "";
  let body = rest.slice(later.index + later[0].length);
  const end = END.exec(body);
  if (end) body = body.slice(0, end.index);
  const resumes = accountResumesAt(body);
  // "RESOLVED: That\n\n(1) …": the numbered decisions follow on from the first resolution's.
  const own = continuedNumbers(body.slice(0, resumes).replace(/^That\s*(?=\(1\))/, ""), numbered);
  return `\n${own}${laterResolutions(body.slice(resumes), Math.max(numbered, lastClause(own)))}`;
}

/** Where a clause's number opens a paragraph: "(3) Councillor A disclosed …". */
const CLAUSE_NUMBER = /(^|\n\s*)\((\d+)\)(?=\s)/g;

/** The highest clause number that opens a paragraph of `text`; 0 when none does. */
function lastClause(text: string): number {
  return Math.max(0, ...[...text.matchAll(CLAUSE_NUMBER)].map((m) => Number(m[2])));
}

/**
 * A later stage's clauses, numbered on from the stage before: a hearing's findings "(1)" to "(4)", then its sanctions
 * printed "(1)" to "(5)" again, read as one decision "(1)" to "(9)", so that no number says two things in one line
 * (docs/summaries.md#sentences-that-read-wrong-stop-40). A stage that does not start at "(1)" keeps its numbers.
 */
function continuedNumbers(text: string, numbered: number): string {
  if (!numbered || !/^\s*\(1\)\s/.test(text)) return text;
  return text.replace(CLAUSE_NUMBER, (_m, before: string, n: string) => `${before}(${Number(n) + numbered})`);
}

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
  const resumes = accountResumesAt(body);
  body = body.slice(0, resumes) + laterResolutions(body.slice(resumes), lastClause(body.slice(0, resumes)));
  // "… unless called in. (Note: The meeting, having commenced at 10.00 am, closed at 11.32 am)." on the last item:
  // when the meeting sat is no part of its decision (docs/summaries.md#a-portfolio-holder-decision-meetings-minutes).
  body = body.replace(CLOSING_TIMES, "");
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
 * never its cells run into the next clause. Cells that do not make whole rows are given as printed. A page that
 * prints the cell separator as a paragraph of its own ("Committee", "|", "Chair", "|", "Vice-Chair", "Planning
 * Committee", "|", …) gives the rows by it: a cell not after a "|" starts the next row
 * (docs/summaries.md#an-annual-councils-minutes).
 */
function cellTables(body: string): string {
  const paragraphs = body.split(/\n\s*\n/);
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length;) {
    let j = i;
    while (j < paragraphs.length && CELL.test(paragraphs[j]!.trim())) j++;
    const printed = paragraphs.slice(i, j).map((c) => c.trim());
    const cells = printed.filter((c) => c !== "|");
    if (cells.length < 6 || out.length === 0) {
      out.push(...(j > i ? paragraphs.slice(i, j) : [paragraphs[i]!]));
      i = Math.max(j, i + 1);
      continue;
    }
    const separated = printed.length > cells.length ? separatedRows(printed) : null;
    const width = separated ? separated[0]!.length : cells.findIndex((c) => NAMED_CELL.test(c));
    const rows: string[][] = [];
    if (separated) rows.push(...separated.slice(1));
    else if (width >= 2 && (cells.length - width) % width === 0)
      for (let k = width; k < cells.length; k += width) rows.push(cells.slice(k, k + width));
    const header = separated ? separated[0]! : cells.slice(0, width);
    const appointed = rows.length ? appointmentRows(header, rows) : null;
    const table = appointed
      ? appointed
      : rows.length
        ? `${header.join(" \u2013 ")}: ${rows.map((r) => r.join(" \u2013 ")).join("; ")}`
        : `the table as printed: ${cells.join(", ")}`;
    // "…, noting that these superseded previous appointments; and": the table goes before the clause's "; and".
    const before = out.pop()!;
    const tail = /;\s*(?:and)?\s*$/.exec(before)?.[0] ?? "";
    // "… be appointed for the year:" leads its table in; the rows follow the colon, unbracketed.
    if (appointed && /:\s*$/.test(before)) out.push(`${before.trimEnd()} ${table}.`);
    else out.push(`${before.slice(0, before.length - tail.length)} (${table})${tail}`);
    i = j;
  }
  return out.join("\n\n");
}

/** Rows of cells printed with "|" paragraphs between them; null when the rows are not all as wide as the first. */
function separatedRows(printed: string[]): string[][] | null {
  const rows: string[][] = [];
  for (let k = 0; k < printed.length; k++) {
    if (printed[k] === "|") continue;
    if (k > 0 && printed[k - 1] === "|") rows[rows.length - 1]!.push(printed[k]!);
    else rows.push([printed[k]!]);
  }
  return rows.length >= 2 && rows[0]!.length >= 2 && rows.every((r) => r.length === rows[0]!.length) ? rows : null;
}

const PERSON = /^(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z]/;
const OFFICE_HEADER =
  /^(?:Chair(?:man|woman|person)?|Vice-Chair(?:man|woman|person)?|Deputy Chair|Portfolio Holder|Member|Lead Member|Representative|Appointee|Nominee)s?$/i;

/**
 * A table of appointments ("Committee | Chair | Vice-Chair", "Portfolio | Portfolio Holder"): each row the body or
 * portfolio, then who holds each office, as a short line keeping the names: "Planning Committee: Cllr A (Chair),
 * Cllr B (Vice-Chair)"; "Housing: Cllr C" where there is one office. Null unless every row names a person in each
 * office's column and none in the first.
 */
function appointmentRows(header: string[], rows: string[][]): string | null {
  if (header.length < 2 || !header.slice(1).every((h) => OFFICE_HEADER.test(h))) return null;
  if (!rows.every((r) => !PERSON.test(r[0]!) && r.slice(1).every((c) => PERSON.test(c)))) return null;
  const person = (c: string) => c.replace(/^Councill?ors? /, "Cllr ");
  return rows
    .map((r) =>
      header.length === 2
        ? `${r[0]}: ${person(r[1]!)}`
        : `${r[0]}: ${r
            .slice(1)
            .map((c, k) => `${person(c)} (${header[k + 1]})`)
            .join(", ")}`,
    )
    .join("; ");
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
