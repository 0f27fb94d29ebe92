// The overview of a meeting not yet held, cancelled, or without papers: what its agenda lists, and no more.
import { upperFirst } from "../../text/sentences";
import type { SummaryInput } from "../../types";
import { formatMeetingDate, formatMeetingTime } from "../dates";
import { bodyName, listTitles } from "./titles";

export function writePreviewOverview(input: SummaryInput, titles: string[]): string {
  const m = input.meeting;
  const when = `${formatMeetingDate(m.startsAt)} at ${formatMeetingTime(m.startsAt)}`;
  const special = m.isSpecial ? " for a special meeting" : "";
  if (titles.length === 0)
    return `${upperFirst(bodyName(m.committeeName))} is scheduled to meet${special} on ${when}. No substantive business has been published on the agenda yet.`;
  return `${upperFirst(bodyName(m.committeeName))} is scheduled to meet${special} on ${when} to discuss ${listTitles(titles)}.`;
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
