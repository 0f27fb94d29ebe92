// The outcome an overview leads with, for one-line listings and the digest's headline: the overviews the engines
// write read "The Planning Committee met on Wednesday 21 October 2026 and granted 2 applications and refused 1";
// the outcome is what follows "and". Null when the overview states no outcome (it only "discussed" or "listed").

/** The verbs an overview's outcomes start with, in the order the overview lists them (lib/summarize/extractive/overview.ts), and where the digest's headline may shorten it. */
export const VERB_ORDER = [
  "found",
  "refused",
  "granted",
  "objected to",
  "elected",
  "appointed",
  "approved",
  "awarded",
  "adopted",
  "endorsed",
  "designated",
  "started",
  "launched",
  "accepted",
  "agreed",
  "authorised",
  "carried",
  "rejected",
  "recommended",
  "made recommendations on",
  "referred",
  "asked for",
  "deferred",
  "upheld",
  "referred back",
  "referred to Council",
  "did not uphold",
  "took no further action on",
  "heard",
  "decided on",
  "questioned",
  "noted the withdrawal of",
  "noted",
];

export interface OverviewOutcome {
  /** "Planning Committee" */
  body: string;
  /** "granted 2 applications and refused 1" */
  outcome: string;
  /** the overview's key point, when it has one: "The monitoring visit from Ofsted … found that significant progress…" */
  keyPoint?: string;
}

/**
 * The line a listing or the digest leads with: the outcome, or the key point when the outcome only noted papers
 * ("noted Participation Service Update, … and 4 other items" says less than what the inspectors found).
 */
export function leadingLine(found: OverviewOutcome): { text: string; isKeyPoint: boolean } {
  return /^noted\b/.test(found.outcome) && found.keyPoint
    ? { text: found.keyPoint, isKeyPoint: true }
    : { text: found.outcome, isKeyPoint: false };
}

export function overviewOutcome(overview: string | null | undefined): OverviewOutcome | null {
  // The first sentence only ("… Key point: …" after it is a detail, not the outcome); footnote markers go.
  const m =
    /^(?:The )?(.+?) (?:met|held a special meeting|held a decision meeting) on [^,]+? \d{4} and (.+?)(?:; (?:it also discussed|it also questioned|it also held a hearing on|its agenda also listed).*?)?\.?(?: Key point: .*)?$/.exec(
      (overview ?? "").trim(),
    );
  // Taking or putting questions, receiving a petition or hearing a case without an outcome is not a decision: a meeting that only did so has no outcome to lead with.
  if (!m || /^(discussed|questioned|held a hearing on|took questions|received (?:a|\d+) petitions?\b)/.test(m[2]!))
    return null;
  const keyPoint = / Key point: (.+)$/.exec((overview ?? "").trim())?.[1]?.replace(/\[\^\d+\]/g, "");
  return { body: m[1]!, outcome: m[2]!.replace(/\[\^\d+\]/g, ""), ...(keyPoint ? { keyPoint } : {}) };
}
