// An action log reviewed under the minutes' approval: how many actions were closed, and each one carried forward with
// its owner, in one short clause (docs/summaries.md#a-community-safety-partnerships-minutes).
import { numberWordValue } from "../../text/number-words";
import { ensureStop } from "./wording";

/** "Action Log", "Action log and matters arising", "Actions arising", "Action tracker": the log's heading. */
const HEADING = /^(?:the )?(?:action (?:log|tracker|sheet|list)|actions arising|outstanding actions)\b[^.]{0,40}?:?$/i;
/** "(3) Carried forward - the CCTV Manager to …", "Closed: the Police to …": one action and its status. */
const ENTRY =
  /^(?:\(?\d{1,2}[.)]\s*|\(?[a-z]{1,4}\)\s*|[-•]\s*)?(closed|completed?|complete|carried forward|open|ongoing|in progress)\s*(?:[-–—:]\s*)(.+)$/is;
const STILL_OPEN = /^(?:carried forward|open|ongoing|in progress)$/i;
const count = (w: string) => (/^\d+$/.test(w) ? Number(w) : (numberWordValue(w.toLowerCase()) ?? NaN));

/**
 * The action log printed under a minutes item, said in one line: "Action log: six of the nine actions closed; carried
 * forward: the CCTV Manager, Mr A, to report on …; the Board to …". Each action carried forward keeps its owner and what it
 * is to do (its first sentence); the closed ones are counted, as the log's own totals say when it prints them. Null
 * when the minute has no log heading followed by actions marked closed or carried forward.
 */
export function actionLogSaid(paragraphs: string[]): { before: string[]; said: string } | null {
  const at = paragraphs.findIndex((p) => HEADING.test(p.trim()));
  if (at < 0) return null;
  const log = paragraphs.slice(at + 1).map((p) => p.replace(/\s+/g, " ").trim());
  const entries = log.flatMap((p) => {
    const m = ENTRY.exec(p);
    return m ? [{ open: STILL_OPEN.test(m[1]!.trim()), action: m[2]! }] : [];
  });
  if (entries.length < 2) return null;
  const text = log.join(" ");
  // "Of the nine actions arising from the last meeting, six had been closed and three were carried forward": the
  // log's own totals, which count entries the minute does not print.
  const totals =
    /\bOf the (\w+) actions\b[^.]*?\b(\w+) (?:had been|have been|were|was) (?:closed|completed|complete)\b/i.exec(text);
  // The totals as printed ("six of the nine"), never counted again in digits the minute does not print.
  const closedSaid =
    totals && Number.isFinite(count(totals[1]!)) && Number.isFinite(count(totals[2]!))
      ? `${totals[2]!.toLowerCase()} of the ${totals[1]!.toLowerCase()} actions closed`
      : entries.every((e) => !e.open)
        ? "all actions closed"
        : "";
  const carried = entries.filter((e) => e.open).map((e) => firstSentence(e.action));
  const parts = [closedSaid, carried.length ? `carried forward: ${carried.join("; ")}` : ""];
  return {
    before: paragraphs.slice(0, at),
    said: ensureStop(`Action log: ${parts.filter(Boolean).join("; ")}`),
  };
}

/**
 * "… to all partners for signature", "… with the partnership", "… to Board members for comment": at the end of an
 * action, the meeting's own members as those it goes to, and why, when they are all it says. The log is the meeting's
 * own, so they go without saying (docs/summaries.md#standing-lines-stop-37).
 */
const TO_OWN_MEMBERS =
  /,?\s+(?:to|with) (?:all |the )?(?:partners|partnership|(?:Board |Committee |Panel |Forum |Partnership )?members(?: of the (?:Board|Committee|Panel|Forum|Partnership))?|Board|Committee|Panel|Forum)(?: for (?:signature|comments?|approval|information|agreement))?$/i;

/**
 * An action's first sentence, without its stop: who is to do what; the update on it after that is the clerk's, and so
 * is the meeting's own members as those it goes to (`TO_OWN_MEMBERS`).
 */
function firstSentence(action: string): string {
  const first = action.split(/(?<=[a-z0-9)][.!?])\s+(?=[A-Z])/)[0]!;
  return first
    .replace(/[.;]\s*$/, "")
    .trim()
    .replace(TO_OWN_MEMBERS, "")
    .replace(/^The\b/, "the");
}
