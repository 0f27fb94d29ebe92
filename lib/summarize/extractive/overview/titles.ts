import escapeStringRegexp from "escape-string-regexp";
import { countWords } from "../../text/sentences";
// The agenda titles an overview names, cut to fit and told apart, and the body that met.
/** The nouns that make a name a body's ("the Planning Committee", "the Schools Forum", "the Cabinet"). */
const BODY_NOUN =
  /\b(?:Committee|Sub-Committee|Subcommittee|Panel|Board|Forum|Council|Cabinet|Meeting|Partnership|Group|Conference|Assembly|Commission|Authority|Trust|Parliament|Executive|Hearing|Network|Alliance|Body|Party|Consortium|Tribunal|Service|Team)s?\b/i;

/**
 * The body's name as the overview says it: "the Planning Committee", but a partnership's own name with no body's noun
 * in it ("Safer Harrow") without the article, as its partners write it
 * (docs/summaries.md#a-community-safety-partnerships-minutes). An acronym ("the SACRE") keeps it.
 */
export function bodyName(committeeName: string): string {
  const name = committeeName.trim() || "committee";
  if (/^the\b/i.test(name)) return name;
  const words = name.split(/\s+/);
  const ownName = words.length >= 2 && words.every((w) => /^[A-Z][a-z][\w'\u2019-]*$/.test(w)) && !BODY_NOUN.test(name);
  return ownName ? name : `the ${name}`;
}

export function listTitles(titles: string[], max = 6): string {
  const unique = [...new Set(titles)];
  const shown = unique.slice(0, max);
  const rest = unique.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} other item${rest > 1 ? "s" : ""}`;
  if (shown.length <= 1) return shown[0] ?? "";
  return `${shown.slice(0, -1).join(", ")}${lastTitleJoin(shown)}${shown[shown.length - 1]}`;
}

/**
 * "the Council's Accommodation Strategy and the Harrow New Civic Centre, and the Public Spaces Protection Order …":
 * when a title before the last has an "and" of its own, the last one is set off by a comma, so that two titles never
 * read as three things, nor three as two (docs/summaries.md#sentences-that-read-wrong-stop-40).
 */
function lastTitleJoin(shown: string[]): string {
  return shown.slice(0, -1).some((t) => /\s(?:and|&)\s/.test(t)) ? ", and " : " and ";
}

export const lowerArticle = (text: string) => text.replace(/^(The|A|An|Officers)\b/, (a) => a.toLowerCase());

/** A title that names one document of a series ("Annual Report of the Standards Committee", "Review of …", "Scrutiny Work Programme 2026/27", "Accommodation Strategy Update"). */
const ONE_OF_A_SERIES =
  /^(?:(?:Annual|Quarterly|Draft|Final|Interim|Mid-Year|Half-Year|Year-End)(?: [A-Z][\w/-]*){0,3} (?:Report|Review|Statement|Accounts|Plan|Update|Budget)\b|(?:Report|Review|Update|Progress Report) (?:of|on|from|into)\b|(?:[A-Z][\w'\u2019-]* ){0,3}(?:Work Programme|Forward Plan)\b|(?:[A-Z][\w'\u2019&-]* ){1,5}(?:Update|Report)(?: \d{4}(?:[-/]\d{2,4})?)?$)/;

/** A title after a verb ("noted …"): one that names a document of a series reads with "the". */
export const withArticle = (title: string) => (ONE_OF_A_SERIES.test(title) ? `the ${title}` : title);

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
export const headingsOf = (headings: string[]) => headings.map((h) => shortHeading(h, headings.length === 1 ? 22 : 8));

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
 * Whom a question-and-answer session put questions to: "Question and Answer Session with the Leader of the Council
 * and The Chief Executive" -> "the Leader of the Council and the Chief Executive"; null for any other title.
 */
export function questionedWhom(title: string): string | null {
  const m = /^(?:a\s+)?questions?\s*(?:and|&)\s*answers?\s+session\s+with\s+(.{3,120}?)[.…]?$/i.exec(title.trim());
  if (m) return m[1]!.replace(/\bThe\b/g, "the");
  // Council's "Leader's and Portfolio Holders' Question Time", "Portfolio Holder Question Time": whom members asked.
  const time =
    /^((?:Leader|Portfolio Holders?)(?:['\u2019]s?)?)(?:\s+and\s+(Portfolio Holders?(?:['\u2019]s?)?))?\s+Question Time$/i.exec(
      title.trim(),
    );
  if (!time) return null;
  const who = (raw: string) => {
    const bare = raw.replace(/['\u2019]s?$/, "").trim();
    return /^leader$/i.test(bare) ? "the Leader" : "the Portfolio Holders";
  };
  return [time[1], time[2]].flatMap((t) => (t ? [who(t)] : [])).join(" and ");
}

/**
 * What a hearing granted or refused is the application, named by its premises or site: "granted the application for
 * Corner Stores, 4 Elm Parade…", never "granted Corner Stores…".
 */
export function grantedWhat(verb: string, title: string, decision = ""): string {
  if (!/^(granted|refused)$/.test(verb) && !(DEFERRED_OR_WITHDRAWN.test(verb) && namesAnApplication(decision)))
    return title;
  return /^application\b/i.test(title) ? theApplication(title) : `the application for ${title}`;
}

/** The verbs of an application put off or taken back: said of the application, never of its site. */
const DEFERRED_OR_WITHDRAWN = /^(?:deferred|noted the withdrawal of)$/;

/**
 * "Deferred: The Old Mill, 2 River Lane (AB/1234/25) – …", "the application be deferred for a site visit": a decision on
 * a planning application, which names it or gives its reference, so that a title that is its site's address is what the
 * application was for, not the thing deferred or withdrawn
 * (docs/summaries.md#overviews-read-as-a-resident-stop-39).
 */
export function namesAnApplication(decision: string): boolean {
  return /\bapplication\b|\(\s*[A-Z]{1,4}\/\d{2,6}\/\d{2,4}\s*\)/i.test(decision);
}

/** "Application for review of the premises licence for …" after a verb: "the application for review of …". */
export const theApplication = (title: string) => title.replace(/^application\b/i, "the application");

/**
 * An agenda title said as the decision names it: "approved the Treasury Management Strategy Statement …" where the
 * decision reads "The Treasury Management Strategy Statement … was approved", so a list of what was approved reads
 * alike ("the Capital Programme …, the Treasury … and the Pay Policy …"). A title the decision does not name with
 * "the" stays bare.
 */
export function titleAsDecided(title: string, decision: string): string {
  const opening = title.split(/\s+/).slice(0, 3).join(" ");
  if (/^(?:the|a|an)\b/i.test(title) || countWords(opening) < 2) return title;
  const escaped = escapeStringRegexp(opening);
  return new RegExp(`\\bthe ${escaped}`, "i").test(decision) ? `the ${title}` : title;
}

/**
 * "Evidence from the Fernhill Tenants' Association", "Evidence Session with the Bus Operator", "Witness Session:
 * Kestrel Academy": whom a review group took evidence from, not a title it "discussed"
 * (docs/summaries.md#a-scrutiny-review-groups-minutes).
 */
export function evidenceFrom(title: string): string | null {
  const m =
    /^(?:(?:oral |written )?evidence(?: session)?s? (?:from|with|of|given by)|witness sessions? (?:with|:))\s+(.{3,120}?)[.…]?$/i.exec(
      title.trim(),
    );
  return m ? m[1]!.replace(/^The\b/, "the") : null;
}
