// An advisory body's comments on applications or proposals taken one by one
// (docs/summaries.md#a-conservation-areas-advisory-committees-minutes): a schedule printed as "(a) P/1234/26 - 4 Elm
// Row, Elm Row Conservation Area - a rear dormer", members' views, then the body's own line "Comment: Objection: …".
// The comment is the outcome a resident looks for, said with the place it is about; the debate before it is not.

/** An application's reference as councils print them: "P/1234/26", "PL/0456/25", "HOU/22/0457". */
const REFERENCE = /^(?:[A-Z]{1,4}\/\d{2,5}\/\d{2,5}(?:\/[A-Z]{1,4})?)$/;
/** "(a) …", "(iv) …", "(3) …" at the start of a paragraph: one entry of the schedule. */
const ENTRY = /^\(([a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)\s+(\S.*)$/;
/** The body's comment on its own line: "Comment: …", "Comments: …", "Observations: …", "The Committee's comment: …". */
const COMMENT = /^(?:(?:The )?(?:Committee|Panel|Group|Forum)'s )?(?:comments?|observations?)\s*:\s*(\S.*)$/i;
/** "agreed, 5 members voting for and 3 against"; "by 6 votes to 2". */
const TALLY =
  /\b(\d{1,2}) (?:members )?voting for(?: it)?,? and (\d{1,2}) against\b|\bby (\d{1,2}) votes to (\d{1,2})\b/;
/** ", Elm Row Conservation Area" after an address: the area the whole schedule is about, said in the heading. */
const AREA = /,\s+[^,]*\bConservation Area$/;
/** The words a comment is held to, whole clauses kept. */
const COMMENT_WORDS = 30;
/** A clause's head shorter than this says too little to stand for it. */
const HEAD_WORDS = 5;

export interface CommentedProposal {
  /** the address or name of the site ("14 Elm Row") */
  place: string;
  /** the application's reference, when the schedule gives one */
  reference: string | null;
  /** what was proposed, as the schedule says it */
  proposal: string | null;
  /** the body's comment, as printed */
  comment: string;
  /** "5 votes to 3", when the comment was put to a vote */
  vote: string | null;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** "P/1234/26 - 4 Elm Row, Elm Row Conservation Area - a rear dormer" -> its place, reference and proposal. */
function readEntry(heading: string): Pick<CommentedProposal, "place" | "reference" | "proposal"> {
  const parts = heading.split(/\s+[\u2013\u2014-]\s+/).map((p) => p.trim());
  const reference = parts[0] && REFERENCE.test(parts[0]) ? parts.shift()! : null;
  const place = (parts.shift() ?? heading).replace(AREA, "").replace(/\.$/, "");
  const rest = parts.join(" - ").replace(/\.$/, "");
  return { place, reference, proposal: rest || null };
}

/**
 * The schedule's entries that end in a comment of the body's own, in order: at least two, or none (a single
 * "Comment:" is a remark, not a schedule). The comment is the last "Comment:" line before the next entry; a vote
 * counted in the entry is kept with it.
 */
export function commentedProposals(minutes: string | null | undefined): CommentedProposal[] {
  if (!minutes) return [];
  const paragraphs = minutes
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const found: CommentedProposal[] = [];
  let entry: { heading: string; comment: string | null; vote: string | null } | null = null;
  const close = () => {
    if (entry?.comment) found.push({ ...readEntry(entry.heading), comment: entry.comment, vote: entry.vote });
  };
  for (const p of paragraphs) {
    const head = ENTRY.exec(p);
    if (head) {
      close();
      entry = { heading: head[2]!, comment: null, vote: null };
      continue;
    }
    if (!entry) continue;
    const comment = COMMENT.exec(p);
    if (comment) {
      entry.comment = comment[1]!;
      continue;
    }
    const tally = TALLY.exec(p);
    if (tally) entry.vote = `${tally[1] ?? tally[3]} votes to ${tally[2] ?? tally[4]}`;
  }
  close();
  return found.length >= 2 ? found : [];
}

/**
 * A comment held to COMMENT_WORDS: its sentences and ";" clauses in order, as many as fit (the first always), then
 * the head of the next one to its first comma if that fits, an aside ", which had not been justified" taken out first.
 */
export function shortComment(comment: string): string {
  const clauses = comment
    .replace(/,\s+which\b[^,;.]*(?=[,;.])/g, "")
    .split(/(?<=[.;])\s+/)
    .map((c) => c.trim())
    .filter(Boolean);
  let said = clauses[0] ?? comment;
  for (const c of clauses.slice(1)) {
    if (words(said) + words(c) <= COMMENT_WORDS) {
      said = `${said} ${c}`;
      continue;
    }
    // A clause that does not fit whole gives its head, to its first comma ("The Committee would prefer a timber
    // shopfront, and …"), when that says something and fits; then the comment ends.
    const head = /^([^,]+),\s/.exec(c)?.[1];
    if (head && words(head) >= HEAD_WORDS && words(said) + words(head) <= COMMENT_WORDS) said = `${said} ${head}.`;
    break;
  }
  return said.replace(/[;,]$/, ".");
}

/** "14 Elm Row (P/1234/26): Objection: the dormer would harm the roofscape (5 votes to 3)." */
export function commentLine(p: CommentedProposal): string {
  const where = p.reference ? `${p.place} (${p.reference})` : p.place;
  const comment = shortComment(p.comment).replace(/\.$/, "");
  return `${where}: ${comment}${p.vote ? ` (agreed by ${p.vote})` : ""}.`;
}

/** A point as `commentLine` says it: "14 Elm Row (P/1234/26): …". */
const SAID = /^(.+?) \(([A-Z]{1,4}\/\d{2,5}\/\d{2,5}(?:\/[A-Z]{1,4})?)\): (.+)$/;
/** An objection in a comment, not "No objection …". */
const OBJECTS = /(?:^|[.;:]\s+)(?:Strong )?[Oo]bjection\b/;

/**
 * The overview's words for a schedule of comments: what the body objected to, and where, out of how many
 * ("objected to 3 of the 6 applications (9 Larkspur Walk, The Coach House and 31 Quarry Lane)"), each place by its
 * name before the first comma. Null unless every point of the section is a comment on a referenced application and
 * at least one objects; `fewer` is the count alone.
 */
export function objectionsPhrase(bullets: string[]): { verb: string; object: string; fewer: string[] } | null {
  const read = bullets.map((b) => SAID.exec(b));
  if (read.length < 2 || read.some((m) => !m)) return null;
  const objected = read.filter((m) => OBJECTS.test(m![3]!)).map((m) => m![1]!.split(",")[0]!.trim());
  if (objected.length === 0) return null;
  const count = `${objected.length === read.length ? "all" : objected.length} of the ${read.length} applications`;
  const places = objected.length === 1 ? objected[0]! : `${objected.slice(0, -1).join(", ")} and ${objected.at(-1)!}`;
  return { verb: "objected to", object: `${count} (${places})`, fewer: [count] };
}
