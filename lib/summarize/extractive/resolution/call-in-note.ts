/**
 * A Cabinet or Leader's decision whose call-in was waived, said after the decision in a few words: the minute's
 * bracketed note after the reason and the formulas ("[Call-in waived by the Chair of the Overview and Scrutiny
 * Committee on the grounds of urgency, so that the works can start in April.]") is "Call-in waived on the grounds of
 * urgency." — the decision takes effect at once, which a reader needs to know. Who waived it is always the scrutiny
 * chair and why beyond the grounds is the report's; a note that call-in did not apply (a decision reserved to Council)
 * adds nothing to "Recommended to Council" and is left out. Null when the minute has no such note.
 */
export function callInWaivedNote(minute: string | null | undefined): string | null {
  const note = /\[\s*Call-?in (?:was )?waived\b([^\]]*)\]/i.exec(minute ?? "");
  if (!note) return null;
  const grounds = /\bon the grounds? (?:of|that) ([^,.;\]]+)/i.exec(note[1]!)?.[0];
  return grounds ? `Call-in waived ${grounds.trim()}.` : "Call-in waived.";
}

/** The decision with the call-in note after it, when the minute has one. */
export function withCallInNote(decision: string, minute: string | null | undefined): string {
  const note = callInWaivedNote(minute);
  return note ? `${decision.replace(/\s*$/, "")}${/[.!?]$/.test(decision.trim()) ? "" : "."} ${note}` : decision;
}
