import type { SummaryItem, SummarySection } from "../types";
import { containment } from "../text/normalise";
import { RESTATES } from "./bullet-filters";
import { collectCandidates } from "./collect-candidates";
import type { ItemSource } from "./item-sources";
import { pickCandidates, toBullet, withAntecedents, withLeadIns } from "./pick-bullets";
import { applicationLine, type PlanningApplication } from "./planning";
import { isVoteOutcome } from "./procedure-sentences";
import { QUESTION } from "./questions-answers";

// A planning item's sections: one per application, its decision in one line, and for a long minute a few points of
// its debate (docs/summaries.md#an-items-sections-file-by-file).

/** A planning minute of more words than this records a debate worth a few points beside the decision's line. */
const LONG_APPLICATION_MINUTE = 400;
const APPLICATION_POINTS = 3;

/**
 * Planning: one section per application, its decision in one line (the report's planning-law boilerplate and the
 * minute's narrative are left to the official papers). An item of one application keeps a few points of a long debate.
 */
export function applicationSections(
  applications: PlanningApplication[],
  item: SummaryItem,
  sources: ItemSource[],
  maxPoints: number,
): SummarySection[] {
  return applications.map((app) => ({
    heading: app.address,
    itemNumber: app.number ?? item.number,
    bullets:
      applications.length === 1
        ? applicationPoints(sources, item.title, applicationLine(app), Math.min(APPLICATION_POINTS, maxPoints))
        : [],
    tables: [],
    decision: applicationLine(app),
  }));
}

/**
 * The few most informative points of a long planning minute (officers' updates, answers to members' questions,
 * what speakers said): the affordable homes, the contributions, the harm found. A short minute is its line alone.
 */
function applicationPoints(
  sources: ItemSource[],
  title: string,
  line: string,
  limit: number,
): SummarySection["bullets"] {
  const minute = sources.filter((s) => s.origin === "minutes");
  const words = minute.flatMap((s) => s.blocks).reduce((n, b) => n + ("text" in b ? b.text.split(/\s+/).length : 0), 0);
  if (words <= LONG_APPLICATION_MINUTE) return [];
  const { candidates } = collectCandidates(minute, { itemTitle: title, preview: false });
  const points = candidates.filter(
    (c) =>
      !/^(?:PROPOSAL|DECISION|RECOMMENDATION)\b/i.test(c.text) &&
      !isVoteOutcome(c.text) &&
      !/^The Committee (?:received|considered) the (?:report|application)\b/i.test(c.text) &&
      containment(c.text, line) < RESTATES,
  );
  // Among the minute's most informative points, a question put alone or the vote again says nothing the line does
  // not: it is left out, and no weaker point takes its place (the condensed meeting keeps the words).
  const picked = pickCandidates(points, limit).filter((c) => !QUESTION.test(c.text) && !repeatsTheVote(c.text, line));
  return withLeadIns(withAntecedents(picked)).map(toBullet);
}

/**
 * "The motion to refuse was carried by 6 votes to 2." beside an application's line that already says "Refused (by 6
 * votes to 2)": the count is said once.
 */
export function repeatsTheVote(text: string, line: string): boolean {
  const count = /\bby (\d+ votes? to \d+)\b/i.exec(text)?.[1];
  return Boolean(count && line.includes(count));
}
