import type { SummaryItem } from "../../types";
import { describeStandingItem } from "./describe-standing-item";
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
  const lines = terseStandingLines(
    items.map(describeStandingItem).filter((l): l is string => Boolean(l)),
    others,
  );
  return lines.length ? lines.join("\n") : null;
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
