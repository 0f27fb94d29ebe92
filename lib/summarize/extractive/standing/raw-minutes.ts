import { namesInCapitals, withProperNames } from "../../text/capitals";
import { upperFirst } from "../../text/sentences";

/**
 * "… be taken" / "as read and signed …", "… to the vacancy on the" / "Scrutiny Sub-Committee …": a sentence the page
 * broke across two paragraphs, joined again (a paragraph never ends on an article or a preposition).
 */
export function joinBrokenSentences(text: string): string {
  return text
    .replace(/([a-z])[ \t]*\n\s*\n\s*(?=[a-z])/g, "$1 ")
    .replace(/\b(the|a|an|of|on|to|for|in|at|by|and)[ \t]*\n\s*\n\s*(?=[A-Z])/g, "$1 ");
}

const MONTHS = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/g;

/**
 * An older minute printed in capitals ("THAT THE MINUTES OF THE ORDINARY MEETING HELD ON 20 JANUARY 2005 … BE TAKEN
 * AS READ"), in ordinary type: lower case, each sentence's first letter, the months, an appendix's numeral, the names
 * after a title ("COUNCILLOR JEAN ROSS") and the council's own names ("the Worshipful the Mayor") capital.
 */
export function ordinaryType(text: string): string {
  return text
    .split(/(\n\s*\n)/)
    .map((paragraph) => {
      const letters = paragraph.replace(/\bRESOLVED\b/g, "").replace(/[^A-Za-z]/g, "");
      if (letters.length < 30 || letters.replace(/[^a-z]/g, "").length > letters.length / 20) return paragraph;
      return withProperNames(namesInCapitals(paragraph, (word) => word.toLowerCase()))
        .replace(/\bresolved\s*:/g, "RESOLVED:")
        .replace(MONTHS, (month) => upperFirst(month))
        .replace(
          /\b(appendix|annex) ([ivx]+)\b/g,
          (_m, what: string, numeral: string) => `${what} ${numeral.toUpperCase()}`,
        )
        .replace(/(^\s*|[.!?]\s+)([a-z])/g, (_m, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
    })
    .join("");
}
