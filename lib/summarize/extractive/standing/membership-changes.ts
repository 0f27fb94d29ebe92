// Changes of membership a forum's clerk reports one by one ("Ms A, Headteacher of B School, had been elected by the
// maintained primary headteachers in place of Mr C, who had retired"), and matters arising reported under the minutes:
// standing business, said in a line that keeps the names and drops the clerk's narration
// (docs/summaries.md#a-schools-forums-minutes).
import { upperFirst } from "../../text/sentences";
import { ensureStop } from "./wording";

const TITLE = String.raw`(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Father|Reverend|Rabbi|Imam)`;
const NAME = String.raw`${TITLE}\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}`;

/**
 * "Ms A, Headteacher of B, had been elected by the primary headteachers in place of Mr C, who had retired …" or
 * "Mr D had been nominated by the Diocese as a non-school member in place of Mrs E": who replaced whom, and who chose
 * them.
 */
const REPLACED = new RegExp(
  String.raw`^(${NAME})(?:,[^,]{1,80},)?\s+(?:had been|was|has been|were)\s+(elected|nominated|appointed|co-opted)\s+by\s+(.+?)(?:\s+as\s+(?:an?\s+|the\s+)?[^,]{1,60}?)?\s+(?:in place of|to replace|replacing)\s+(${NAME})\b`,
);

/**
 * The membership changes a minute reports, one "Ms A replaced Mr C (elected by …)" each; null unless every paragraph
 * but the lead-in and the resolution to note them is such a change.
 */
export function membershipChanges(minutes: string): string | null {
  const paragraphs = minutes
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const changes: string[] = [];
  for (const p of paragraphs) {
    const m = REPLACED.exec(p);
    if (m) {
      changes.push(`${m[1]} replaced ${m[4]} (${m[2]} by ${m[3]})`);
      continue;
    }
    // The clerk's lead-in ("The Clerk reported the following changes …") and "RESOLVED: That the changes be noted".
    if (/\b(?:changes?|appointments?)\b[^.]*\bmembership\b|^RESOLVED\b[^.]*\bnoted\b/i.test(p)) continue;
    return null;
  }
  return changes.length ? `Membership: ${changes.join("; ")}.` : null;
}

/** "the Head of Finance, Mr A, reported that", "Mr A informed the Forum that": who told it, before what was told. */
const TOLD = new RegExp(
  String.raw`^(?:the [A-Z][\w' -]{2,60}?,\s*)?(?:${NAME},?\s*)?(?:the [A-Z][\w' -]{2,60}?\s+)?(?:reported|confirmed|advised|informed (?:the [A-Z]\w+|members)|said|stated)\s+that\s+`,
  "i",
);

/**
 * The matters arising printed under a "Matters arising" heading after the minutes' approval, each said as what was
 * reported, without who reported it: "Matters arising: the letter … had been sent on 2 December 2025." Null when the
 * minute has no such heading or nothing under it.
 */
export function mattersArisingSaid(paragraphs: string[]): { before: string[]; said: string } | null {
  const at = paragraphs.findIndex((p) => /^matters arising:?$/i.test(p.trim()));
  if (at < 1 || at === paragraphs.length - 1) return null;
  const matters = paragraphs
    .slice(at + 1)
    .map((p) => ensureStop(withoutAside(p.replace(/\s+/g, " ").trim().replace(TOLD, ""))))
    .join(" ");
  return { before: paragraphs.slice(0, at), said: `Matters arising: ${upperFirst(matters).replace(/^The\b/, "the")}` };
}

/**
 * "the letter agreed at the last meeting, asking the Department to confirm the allocation earlier in the year, had been
 * sent on 2 December 2025": the aside between commas after what was reported on (", asking …,", ", which …,") says
 * again what the last meeting's minutes said; the matter and what became of it are the line
 * (docs/summaries.md#long-minutes-round-twenty-five). An aside with a figure or a name stays, and so does a sentence
 * the aside does not sit inside.
 */
const ASIDE =
  /^((?:the|a|an|its|their) [a-z][^,]{2,80}?), (?:asking|seeking|requesting|inviting|setting out|which|that)\b[^,]{8,160}?, ((?:had|has|have|was|were|is|would|will)\b)/i;

export function withoutAside(sentence: string): string {
  const m = ASIDE.exec(sentence);
  if (!m) return sentence;
  const aside = sentence.slice(m[1]!.length, m.index + m[0].length - m[2]!.length);
  if (/\d|£|%|\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b/.test(aside)) return sentence;
  return `${m[1]} ${sentence.slice(m[1]!.length + aside.length)}`;
}
