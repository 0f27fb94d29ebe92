import { upperFirst } from "../text/sentences";
import type { TextBlock } from "../text/blocks";
import { accountResumes } from "../text/minute-account";
import type { ItemSource } from "./item-sources";
import { isReportedAccount } from "./resolved";

/**
 * Minute blocks without the decision, which is reported on its own, not as discussion: the blocks before RESOLVED,
 * and those after it once the minute's account resumes (a call-in hearing's arguments; a Cabinet decision's reason,
 * in its first sentence),
 * as extractResolved (resolved.ts) ends the decision there too. The decision's own clauses and the Cabinet
 * formulas after it ("Alternative Options Considered…: As set out in the report", "Conflict of Interest…: None")
 * are left out.
 */
export function decisionFree(source: ItemSource): TextBlock[] {
  if (source.origin !== "minutes") return source.blocks;
  // "(See also Minutes 33 and 37).": a pointer to other minutes, never a point.
  const blocks = source.blocks.filter(
    (b) => !("text" in b && /^\(?See also Minutes?\b[^)]*\)?\.?$/i.test(b.text.trim())),
  );
  // An older minute's "Resolved to RECOMMEND: (to Council)" starts the decision too.
  const start = blocks.findIndex(
    (b) => "text" in b && /^\s*(RESOLVED|DECISION|Resolved(?= to RECOMMEND))\b/.test(b.text),
  );
  if (start < 0) return blocks;
  // "RESOLVED: The Chair reported that …": an account under the label is the minute's discussion, not its decision.
  const opening = blocks[start]!;
  const account = "text" in opening ? opening.text.replace(/^\s*(?:RESOLVED|DECISION)\s*[:.\u2013-]?\s*/, "") : "";
  if (isReportedAccount(account))
    return blocks.map((b, i) => (i === start ? ({ ...opening, text: account } as TextBlock) : b));
  let resumes = blocks.length;
  for (let i = start + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    const before = blocks[i - 1]!;
    const text = "text" in block ? block.text.trim() : "";
    const previous = "text" in before ? before.text.trim() : "";
    // An older recommendation's "[Reason for Recommendation: …]" or "REASON: …": why, in its first sentence, unless
    // it only points at the report ("As set out in the officer report").
    // A bracketed reason ends at its bracket: a printed page may run the next heading on after it ("… in 2006/07.]
    // RECOMMENDATION 2 - …").
    const older =
      /^\[\s*Reasons?(?: for (?:the )?Recommendations?)?\s*:\s*([^\]]*?)\s*\]/i.exec(text.replace(/\s+/g, " ")) ??
      /^\[?\s*Reasons?(?: for (?:the )?Recommendations?)?\s*:\s*(.*?)\]?\.?$/i.exec(text.replace(/\s+/g, " "));
    if (older) {
      const why = /^.+?[.!?](?=\s+[A-Z]|$)/.exec(older[1]!)?.[0] ?? older[1]!;
      const pointer = /^(?:as|for the reasons?) (?:set out|detailed|outlined|given|stated)\b|^as above\b/i.test(why);
      return [
        ...blocks.slice(0, start),
        ...(why && !pointer
          ? [{ ...block, text: `Reason: ${upperFirst(why.replace(/[.\]]+$/, ""))}.` } as TextBlock]
          : []),
      ];
    }
    // An older minute's "[Reason for Recommendation: To allow …]" after the resolution, in square brackets.
    if (/^\[?\s*Reasons? for (?:the )?(?:Decision|Recommendations?)\b/i.test(text)) {
      // Why, in its first sentence ("Reason for Decision: To keep the Council's attention on cutting fly tipping…"):
      // the rest of a reason argues it at length, and the formulas follow.
      const unbracketed = /^\[/.test(text) ? text.replace(/^\[\s*/, "").replace(/[.\s]*\]\.?\s*$/, ".") : text;
      const first = /^.+?[.!?](?=\s+[A-Z]|$)/.exec(unbracketed.replace(/\s+/g, " "))?.[0] ?? unbracketed;
      const reason = first.replace(
        /^Reasons? for (?:the )?(?:Decision|Recommendations?)\s*[:.\u2013-]?\s*/i,
        "Reason: ",
      );
      return [...blocks.slice(0, start), { ...block, text: reason } as TextBlock];
    }
    // "[Note: The panel agreed to admit case H14 to the agenda as a matter of urgency.]" after the resolution: a
    // remark about it, said as a point of its own (never part of the decision, resolved.ts).
    const note = /^\[\s*Note\s*:\s*([^\]]+?)\s*\]\.?$/i.exec(text.replace(/\s+/g, " "));
    if (note && block.kind !== "table") {
      blocks[i] = {
        ...block,
        text: `${upperFirst(note[1]!.replace(/^That\s+(?=[a-z])/i, ""))}`.replace(/\.?$/, "."),
      } as TextBlock;
      resumes = i;
      break;
    }
    if (block.kind !== "bullet" && block.kind !== "table" && accountResumes(previous, text)) {
      resumes = i;
      break;
    }
  }
  const after = blocks
    .slice(resumes)
    .filter(
      (b) => !("text" in b && /^(?:Alternative Options Considered|Conflict of Interest relating)\b/i.test(b.text)),
    );
  return [...blocks.slice(0, start), ...after];
}
