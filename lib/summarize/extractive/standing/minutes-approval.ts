import type { SummaryItem } from "../../types";
import { compressAll } from "./compress";
import { ensureStop, lowerFirst } from "./wording";
import { mattersArisingSaid } from "./matters-arising";
import { actionLogSaid } from "./action-log";

// The line for a "Minutes" standing item: which meeting's minutes were approved, with the correction or remark made,
// each date once; a pooled panel's note on how its minutes are approved, said once.

/** The note on a pooled panel's minutes: approved by the Members who sat, not put to the next panel. */
const POOLED_NOTE = /\bpooled membership\b/i;
/** "not the next Panel" is what "the hearing's own Members" says (docs/summaries.md#page-openings-stop-35). */
const POOLED_MINUTES = "Minutes approved by the hearing's own Members (pooled membership).";

/**
 * One line for a minutes item, from its minute (closing lines and broken openings already taken out); `describe` is
 * describeStandingItem, for a paragraph said on its own line (an announcement printed under the minutes).
 */
export function describeMinutesItem(
  item: SummaryItem,
  minutes: string,
  describe: (item: SummaryItem) => string | null,
): string | null {
  // "Matters arising" printed under the approval: the approval's line, then what was reported, without who said it.
  const paragraphs = minutes.split(/\n\s*\n/).map((p) => p.trim());
  // An action log under the approval: the approval's line, then the log's (docs/summaries.md#a-community-safety-partnerships-minutes).
  const log = actionLogSaid(paragraphs);
  if (log) {
    const approval = log.before.length ? describeMinutesItem(item, log.before.join("\n\n"), describe) : null;
    return approval ? `${approval.replace(/\.$/, "")}. ${log.said}` : log.said;
  }
  const arising = mattersArisingSaid(paragraphs);
  if (arising) {
    const approval = describeMinutesItem(item, arising.before.join("\n\n"), describe);
    return approval ? `${approval.replace(/\.$/, "")}. ${arising.said}` : arising.said;
  }
  return (
    announcedUnder(item, minutes, describe) ??
    remarkBeforeApproval(item, minutes, describe) ??
    correctionSaid(approvalLine(item, minutes))
  );
}

/**
 * "That the notes of the meeting held on 4 May 2027, at which the Group had agreed its terms of reference, be agreed":
 * a review group's or working party's notes are its minutes, and the meeting is named by its date, not by what it did
 * (docs/summaries.md#a-scrutiny-review-groups-minutes).
 */
export function notesAsMinutes(minute: string): string {
  return minute
    .replace(/\b(the) notes of (the (?:meetings?|sessions?) (?:held )?(?:on|of) )/gi, "$1 minutes of $2")
    .replace(
      /(\bminutes of the (?:meetings?|sessions?) (?:held )?(?:on|of) \d{1,2} [A-Z][a-z]+ \d{4}), at which [^,;]+,(?= (?:be|were|was)\b)/g,
      "$1",
    );
}

/** "the meeting closed" -> "closing": the time a correction is about. */
const TIME_OF: Record<string, string> = { closed: "closing", ended: "closing", started: "starting", began: "starting" };

/**
 * The correction the minutes were approved with, said as done: "approved, subject to minute 24 being amended to
 * record that the Statement had been agreed with two changes, and not one" -> "approved; minute 24 corrected: the
 * Statement had been agreed with two changes, not one"; "subject to the correction of the time at which the meeting
 * closed from 8.40 pm to 8.14 pm" -> "closing time corrected from 8.40 pm to 8.14 pm". The minute corrected, what it
 * now says and what it said before all stay; "subject to … being amended to record that" only leads into them.
 */
export function correctionSaid(line: string | null): string | null {
  if (!line) return line;
  return (
    line
      .replace(
        /, subject to (minutes? \d+[a-z]?(?:\s*\([^)]*\))?) being (?:amended|corrected|altered) to (?:record|show|read|state|say) that (.+)$/i,
        (_m, minute: string, what: string) => `; ${minute} corrected: ${what.replace(/,? and not\b/g, ", not")}`,
      )
      // "subject to a correction: Minute 55: the name of the member who … should read Mr A": the minute corrected, and
      // for a name, who it was.
      .replace(
        /, subject to (?:a|the|one) corrections?:\s*(Minutes? \d+[a-z]?(?:\s*\([^)]*\))?):\s*(.+)$/i,
        (_m, minute: string, what: string) =>
          `; ${lowerFirst(minute)} corrected: ${what.replace(/^the name of (.+?) should (?:read|be|have read|have been) (?=\S)/i, "$1 was ")}`,
      )
      // "subject to the name of the Youth Parliament representative being corrected to Ms A in the list of those
      // present": who the person was; where in the old minutes the name stood is the clerk's.
      .replace(
        /, subject to the name of (.+?) being (?:corrected|amended|changed) to (.+?)(?: (?:in|on) the (?:list of (?:those )?(?:present|attendees|Members present)|attendance list))?(\.?)$/i,
        (_m, who: string, name: string, stop: string) => `; corrected: ${who} was ${name}${stop}`,
      )
      .replace(
        /, subject to the correction of the time at which the meeting (closed|ended|started|began) from (.+)$/i,
        (_m, when: string, times: string) => `; ${TIME_OF[when.toLowerCase()]} time corrected from ${times}`,
      )
  );
}

/** Announcements printed under the minutes, each on its own line after the approval's; null when there are none. */
function announcedUnder(
  item: SummaryItem,
  minutes: string,
  describe: (item: SummaryItem) => string | null,
): string | null {
  // "The Mayor announced that Motion 2 had been withdrawn" printed under the minutes: its own line, not the minutes'.
  const paragraphs = minutes.split(/\n\s*\n/).map((p) => p.trim());
  const announced = (p: string) =>
    /^(?:the )?(?:Mayor|Chair|Chairman|Leader|Deputy Mayor)\b[^.]{0,60}\b(?:announced|informed|advised|reported|told)\b/i.test(
      p,
    ) && !/\bminutes\b/i.test(p);
  // "The Chair advised that …" before "RESOLVED: That subject to the above amendment, the minutes …" is the
  // amendment, not an announcement of its own.
  const announcements = /\bsubject to the above\b/i.test(minutes) ? [] : paragraphs.filter(announced);
  if (announcements.length && announcements.length < paragraphs.length) {
    const rest = describe({ ...item, minutesText: paragraphs.filter((p) => !announced(p)).join("\n\n") });
    return [rest, ...announcements.map((p) => ensureStop(p.replace(/\s+/g, " ")))].filter(Boolean).join("\n");
  }
  return null;
}

/** A pooled panel's note; or a remark made before the approval, said after it; null when neither. */
function remarkBeforeApproval(
  item: SummaryItem,
  minutes: string,
  describe: (item: SummaryItem) => string | null,
): string | null {
  // A panel drawn from a pooled membership (Harrow's Licensing Panel) prints a note, in the minute or on the agenda,
  // that each hearing's own Members approve its minutes: how they are approved, said once and shortly.
  if (POOLED_NOTE.test(`${minutes} ${item.description ?? ""}`)) return POOLED_MINUTES;
  // "Following a Member's question … the Chair said …" then "RESOLVED: That the minutes … be taken as read …": the
  // approval first, the remark after it.
  const paragraphs = minutes.split(/\n\s*\n/).map((p) => p.trim());
  const resolvedFrom = paragraphs.findIndex((p) => /^RESOLVED\b/.test(p));
  if (resolvedFrom > 0) {
    const asked = amendmentAsked(paragraphs.slice(0, resolvedFrom).join(" "), paragraphs.slice(resolvedFrom).join(" "));
    if (asked) return asked;
    const approval = describe({ ...item, minutesText: paragraphs.slice(resolvedFrom).join("\n\n") });
    const remark = compressAll(paragraphs.slice(0, resolvedFrom).join("\n\n"));
    if (approval && remark) return ensureStop(`${approval.replace(/\.$/, "")}; ${lowerFirst(remark)}`);
  }
  return null;
}

/** Which meetings' minutes were approved, each date once, with the correction made. */
function approvalLine(item: SummaryItem, given: string): string | null {
  const minutes = notesAsMinutes(given);
  const dates = (text: string) => [...new Set(text.match(/\b\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}\b/g) ?? [])];
  // The minute may name the meeting only in the agenda's line ("That the minutes of the meeting of 11 July 2023…").
  const ofMinutes = dates(minutes).length ? dates(minutes) : dates(item.description ?? "");
  // "RESOLVED:  That the minutes of the meeting held": a page that broke off before the verb records no decision.
  const cutBeforeVerb =
    /^(?:RESOLVED\s*:?\s*)?(?:That\s+)?the minutes\b/i.test(minutes) &&
    !/[.!?)\]]$/.test(minutes) &&
    !/\b(?:be|been|was|were|approved|agreed|signed|confirmed|deferred|correct|noted)\b/i.test(minutes);
  if (!minutes || cutBeforeVerb)
    return ofMinutes.length ? `Minutes of ${ofMinutes.join(" and ")}: no decision recorded.` : null;
  // "(See the Note at the end of these minutes.)": a pointer, not a fact.
  if (/^\(?see (?:the )?note\b[^)]*\)?\.?$/i.test(minutes.replace(/\bRESOLVED\s*:\s*/g, "").trim())) return null;
  // "(1) the minutes of the 13 December 2023 meeting approved; and (2) …": each date once, "Minutes" said once.
  // "the minutes of Extraordinary meeting and Ordinary meeting held on …": Harrow's wording without its article.
  const body = compressAll(
    minutes.replace(
      /\b(minutes of) (?!the\b)((?:Extraordinary|Ordinary|Annual|Special|Council)(?: Council)?) meetings?(?: and (?:the )?((?:Extraordinary|Ordinary|Annual|Special)(?: Council)?) meetings?)?/gi,
      (_m, of: string, first: string, second?: string) =>
        second ? `${of} the ${first} and ${second} meetings` : `${of} the ${first} meeting`,
    ),
  )
    .replace(/\bthe minutes of the (?:meeting (?:held )?(?:on|of) )?(.+?)(?: meeting)? approved\b/gi, "$1 approved")
    .replace(/(^|;\s*)(?:and\s+)?\(\d{1,2}\)\s*/g, "$1")
    // The same two clauses as paragraphs of their own, each compressed alone: the second date without "minutes of".
    .replace(
      /^(Minutes of \d{1,2} [A-Z][a-z]+ \d{4} approved); [Mm]inutes of (\d{1,2} [A-Z][a-z]+ \d{4} approved)\b/,
      "$1; $2",
    )
    .replace(
      /^(?:Minutes of )?(\d{1,2} [A-Z][a-z]+ \d{4}) approved; (\d{1,2} [A-Z][a-z]+ \d{4}) approved\.?$/,
      "Minutes of $1 and $2 approved",
    );
  // "the meeting held on 11 June 2024, the special meetings held on 11 July 2024, and on 9 October 2024": each
  // meeting once, joined as a list.
  const terse = body.replace(/\b(meetings?) held on\b/g, "$1 of");
  const listed = terse
    .replace(/,?\s+and on (\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4})\b/g, " and $1")
    .replace(
      /^(Minutes of \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}), (the (?:special|extraordinary|ordinary|annual) meetings? of\b)/i,
      "$1 and of $2",
    )
    // "…9 January 2024, and the minutes of the special meeting held on 23 January 2024": "of the special meeting".
    .replace(
      /^(Minutes of \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}),? and (?:the minutes of )?(?:the )?((?:special|extraordinary|ordinary|annual) meetings? of\b)/i,
      "$1 and of the $2",
    );
  if (listed !== terse) return ensureStop(listed);
  // "the meeting held on 8 March" beside an agenda line that gives "8 March 2026": the date with its year.
  const agendaDates = dates(item.description ?? "");
  if (agendaDates.length === 1 && !dates(minutes).length) {
    const [, dayMonth] = /^(\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+) \d{4}$/.exec(agendaDates[0]!) ?? [];
    if (dayMonth && new RegExp(`\\b${dayMonth}\\b(?! \\d)`).test(body)) {
      const filled = body.replace(new RegExp(`\\b${dayMonth}\\b(?! \\d)`), agendaDates[0]!);
      if (/^minutes\b/i.test(filled)) return ensureStop(filled.replace(/\b(meetings?) held on\b/g, "$1 of"));
      return ensureStop(`Minutes: ${filled}`);
    }
  }
  // "…, the Annual Council meeting held on 22 May 2012 and …": each meeting of its date, tersely; "Minutes" after
  // "; " goes on the clause list.
  if (/^minutes\b/i.test(body))
    return ensureStop(body.replace(/\b(meetings?) held on\b/g, "$1 of").replace(/; Minutes of\b/g, "; minutes of"));
  return ensureStop(
    `Minutes${ofMinutes.length && !/\d{4}/.test(body.slice(0, 60)) ? ` of ${ofMinutes.join(" and ")}` : ""}: ${body}`,
  );
}

/** "Councillor A Bell said that he wished the minutes … to be amended to record …": who asked, and what for. */
const ASKED_TO_AMEND =
  /^(?:Councillor|Cllr)\.? ((?:[A-Z][\w'\u2019-]*\s){0,2}[A-Z][\w'\u2019-]*) (?:said|advised|asked|indicated|stated|explained)(?: that)? (?:he|she|they) (?:wished|would like|wanted)(?: (?:the|these) minutes(?: of [^.]*?)?)? to (?:be )?amend(?:ed)?(?: (?:the|these) minutes)? (?:so as )?to (record|reflect|show|include) (.+?)\.(?:\s|$)/;

/**
 * A member asking, before the minutes are approved, that they be amended to record what he or she said, and the
 * approval made subject to it (or made anyway): one line, "Minutes of 13 January 2026 approved, subject to an
 * amendment asked for by Cllr A Bell to record …", the Chair's undertaking to settle the wording after the meeting
 * left out. Null for any other remark.
 */
export function amendmentAsked(remark: string, resolution: string): string | null {
  const asked = ASKED_TO_AMEND.exec(remark.replace(/\s+/g, " ").trim());
  if (!asked) return null;
  const [, name, verb, what] = asked;
  const dates = [...new Set(`${resolution} ${remark}`.match(/\b\d{1,2} [A-Z][a-z]+ \d{4}\b/g) ?? [])];
  const of = dates.length ? ` of ${dates[0]}` : "";
  const by = `Cllr ${name} to ${verb} ${what}`;
  return /\bsubject to\b[^.]*\bamendment/i.test(resolution)
    ? `Minutes${of} approved, subject to an amendment asked for by ${by}.`
    : /\b(?:approved|taken as read|signed|agreed)\b/i.test(resolution)
      ? `Minutes${of} approved; Cllr ${name} asked for an amendment to ${verb} ${what}.`
      : null;
}
