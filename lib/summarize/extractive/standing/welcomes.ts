import { minutePoints } from "./compress";
import { NAME } from "./names";

/** "the Leader of the Council explained how it would run:": the lead-in to the meeting's arrangements. */
const HOW_IT_RUNS =
  /\b(?:explained|set out|outlined|described) how (?:it|the meeting) would (?:run|be (?:run|conducted|held|managed))\b|\b(?:made|gave) the following clarifications? (?:in relation to|about|on) the conduct of the meeting\b/i;
/** "with Councillors A and B and the Leader in the room", "the other Cabinet members (…) took part online". */
const WHERE_MEMBERS_SAT =
  /\b(?:in the (?:room|chamber)|took part (?:online|remotely|virtually)|(?:attended|joined|participated)(?: the meeting)? (?:online|remotely|virtually))\b/i;
/** "To note the Key Decision Schedule for July to September 2022", "To receive and note how far … had progressed". */
const BARE_NOTING = /^(?:RESOLVED\s*:\s*)?(?:that\s+)?(?:to\s+)?(?:receive and\s+)?note\s+(?:the\s+|how\s+)/i;

/**
 * A welcome's account of how a hybrid meeting ran (who sat in the chamber, who joined online) is attendance, which
 * the meeting's page lists: only who took part to speak, and on what, is kept ("Also taking part: Cllrs A and B (item
 * 5, Councillor Questions) and Cllr C (item 9, the Overview and Scrutiny Committee's reference)").
 * A resolution that only notes a standing paper ("To note the Key Decision Schedule…") says nothing and goes; what
 * the minute adds beside it stays. Empty when nothing is left.
 */
export function withoutArrangements(minutes: string): string {
  return minutePoints(minutes)
    .map((p) => p.replace(/^[\u00b7\u2022]\s*/, ""))
    .flatMap((p) => {
      if (!p || HOW_IT_RUNS.test(p)) return [];
      // "To note the apologies received from Mr A and Mr B" names somebody, so it is no bare noting.
      if (BARE_NOTING.test(p) && !/£|\d%|\b(?:Councill?ors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b/.test(p)) return [];
      // "Apologies were received from Cllr A as well as from Cllr B who attended virtually": an apology stays.
      if (!WHERE_MEMBERS_SAT.test(p) || /\bapolog(?:y|ies)\b/i.test(p)) return [p];
      if (!/\bspeak\b|\(for item\b/i.test(p)) return [];
      const speaking = p
        .replace(/[;.]\s*(?:and\s*)?$/, "")
        .replace(
          /,?\s+(?:had\s+)?(?:also\s+)?(?:took part|attended|joined|participated)(?: the meeting)? (?:online|remotely|virtually)$/i,
          "",
        )
        .replace(/,?\s+who would be (?:asked|invited) to speak(?: briefly)? on\b/gi, ", to speak on")
        .replace(/(\bon (?:agenda )?item \d+),\s+[^,;()]+$/i, "$1")
        // "(for item 5, Councillor Questions)" and ", to speak on the Committee's reference on item 9": the item and
        // what it was, in brackets as the first is (docs/summaries.md#page-openings-stop-35).
        .replace(/\(for ((?:agenda )?item \d+\b)/gi, "($1")
        .replace(/,\s+to speak on (the [^,;()]+?) on (?:agenda )?(item \d+)$/i, " ($2, $1)");
      return [`Also taking part: ${speaking}`];
    })
    .join("\n\n");
}

/**
 * A welcome's formalities, sentence by sentence: the Chair welcoming everyone, general announcements, that the meeting
 * was recorded and who else was present say nothing a resident needs; whom the Chair welcomed or thanked by name, and
 * who replaced whom, stay.
 */
export function withoutWelcomeFormalities(minutes: string): string {
  return minutes
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .replace(/\s+/g, " ")
        .trim()
        .split(/(?<=[.!?])\s+(?=[A-Z])/)
        .filter(
          (sentence) =>
            !(
              (/\bwelcomed (?:all|everyone|those)\b/i.test(sentence) && !NAME.test(sentence)) ||
              /\b(?:would be|was being|is being|was) (?:audio(?: and video)? |video |live )?(?:recorded|broadcast|webcast|filmed|streamed)\b/i.test(
                sentence,
              ) ||
              /^(?:also )?present (?:at the meeting )?were\b|^also present\b/i.test(sentence)
            ),
        )
        // A sentence to a point, so the council's set phrases are read at the start of each.
        .join("\n\n"),
    )
    .filter(Boolean)
    .join("\n\n");
}
