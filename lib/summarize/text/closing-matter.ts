import type { TextBlock } from "./blocks";

// Printed minutes end, after the last item's minute, with when the meeting sat ("(Note: The meeting, having commenced
// at 6.30 pm, closed at 9.05 pm).") and the Chair's signature ("(Signed) COUNCILLOR GRAHAM HENSON" over "Chair").
// Neither is news of the last item, and the PDF's reflow can run either into that item's last paragraph.

/** The sitting times, bare or as the printed minutes' note ("(Note: The meeting, having commenced at …, closed at …)."). */
export const CLOSING_TIMES =
  /\(?(?:Note:\s*)?The meeting(?:,? having (?:started|begun|commenced) at [\d.:]+ ?[ap]\.?m\.?,)?(?: (?:started|began|commenced) at [\d.:]+ ?[ap]\.?m\.? and)? (?:ended|closed|finished|concluded) at [\d.:]+ ?[ap]\.?m\.?(?:\)\.?|\.\)?)?/gi;

/** A signature line and what follows it in its paragraph: "(Signed) Councillor Rowena Blackwood Chair". */
const SIGNATURE = /(?:^|\s)\(Signed\)[^]*$/i;

/** The signatory's office, printed on its own line under the signature. */
const OFFICE = /^(?:Chair|Chairman|Chairperson|Vice-Chair|Mayor|Deputy Mayor|Leader|Portfolio Holder)$/i;

/** A block's text without the sitting times and the signature; what is left, trimmed (empty when nothing is). */
export function withoutClosingText(text: string): string {
  return text
    .replace(SIGNATURE, "")
    .replace(CLOSING_TIMES, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/**
 * The printed minutes' blocks without their closing matter: the sitting times and the signature are cut from any
 * paragraph they were run into, a block left empty is dropped, and so is the office under a signature.
 */
export function withoutClosingMatter(blocks: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  let signed = false;
  for (const block of blocks) {
    if (block.kind !== "heading" && block.kind !== "para" && block.kind !== "bullet") {
      out.push(block);
      signed = false;
      continue;
    }
    if (signed && (OFFICE.test(block.text.trim()) || isFootLine(block.text))) continue;
    signed = SIGNATURE.test(block.text) || (signed && isFootLine(block.text));
    const text = withoutClosingText(block.text);
    if (text === block.text) out.push(block);
    else if (text) out.push({ ...block, text });
  }
  return out;
}

/**
 * A short line with no sentence's end after the signature: the page's foot of a one-page minutes ("Licensing Panel -
 * 4 July 2023 - 12"), which a running-line search cannot find on one page. An appendix after the signature is prose
 * and stays.
 */
function isFootLine(text: string): boolean {
  const line = text.trim();
  return line.split(/\s+/).length <= 12 && !/[.:;]$/.test(line);
}
