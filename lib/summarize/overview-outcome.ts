// The outcome an overview leads with, for one-line listings and the digest's headline: the overviews the engines
// write read "The Planning Committee met on Wednesday 21 October 2026 and granted 2 applications and refused 1";
// the outcome is what follows "and". Null when the overview states no outcome (it only "discussed" or "listed").

export interface OverviewOutcome {
  /** "Planning Committee" */
  body: string;
  /** "granted 2 applications and refused 1" */
  outcome: string;
}

export function overviewOutcome(overview: string | null | undefined): OverviewOutcome | null {
  // The first sentence only ("… Key point: …" after it is a detail, not the outcome); footnote markers go.
  const m =
    /^(?:The )?(.+?) (?:met|held a special meeting) on [^,]+? \d{4} and (.+?)(?:; (?:it also discussed|its agenda also listed).*?)?\.?(?: Key point: .*)?$/.exec(
      (overview ?? "").trim(),
    );
  // Taking questions or receiving a petition is not a decision: a meeting that only did so has no outcome to lead with.
  if (!m || /^(discussed|took questions|received (?:a|\d+) petitions?\b)/.test(m[2]!)) return null;
  return { body: m[1]!, outcome: m[2]!.replace(/\[\^\d+\]/g, "") };
}
