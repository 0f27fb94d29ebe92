// Standing lines of joint and advisory bodies in fewer words, every name kept
// (docs/summaries.md#standing-lines-of-joint-and-advisory-bodies-stop-40).

/**
 * "(London Borough of Hillingdon)" beside a member's name, "hosted by the London Borough of Ealing": in a body whose
 * members come from several councils, the borough a member represents (or the host) is known by its place name, as
 * joint committees' own minutes write it ("Councillor A (Brent)"). Only a borough in brackets straight after a name, or
 * after "hosted by", is shortened; a borough as an employer or a party ("employed by the London Borough of …") keeps
 * its full name.
 */
const BOROUGH_IN_BRACKETS =
  /\((?:the )?(?:London|Royal) Borough of ([A-Z][\w'\u2019-]*(?: (?:and|upon|on) [A-Z][\w'\u2019-]*| [A-Z][\w'\u2019-]*){0,3})\)/g;
const HOSTED_BY_BOROUGH = /\bhosted by (?:the )?(?:London|Royal) Borough of (?=[A-Z])/g;

export function boroughsByPlace(line: string): string {
  return line.replace(BOROUGH_IN_BRACKETS, "($1)").replace(HOSTED_BY_BOROUGH, "hosted by ");
}

/**
 * "Tobias Ashcombe, the co-opted member nominated by the Fenbridge Rivers Trust": who nominated a co-opted member is
 * what the reader needs, and says it in brackets as a member's borough or union is said: "Tobias Ashcombe (co-opted
 * member, Fenbridge Rivers Trust)". Also "appointed by". Only a body whose name is capitalised words (joined by "and",
 * "of", "for" or "the"); a person with a title after "and" ("and Mr A") ends the body's name, a bare name does not.
 */
const COOPTED_NOMINATED =
  /, (?:the|a|an) co-opted (member|representative|adviser) (?:nominated|appointed) by (?:the )?([A-Z][\w'\u2019&-]*(?: (?:(?:and|of|for|the) (?!(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b))?[A-Z][\w'\u2019&-]*)*)(?=[.;,)]| and |$)/g;

export function coOptedNominee(line: string): string {
  return line.replace(COOPTED_NOMINATED, " (co-opted $1, $2)");
}

/** The standing lines of any body with these two readings applied. */
export function jointBodyLines(lines: string[]): string[] {
  return lines.map((line) => coOptedNominee(boroughsByPlace(line)));
}
