// A person named in full twice in one standing line: the second time by the pronoun the minute gives them
// (docs/summaries.md#read-as-a-resident-stop-36).

/** A person's name as the minutes print it: two to four capitalised words ("Sharon Haynes", "Ann de Vere" is not). */
const FULL_NAME = /\b[A-Z][a-z][\w'\u2019-]*(?: [A-Z][a-z][\w'\u2019-]*){1,3}\b/g;

/** The post or group a name is given beside it: "Sharon Haynes, Unison Representative" (capitalised words). */
const APPOSITION = /^, ((?:[A-Z][\w'\u2019&-]*)(?: (?:of|for|and|the|[A-Z][\w'\u2019&-]*))*?)(?=[,.;]|$)/;

/**
 * "The Chair welcomed Sharon Haynes for her first meeting; Cabinet had appointed Sharon Haynes, Unison
 * Representative.": one person, named twice in one line, reads as two. Where the clause that first names them gives
 * their pronoun ("for her first meeting"), a later clause says "her" ("him"), and what the later clause said beside
 * the name goes to the first mention, in brackets: "The Chair welcomed Sharon Haynes (Unison Representative) for her
 * first meeting; Cabinet had appointed her." A line whose first clause gives no pronoun is left as it is: the summary
 * does not guess how a person is referred to.
 */
export function nameOnceInLine(line: string): string {
  const clauses = line.split(/(?<=;) /);
  if (clauses.length < 2) return line;
  for (let i = 0; i < clauses.length - 1; i++) {
    for (const m of clauses[i]!.matchAll(FULL_NAME)) {
      const name = m[0];
      if (/^(?:The|A|An|No|Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\b/.test(name)) continue;
      const after = clauses[i]!.slice(m.index + name.length);
      const pronoun = /^[^;,]*?\b(her|his)\b/.exec(after)?.[1];
      if (!pronoun) continue;
      const object = pronoun === "his" ? "him" : "her";
      for (let j = i + 1; j < clauses.length; j++) {
        const at = clauses[j]!.indexOf(name);
        // Only a clause that names them as what was done to them ("had appointed Sharon Haynes"), not as its subject.
        if (at <= 0 || !/\b[a-z]+ed $/.test(clauses[j]!.slice(0, at))) continue;
        const rest = clauses[j]!.slice(at + name.length);
        const role = APPOSITION.exec(rest);
        const tail = role ? rest.slice(role[0].length).replace(/^,(?=\s)/, "") : rest;
        clauses[j] = `${clauses[j]!.slice(0, at)}${object}${tail}`;
        if (role) {
          const end = m.index + name.length;
          clauses[i] = `${clauses[i]!.slice(0, end)} (${role[1]})${clauses[i]!.slice(end)}`;
        }
        return clauses.join(" ");
      }
    }
  }
  return line;
}
