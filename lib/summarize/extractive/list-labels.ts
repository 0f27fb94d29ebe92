// How a source's lists are marked: the line that leads into a list, the kinds of label its points share, and a
// minute's numbered or dashed points that the page ran together into one paragraph. Read by source-reader.ts.

// "… will:", "… as follows:", "Members made the following comments:": a line that leads into the list under it.
export const LEAD_IN =
  /\b(?:has|have|had|will|includes?|included|are|were|is|was|to|that|by|following|the following [a-z]+|as follows):?\s*$/i;

// "(ii) Before the decision, …" after a full stop; or a dash or dot that marks the next point of a list the page ran
// into one line ("· The Plan had been drawn up with partners. - A detailed delivery plan had been meant…").
const INLINE_POINT = /(?<=\.)\s+(?=\((?:[ivx]{1,4}|\d{1,2})\)\s+[A-Z])|(?<=\.)\s+[-\u2013\u2022\u00b7]\s+(?=[A-Z])/;
const LEADING_POINT = /^\s*\((?:[ivx]{1,4}|\d{1,2})\)\s+(?=[A-Z])/;

/**
 * "(i) Under item 7 on the Summons, … (ii) Before the decision, … (iii) The substantive Recommendation was put to
 * the vote and carried.": a minute's numbered (or dashed) points run together are read one by one, without their
 * labels.
 */
export function splitInlinePoints(sentences: string[]): string[] {
  return sentences
    .flatMap((x) => x.split(INLINE_POINT))
    .map((x) => x.replace(LEADING_POINT, ""))
    .filter((x) => x.trim());
}

/** "•", "(a)"/"iv)", "3."/"(2)", or "2.12.2": the kinds of label a list's points share. */
export function labelStyle(label: string): string {
  if (/^\d+(?:\.\d+)+\.?$/.test(label)) return "section";
  if (/^\(?\d+[.)]?$/.test(label)) return "number";
  if (/^\(?[a-z]{1,5}[.)]$/i.test(label)) return "letter";
  return "bullet";
}
