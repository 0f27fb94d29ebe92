// The people a standing line names (who sent apologies, who sat as a reserve, who joined or left, who was appointed)
// as a resident knows them, without the courtesy title (docs/summaries.md#standing-lines-stop-36-round-two).

/**
 * "Mr", "Mrs", "Ms", "Miss", "Mx" or "Dr" before a forename and surname ("Mr Gideon Farrant"): the full name says who,
 * and councillors already lose "Cllr" in these lines. A title before a surname alone ("attended for Dr Marsh",
 * "Ms Venkataraman deputised") stays, since the name would read as a bare word; a rank ("Station Commander", "the
 * Reverend Canon", "Rabbi") stays, being part of how the person is known.
 */
const COURTESY_BEFORE_FULL_NAME =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? (?=[A-Z][a-z][\w'\u2019-]*(?: (?:de |van |von |da )?[A-Z][\w'\u2019-]+)+)/g;

/** A standing line with each courtesy title before a full name left out. */
export function withoutCourtesyTitles(line: string): string {
  return line.replace(COURTESY_BEFORE_FULL_NAME, "");
}
