// "That it be recommended to Council that …": a body's resolution to recommend, in the council's impersonal form
// (docs/summaries.md#sentences-that-read-wrong-stop-40).
import { RECIPIENT } from "./body-recommends";

/** The whole resolution in that form: "That it be recommended to Cabinet that …". */
const WHOLE = new RegExp(String.raw`^(?:RESOLVED:?\s*)?That,?\s+it be recommended to (${RECIPIENT}) that\b`);

/** The same step as one clause of several: "(2) it be recommended to Council that …". */
const CLAUSE = new RegExp(String.raw`(\bit be recommended to ${RECIPIENT} that\b)([^;]*)`, "g");

/** True when the whole resolution is a recommendation said impersonally ("That it be recommended to Council that …"). */
export function isItRecommended(text: string): boolean {
  return WHOLE.test(text);
}

/**
 * "That it be recommended to Council that the Strategy be adopted" -> "It was recommended to Council that the
 * Strategy be adopted": the recommending is what the meeting did, and what it recommends stays in the words of a
 * recommendation, for the other body to decide. Every "be" in what is recommended ("and that the Director be
 * authorised …") is marked (a word joiner, removed at the end) so that no reader after this one says it as done.
 * Never "It to be recommended …", which a whole resolution of that form read as a recommendation would give.
 */
export function itRecommended(text: string): string {
  return text
    .replace(CLAUSE, (_m, lead: string, asked: string) => `${lead}${asked.replace(/\bbe\b/g, "b\u2060e")}`)
    .replace(WHOLE, (_m, recipient: string) => `It was recommended to ${recipient} that`);
}
