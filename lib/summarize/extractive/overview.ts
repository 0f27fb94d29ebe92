import type { SummaryInput, SummarySection } from "../types";
import { formatMeetingDate, formatMeetingTime } from "./dates";
import { decisionVerb } from "./resolved";

// The overview paragraph is built only from the meeting's own title, date and agenda titles, plus the verbs of
// its decisions: it states no figure that the sources do not.

export function bodyName(committeeName: string): string {
  const name = committeeName.trim() || "committee";
  return /^the\b/i.test(name) ? name : `the ${name}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shortBody(committeeName: string): string {
  const m = /(sub-committee|committee|panel|board|cabinet|council|forum|meeting)\b/i.exec(committeeName);
  return m ? m[1]!.toLowerCase() : "meeting";
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
  if (titles.length === 0) return `${capital(bodyName(m.committeeName))} is scheduled to meet${special} on ${when}. No substantive business has been published on the agenda yet.`;
  return `${capital(bodyName(m.committeeName))} is scheduled to meet${special} on ${when} to discuss ${listTitles(titles)}.`;
}

/** `sections` are the substantive items' sections (first per item); `others` add questions and petitions. */
export function writeOutcomeOverview(input: SummaryInput, sections: SummarySection[], others: SummarySection[] = []): string {
  const m = input.meeting;
  const date = formatMeetingDate(m.startsAt);
  const titles = (sections.length ? sections : others).map((s) => s.heading);
  const met = m.isSpecial ? "held a special meeting" : "met";
  const first = titles.length
    ? `${capital(bodyName(m.committeeName))} ${met} on ${date} to discuss ${listTitles(titles)}.`
    : `${capital(bodyName(m.committeeName))} ${met} on ${date}.`;
  const decided = [...sections, ...others].filter((s) => s.decision);
  if (decided.length === 0) return first;
  const verbs = decided.map((s) => decisionVerb(s.decision!));
  const body = shortBody(m.committeeName);
  if (verbs.every((v) => v === "noted")) {
    return `${first} The ${body} noted ${decided.length > 1 ? "all the reports" : "the report"}.`;
  }
  const acted = decided.filter((s) => ["approved", "agreed", "recommended"].includes(decisionVerb(s.decision!))).map((s) => s.heading);
  if (acted.length === 0) return first;
  const verb = verbs.includes("approved") ? "approved" : verbs.includes("recommended") ? "made recommendations on" : "agreed";
  const also = verbs.includes("noted") ? " and noted the other reports" : "";
  return `${first} The ${body} ${verb} ${verb === "made recommendations on" ? "" : "the recommendations on "}${listTitles(acted, 4)}${also}.`;
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
    ? `${capital(bodyName(m.committeeName))} met on ${date}, but no agenda papers or minutes with content have been published for this meeting.`
    : `${capital(bodyName(m.committeeName))} is scheduled to meet on ${date}. No agenda or papers have been published yet.`;
}
