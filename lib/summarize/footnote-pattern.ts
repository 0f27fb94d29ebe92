import escapeStringRegexp from "escape-string-regexp";
import { GLOSSARY, type GlossaryEntry } from "./glossary";

// How a glossary term is found in text: the engines choose footnotes with it (extractive/footnotes.ts) and the
// renderers and the site's read model place markers with it, so it sits here, beside the glossary, for both.

export function termPattern(entry: GlossaryEntry): RegExp {
  const names = [entry.term, ...(entry.aliases ?? [])].map(escapeStringRegexp);
  // A term is a word of its own: "PA" is not found in "PAY", nor in a postcode's "HA7 4PA".
  return new RegExp(`(?<![A-Za-z0-9])(?:${names.join("|")})(?:'?s)?(?![A-Za-z])`);
}

/** The pattern that finds a footnoted term in text, for renderers placing markers. */
export function footnotePattern(term: string): RegExp {
  const entry = GLOSSARY.find((e) => e.term === term) ?? { term, explanation: "" };
  return termPattern(entry);
}
