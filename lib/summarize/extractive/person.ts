// How a decision names one person: a courtesy title or a councillor's, then a name of one to four capitalised words
// ("Ms Rhiannon Castellano", "Mr Ivo Brannigan", "Cllr A Shah"). Shared by the resolutions that give a person a post
// (resolution/will-do.ts) and the overview that says who was given it (overview/outcome-phrase.ts).

/** A person named by title, as a regular expression's source (no groups of its own). */
export const PERSON = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Councill?or|Cllr) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,3}`;
