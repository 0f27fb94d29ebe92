import type { SummaryItem } from "../../types";
import { describeStandingItem } from "./describe-standing-item";
import { nameOnceInLine } from "./name-once";
import { terseStandingLines } from "./terse";

// Standing business (apologies, reserves, declarations, minutes, appointments, a minute's silence…) in one short
// line each that keeps every name, figure and date the minute gives: who sent apologies, who sat for whom, who
// declared what and whether they stayed, voted or had a dispensation, which minutes were approved and what was
// corrected, who was appointed. Only the council's boilerplate is dropped, never a fact.

/**
 * The standing items of a held meeting, one sentence each; a meeting not yet held lists their titles. `others` are the
 * meeting's other items, whose own sections say what a standing line need not repeat.
 */
export function foldStandingItems(items: SummaryItem[], held: boolean, others: SummaryItem[] = []): string | null {
  if (!held) {
    const titles = items.map((i) => i.title.replace(/\s+/g, " ").trim()).filter(Boolean);
    return titles.length ? `Standing items: ${titles.join("; ")}.` : null;
  }
  const titles = itemTitles(others);
  const lines = terseStandingLines(
    items.map((item) => describeStandingItem(item, titles)).filter((l): l is string => Boolean(l)),
    others,
  );
  return lines.length ? lines.map(nameOnceInLine).join("\n") : null;
}

/** The meeting's items' titles by number ("9." and "9" both as "9"), for declarations that name an item by number. */
function itemTitles(items: SummaryItem[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const item of items) {
    const number = item.number?.trim().replace(/[.:]$/, "");
    const title = item.title.replace(/\s+/g, " ").trim();
    if (number && title && !titles.has(number)) titles.set(number, title);
  }
  return titles;
}

export { nomination } from "./appointments";
export { isRecordingRuleMinute, isSilenceMinute, isWelcomeMinute, REPRESENTATIVES } from "./ceremonies";
export { shortTitles } from "./cllr-titles";
export { compressStanding } from "./compress";
export { nounPhrase, oneDeclaration, parseDeclaration } from "./declaration";
export { describeStandingItem } from "./describe-standing-item";
export { isBriefQuestionsMinute } from "./questions";
export { withoutArrangements } from "./welcomes";
export { shortTitle } from "./wording";
