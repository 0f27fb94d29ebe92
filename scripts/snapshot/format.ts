import { MONTH_NAMES as months } from "@/lib/iso-week";
import { committee } from "./committees";
import type { Meeting } from "./types";

// Date, time and text formats exactly as ModernGov (and Harrow's install of it) prints them. All arithmetic is
// done in UTC on calendar dates so the output never depends on the machine's time zone.

const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function parts(iso: string): { y: number; m: number; d: number; wd: number } {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`bad ISO date ${iso}`);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate(), wd: date.getUTCDay() };
}

/** "Thursday 23 October 2025" */
export function longDate(iso: string): string {
  const p = parts(iso);
  return `${weekdays[p.wd]} ${p.d} ${months[p.m]} ${p.y}`;
}

/** "23 October 2025" */
export function dayMonthYear(iso: string): string {
  const p = parts(iso);
  return `${p.d} ${months[p.m]} ${p.y}`;
}

/** "23 Oct 2025" (meeting lists) */
export function shortDate(iso: string): string {
  const p = parts(iso);
  return `${p.d} ${months[p.m]!.slice(0, 3)} ${p.y}`;
}

/** "Thursday 23-Oct-2025" (pack file names) */
export function packDate(iso: string): string {
  const p = parts(iso);
  return `${weekdays[p.wd]} ${String(p.d).padStart(2, "0")}-${months[p.m]!.slice(0, 3)}-${p.y}`;
}

/** "23/10/2025" (web service) */
export function ddmmyyyy(iso: string): string {
  const p = parts(iso);
  return `${String(p.d).padStart(2, "0")}/${String(p.m + 1).padStart(2, "0")}/${p.y}`;
}

/** "18:30" -> "6.30 pm" (Harrow prints a dot) */
export function time12(hhmm: string): string {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  const suffix = h >= 12 ? "pm" : "am";
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}.${String(m).padStart(2, "0")} ${suffix}`;
}

/** "18:30" -> "18.30" (pack file names) */
export function time24(hhmm: string): string {
  return hhmm.replace(":", ".");
}

/** "18:30" -> "202510231830" style stamp used by ieListMeetings paging links. */
export function pagingStamp(iso: string, hhmm: string): string {
  return iso.replaceAll("-", "") + hhmm.replace(":", "");
}

/** "(Special - ILACS Report), Overview and Scrutiny Committee - Tuesday 8 July 2025 6.30 pm" */
export function meetingTitle(m: Meeting): string {
  const core = `${committee(m.cid).title} - ${longDate(m.date)} ${time12(m.time)}`;
  return `${m.prefix ? `${m.prefix}, ` : ""}${core}${m.suffix ? `, ${m.suffix}` : ""}`;
}

/** ISO timestamp for a publication date; ModernGov publishes in office hours, 09:00 UTC is close enough. */
export function stamp(iso: string, hour = 9): string {
  return `${iso}T${String(hour).padStart(2, "0")}:00:00.000Z`;
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Plain HTML escaping for text nodes and attributes. */
export function esc(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** ModernGov writes some punctuation in titles as numeric entities (&#40; &#41; &#38; &#47; &#58; &#39;). */
export function mgEnc(text: string): string {
  return text.replace(/[&()/:'<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** ModernGov's title attributes also encode spaces: title="Link&#32;to&#32;...". */
export function mgTitleAttr(text: string): string {
  return mgEnc(text).replaceAll(" ", "&#32;");
}
