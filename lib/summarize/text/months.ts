// The months as minutes write them, for patterns that read a date ("in May 2026", "on 22 June 2026").

/** Any month's name, as a non-capturing group for a pattern built with `String.raw`. */
export const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
