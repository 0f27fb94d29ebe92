// Actions a board gives to named officers or partners, printed after its resolution as "ACTION: Ms A to circulate …":
// outcomes of the item as much as the resolution is (docs/summaries.md#a-community-safety-partnerships-minutes).

/** "ACTION: …", "ACTIONS: …", "Action: …" opening a paragraph of the minute. */
const ACTION = /^ACTIONS?\s*[:\u2013\u2014-]\s*(.+)$|^Action\s*:\s*(.+)$/;
/** "Ms A to circulate …", "The Borough Commander to present …": an owner and what they are to do. */
const OWNED = /^(?:the |[A-Z])[^.;:]{0,80}?\bto [a-z]+\b/;

/**
 * The actions printed as paragraphs of their own after the minute's resolution, each "Owner to do something", in the
 * order printed, each ending with a stop. A paragraph labelled "ACTION" that names nobody to do anything is left out.
 */
export function actionsGiven(minutes: string): string[] {
  return minutes
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .flatMap((p) => {
      const m = ACTION.exec(p);
      const action = (m?.[1] ?? m?.[2] ?? "").trim();
      if (!action || !OWNED.test(action)) return [];
      return [/[.!?]$/.test(action) ? action : `${action}.`];
    });
}

/**
 * The decision with the actions given at the item after it: "… The priorities were agreed. Action: Ms A to circulate
 * the maps by 27 February 2026." Who is to do what is part of the outcome a resident reads; a decision the minute does
 * not print is the actions alone. The decision as it was when the minute gives no action.
 */
export function withActions(decision: string | null, minutes: string): string | null {
  const actions = actionsGiven(minutes);
  if (!actions.length) return decision;
  const said = actions.map((a) => `Action: ${a}`).join(" ");
  if (!decision) return said;
  return `${/[.!?]$/.test(decision) ? decision : `${decision}.`} ${said}`;
}

/**
 * The item's candidates without the "ACTION: …" paragraphs the decision already says after it (`withActions`), so an
 * action is never said twice (docs/summaries.md#standing-lines-stop-36).
 */
export function withoutActionsSaid<T extends { text: string }>(candidates: T[], decision: string | null): T[] {
  if (!decision || !/\bAction: /.test(decision)) return candidates;
  return candidates.filter((c) => {
    const m = ACTION.exec(c.text.replace(/\s+/g, " ").trim());
    const action = (m?.[1] ?? m?.[2] ?? "").trim().replace(/[.!?]$/, "");
    return !(action && decision.includes(action));
  });
}
