import type { SummaryItem } from "../types";
import { extractResolved } from "./resolved";

// Harrow's standing items (HARROW.md §4) carry no news unless something happened under them: they are folded
// into one short line. Questions, petitions and deputations become sections when the minutes record any.

const PROCEDURAL =
  /^(apologies|attendance by reserve|reserve members|declarations? of interests?|minutes\b|council minutes|approval of (the )?minutes|appointment of (the )?(vice[- ]?)?chair|election of (the )?(vice[- ]?)?chair|right of members to speak|minute'?s? silence|public notice|prayers|procedural motions|any other (urgent )?business|exclusion of the press|date of (the )?next meeting|agenda\s*-\s*part|resolved items|recommended items?|for consideration|representations on planning|addendum|key decision schedule|progress on scrutiny projects|guidance note for members of the public|supplemental addendum|references? from (council|the overview)|references from council and other)/i;
const QUESTIONS = /^(public questions|petitions|deputations|councillor questions|questions|public questions, petitions and deputations)\b/i;
const EMPTY_MINUTE = /\b(none|nil|no (questions|petitions|deputations|declarations|reserve|references|items?|other|urgent|apologies)\b|none were|there were no|were not received|no [a-z ]{0,30}(were|was) (received|declared|made|submitted))/i;

export type ItemRole = "procedural" | "questions" | "substantive";

export function classifyItem(item: SummaryItem): ItemRole {
  const title = item.title.trim();
  if (QUESTIONS.test(title)) return hasContent(item) ? "questions" : "procedural";
  if (PROCEDURAL.test(title)) return "procedural";
  return "substantive";
}

function hasContent(item: SummaryItem): boolean {
  const text = item.minutesText ?? "";
  if (!text.trim()) return false;
  return !(text.length < 300 && EMPTY_MINUTE.test(text));
}

/** One line for all standing items, e.g. "Reserve members: none. Declarations of interest: none. ..." */
export function foldProcedural(items: SummaryItem[], held: boolean): string | null {
  const parts: string[] = [];
  for (const item of items) {
    const part = held ? describeOutcome(item) : null;
    if (part) parts.push(part);
  }
  if (!held) {
    const titles = items.map((i) => i.title.replace(/\s+/g, " ").trim()).filter(Boolean);
    return titles.length ? `Standing items: ${titles.join("; ")}.` : null;
  }
  return parts.length ? parts.join(" ") : null;
}

function describeOutcome(item: SummaryItem): string | null {
  const title = item.title.trim();
  const minutes = (item.minutesText ?? "").trim();
  const empty = minutes === "" || (minutes.length < 300 && EMPTY_MINUTE.test(minutes));
  if (/^(agenda\s*-\s*part|resolved items|recommended items?|for consideration|public notice|prayers)/i.test(title)) return null;
  if (/^minutes\b|council minutes|approval of (the )?minutes/i.test(title)) {
    if (!minutes) return null;
    const resolved = extractResolved(minutes) ?? minutes;
    const subject = /subject to/i.test(resolved) ? " (with a correction)" : "";
    return /correct record/i.test(resolved) ? `The minutes of the previous meeting were agreed as a correct record${subject}.` : null;
  }
  if (/declarations?/i.test(title)) {
    if (!minutes) return null;
    return empty ? "No declarations of interest were made." : "Declarations of interest were recorded (see the minutes).";
  }
  if (/reserve/i.test(title)) return minutes ? (empty ? "No reserve members attended." : "Reserve members attended.") : null;
  if (/^apologies/i.test(title)) return minutes ? (empty ? "No apologies were received." : "Apologies for absence were received.") : null;
  if (QUESTIONS.test(title)) return minutes && empty ? `${title.replace(/s?$/, "s")}: none.` : null;
  if (/vice[- ]?chair|chair/i.test(title) && minutes) return `${title}: see the minutes.`;
  return null;
}
