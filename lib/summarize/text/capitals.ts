// Older Harrow minutes print some resolutions wholly in capitals ("THAT COUNCILLOR MRS ANN LEE BE ELECTED MAYOR …",
// "… TO SHOW COUNCILLOR JEAN ROSS AS THE WORSHIPFUL THE MAYOR"). These helpers put such text in ordinary type
// without losing the case of the names in it.

const TITLES = new Set(["COUNCILLOR", "COUNCILLORS", "MR", "MRS", "MS", "MISS", "DR", "REVEREND", "REV"]);
/** Words that end a name after a title: "COUNCILLOR ANN LEE AS THE MAYOR", "COUNCILLOR ANN LEE BE ELECTED". */
const NOT_NAME = new Set([
  "AND",
  "AS",
  "BE",
  "BEING",
  "BY",
  "FOR",
  "IN",
  "IS",
  "OF",
  "ON",
  "THE",
  "TO",
  "WAS",
  "WERE",
  "WHO",
]);

/** "LAMMIMAN" -> "Lammiman", "O'DELL" -> "O'Dell", "GOODWIN-FREEMAN" -> "Goodwin-Freeman". */
export function titleCase(word: string): string {
  return (
    word.charAt(0) +
    word
      .slice(1)
      .toLowerCase()
      .replace(/([-'\u2019])([a-z])/g, (_m, mark: string, c: string) => `${mark}${c.toUpperCase()}`)
  );
}

/**
 * Each word in capitals of `text` in ordinary type: a title ("COUNCILLOR", "MRS") and the words of the name after it
 * in title case, every other word as `other` gives it (lower case, say). Words already in lower case are left alone.
 */
export function namesInCapitals(text: string, other: (word: string) => string): string {
  let inName = false;
  return text.replace(/\b[A-Z][A-Z'\u2019-]*\b/g, (word) => {
    if (TITLES.has(word)) {
      inName = true;
      return titleCase(word);
    }
    if (inName && !NOT_NAME.has(word) && word.length > 1) return titleCase(word);
    inName = false;
    return other(word);
  });
}

/** The council's own proper names, which ordinary type writes with capitals: "the Worshipful the Mayor", "Harrow". */
export function withProperNames(text: string): string {
  return text.replace(/\b(?:london borough|harrow|worshipful|mayor|deputy mayor|municipal year|council)\b/gi, (name) =>
    name.replace(/\b[a-z]/g, (c) => c.toUpperCase()),
  );
}
