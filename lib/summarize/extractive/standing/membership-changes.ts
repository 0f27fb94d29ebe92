// Changes of membership a forum's clerk reports one by one ("Ms A, Headteacher of B School, had been elected by the
// maintained primary headteachers in place of Mr C, who had retired"): standing business, said in a line that keeps
// the names and drops the clerk's narration (docs/summaries.md#a-schools-forums-minutes).

// A clergy member's style too ("The Revd Canon A", "Canon B"): dioceses nominate members to education forums
// (docs/summaries.md#an-admissions-forums-minutes).
const TITLE = String.raw`(?:(?:[Tt]he\s+)?(?:Revd|Rev|Reverend)(?:\s+(?:Canon|Dr|Prebendary))?|Canon|Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Father|Rabbi|Imam)`;
/** A person by title and name: "Ms Rosalind Penhallow", "Cllr A Shah". */
export const NAME = String.raw`${TITLE}\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}`;

/**
 * "Ms A, Headteacher of B, had been elected by the primary headteachers in place of Mr C, who had retired …" or
 * "Mr D had been nominated by the Diocese as a non-school member in place of Mrs E": who replaced whom, and who chose
 * them.
 */
const REPLACED = new RegExp(
  String.raw`^(${NAME})(?:,[^,]{1,80},)?\s+(?:had been|was|has been|were)\s+(elected|nominated|appointed|co-opted)\s+by\s+(.+?)(?:\s+as\s+(?:an?\s+|the\s+)?[^,]{1,60}?)?\s+(?:in place of|to replace|replacing)\s+(${NAME})\b`,
);

/** The Chair's welcome to a new member or thanks to one who left, in a sentence of its own. */
const COURTESY = /^The (?:Chair|Vice-Chair)(?:man|woman|person)? (?:welcomed|thanked)\b[^.]*\.$/;

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
    // "The Chair welcomed Canon A and thanked Mrs C, in her absence, for her service.": a courtesy, no change.
    if (COURTESY.test(p)) continue;
    return null;
  }
  return changes.length ? `Membership: ${changes.join("; ")}.` : null;
}
