import escapeStringRegexp from "escape-string-regexp";
import { upperFirst } from "../../text/sentences";
import { compressAll } from "./compress";
import { ensureStop } from "./wording";

/**
 * A questions item whose minute only records that questions were taken ("RESOLVED: That the Councillor Questions
 * had been answered and the recording would be put on the Council's website"): one standing line, not a section
 * with a decision. A minute that gives the questions or answers stays a section.
 */
export function isBriefQuestionsMinute(minutes: string): boolean {
  const text = minutes.trim();
  return (
    text.length <= 240 &&
    // The word RESOLVED is often left off ("To note that one public question had been received and answered").
    /^(?:RESOLVED\s*:?\s*)?(?:That|To note)\b/i.test(text) &&
    !/\n\s*\S/.test(text) &&
    /\bquestions?\b/i.test(text) &&
    !/\b(?:asked|replied|response was|responded that|answered that)\b/i.test(text)
  );
}

/**
 * A brief questions minute in one plain line: "3 public questions answered.",
 * "Councillor questions answered; …". Who had mentioned the recording ("as the Leader of the
 * Council had said") is dropped; the count is the minute's own ("one", "3"), never rewritten.
 */
export function questionsTaken(label: string, minutes: string): string {
  const escaped = escapeStringRegexp(label);
  let body = compressAll(minutes)
    .replace(/\bas (?:the )?[A-Z][\w'\u2019 ]*? had (?:said|explained|confirmed|announced|noted),\s*/g, "")
    .replace(
      /(?:[;,]\s*|\s+)(?:and\s+)?(?:that\s+)?the recording(?: of (?:the |this )?(?:questions and answers|answers?|meeting|questions?)(?: and (?:the |its )?(?:responses?|answers?|replies|reply))?)? (?:would be|was|had been|will be|is|has been|could be|can be)(?: (?:put|placed|published|posted|made available|available|found|viewed|seen))? on the (?:Council'?s )?website/i,
      // Where the webcast can be found again is not news: the summary says the questions were answered
      // (docs/summaries.md#standing-lines-stop-36-round-two).
      "",
    )
    // "… had been received and that a written answer had been sent to the questioner": the second clause after a
    // semicolon, never a dangling "and that" once "had been" is gone.
    .replace(/,?\s+and that\s+(?=(?:a|an|the|its|their|written|all|each)\b)/i, "; ")
    // "received and responded to", "received, responded to": answered, in the plain word.
    .replace(/\breceived,?\s+(?:and\s+)?responded to\b/i, "received and answered")
    .replace(/\bresponded to\b/i, "answered")
    // "received; a written answer had been sent to the questioner and published on the Council's website": answered in
    // writing. Where the answer was published is not news, as where a recording is kept is not
    // (docs/summaries.md#standing-lines-stop-37).
    .replace(
      /\breceived; (?:a )?written (?:answers?|repl(?:y|ies)|responses?) (?:had been|have been|was|were) (?:sent|given|provided) to the questioners?(?:,? and (?:had been |was |were )?(?:published|placed|posted|put) on the (?:Council'?s )?website)?/i,
      "answered in writing",
    )
    // "received and answered": a question answered was received, so "answered" says both.
    .replace(/\breceived,? and answered\b/i, "answered")
    // "The Councillor Questions had been answered" says the title once, in the sentence's own case.
    .replace(
      new RegExp(`^(?:the )?(${escaped})\\s+(?:had been|have been|were)\\s+`, "i"),
      (_m, t: string) => `${t.charAt(0)}${t.slice(1).toLowerCase()} `,
    );
  if (!/\bquestions?\b/i.test(body)) body = `${label}: ${body}`;
  return ensureStop(upperFirst(body));
}
