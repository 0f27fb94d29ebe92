import type { RequiredFact } from "./eval-types";

/** Shorthand for a required fact: an id, the published statement, and the patterns one unit must all match. */
export function fact(id: string, statement: string, ...patterns: RegExp[]): RequiredFact {
  return { id, statement, patterns };
}
