// A case told in two sentences: the first draws attention to a place ("He drew the Committee's attention to 4 Mill
// Row, where a shopfront had been replaced without consent."), the next says what was done about it ("An enforcement
// notice had been served …") without naming the place again
// (docs/summaries.md#the-conservation-areas-advisory-committee-second-round).

/**
 * "drew the Committee's attention to 4 Mill Row, where …", "referred members to the Old Maltings, where …": the place
 * the case is at, a name or an address of capitalised words (a house number first allowed), closed by ", where".
 */
const PLACE_DRAWN =
  /\b(?:drew (?:the [A-Z][\w-]*'s |members' |Members' |(?:his|her|their) )?attention to|referred (?:members |Members |the [A-Z][\w-]* )?to|highlighted) ((?:\d{1,4}[A-Za-z]? )?(?:the )?[A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|of|the|and))*?), where\b/;

/** "An enforcement notice had been served …", "A planning contravention notice had been issued …": a new thing, no place. */
const NEW_THING = /^(An?) ([a-z][\w-]*(?: [a-z][\w-]*){0,4}) (?:had|has|have|was|were) (?:been )?[a-z]+ed\b/;

/** A capitalised word after the first, or a house number: the sentence names a place of its own. */
const NAMES_A_PLACE = /\s(?:\d{1,4}[A-Za-z]? )?[A-Z][a-z]/;

/**
 * The sentence said at the place the sentence before drew attention to: "An enforcement notice had been served on 2
 * May 2027 …" after "He drew the Committee's attention to 4 Mill Row, where …" is "At 4 Mill Row, an enforcement notice
 * had been served on 2 May 2027 …". Unchanged when the sentence before draws attention to no place, or the sentence
 * does not open on a new thing done ("An … had been served") or names a place of its own.
 */
export function atPlaceDrawn(text: string, before: string | null): string {
  const place = before ? PLACE_DRAWN.exec(before) : null;
  const thing = place ? NEW_THING.exec(text) : null;
  if (!place || !thing) return text;
  const beforeDate = text.replace(/\b(?:on|by|in) \d{1,2} [A-Z][a-z]+ \d{4}\b/g, "");
  if (NAMES_A_PLACE.test(beforeDate.slice(thing[0].length))) return text;
  return `At ${place[1]}, ${thing[1]!.toLowerCase()}${text.slice(thing[1]!.length)}`;
}
