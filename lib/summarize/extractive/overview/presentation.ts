// A presentation the body heard, for the overview: "heard and commented on a presentation on Former Colart Works,
// Whitefriars Avenue, Wealdstone", never "noted Presentation: Former Colart Works …", the agenda title after a verb,
// which can read as if the body had passed on the scheme (docs/summaries.md#a-major-developments-panels-minutes).
import type { OutcomePhrase } from "./outcome-phrase";

/**
 * "Presentation: Kodak East", "Presentation by Land Securities on Kodak East", "Presentation on the Schools
 * Expansion Programme": what the presentation was on.
 */
const PRESENTATION =
  /^Presentations?\b(?:\s+(?:by|from)\s+[^:]+?)?(?:\s*:\s*|\s+[-\u2013\u2014]\s+|\s+(?:on|about|regarding)\s+)(.+)$/i;

/** "The presentation was noted …", "RESOLVED: That the presentation be noted": a presentation only received. */
const NOTED = /\bpresentations?\b[^.;]{0,40}\b(?:was|were|be|is|are) noted\b|^Noted\b/i;

/**
 * A presentation the minute only notes, said as heard (and commented on, where the decision passes the body's
 * comments on), with the place or scheme it was on; shorter, that name before its first comma. Null for any other
 * item, or for a presentation on which the body decided something.
 */
export function presentationHeard(heading: string, decision: string): (OutcomePhrase & { fewer: string[] }) | null {
  const m = PRESENTATION.exec(heading.trim());
  if (!m || !NOTED.test(decision.trim())) return null;
  const subject = m[1]!.trim();
  const verb = /\bcomments?\b/i.test(decision) ? "heard and commented on a presentation on" : "heard a presentation on";
  const before = subject.split(/,(?!\d{3}\b)/)[0]!.trim();
  return { verb, object: subject, fewer: before !== subject ? [before] : [] };
}
