import { withGroupCounted } from "./counted-recipients";
import { withActions, withoutActionsSaid } from "./actions-given";
import { joinDeputationAsk } from "./narrative-petitions";
import type { SummaryItem, SummarySection } from "../types";
import { type Candidate, collectCandidates } from "./collect-candidates";
import { BEFORE_DECIDING } from "./plainer-sentences";
import { bulletBudget, pickCandidates, toBullet, withAntecedents, withLeadIns } from "./pick-bullets";
import type { ItemSource } from "./item-sources";
import { speakersOnce } from "./answer-lists";
import { extractResolved, plainResolution } from "./resolved";
import { withRecommendationsSaid } from "./recommendations-in-turn";
import { votesForPointer } from "./group-votes";
import { withCallInNote } from "./resolution/call-in-note";
import { containment } from "../text/normalise";
import { parseItemApplications } from "./planning";
import { applicationSections } from "./application-points";
import { commentLine, commentedProposals } from "./commented-proposals";
import { isMeasuredChange } from "./like-changes";
import { pickMinutePoints } from "./minute-points";
import { withNamedReferents } from "./named-referent";
import {
  ASKS,
  ASK_RESTATES,
  RESTATES,
  nameTheApplicant,
  withoutCapacityNamed,
  withoutHeadingSubject,
  withCountSaidOnce,
  withoutRepeats,
  withoutRestatedAsks,
  withoutRestatedClauses,
  withoutRestatedRecommendation,
  withoutRelativeFragments,
  withoutSelfDescriptions,
} from "./bullet-filters";
import { draftSaidInDecision } from "./draft-said";
import { cleanHeading, splitBySubheadings } from "./item-headings";

export { cleanHeading } from "./item-headings";

// One section per substantive item. A long minute with its own sub-headings (a scrutiny Q&A, say) becomes one
// section per sub-heading, as the published summaries do, all carrying the item's number.

export interface ItemSectionInput {
  item: SummaryItem;
  sources: ItemSource[];
  minutes: string | null;
  preview: boolean;
  /** At most this many points from the item's minute and papers (a long meeting's minutes condensed further) */
  maxPoints?: number;
  /**
   * For a long meeting's question-and-answer minute, the points whose words its answers may take (default
   * maxPoints; a quarter of a point is 6 words): the answers' facts are the densest, so they are the last to be
   * condensed.
   */
  answerPoints?: number;
  /**
   * Every minute held to the words of `answerPoints` points, not only a question-and-answer one: the last step of
   * condensing a long meeting whose minutes do not fit at the fewest points (docs/summaries.md#an-advisory-panels-minutes).
   */
  everyMinuteByWords?: boolean;
  /** A condensed meeting's words left unspent, given to this item for one point more (minute-points.ts). */
  spareWords?: number;
  /** An uncondensed long meeting's words left, for a question-and-answer minute's answers (minute-points.ts). */
  answerRoom?: number;
  /** A weak point beside a decision gives its words to the meeting's answers (minute-points.ts `weakGiveWay`). */
  weakGiveWay?: boolean;
}

export function buildItemSections({
  item,
  sources,
  minutes,
  preview,
  maxPoints = Infinity,
  answerPoints = maxPoints,
  everyMinuteByWords = false,
  spareWords,
  answerRoom,
  weakGiveWay,
}: ItemSectionInput): SummarySection[] {
  const heading = cleanHeading(item.title);
  // "That the decisions set out above be recorded" after each group's vote: the votes are the decision.
  const raw = preview
    ? null
    : votesForPointer(
        extractResolved(item.decisionText) ?? item.decisionText?.trim() ?? extractResolved(minutes),
        minutes,
      );
  // Actions given to named officers after the resolution are part of the outcome (actions-given.ts).
  const decision = withActions(
    raw
      ? withCallInNote(
          withoutCapacityNamed(
            withoutHeadingSubject(
              withGroupCounted(withRecommendationsSaid(plainResolution(raw), minutes ?? ""), minutes ?? ""),
              heading,
            ),
            heading,
          ),
          minutes,
        )
      : null,
    preview ? "" : (minutes ?? ""),
  );
  const applications = preview ? [] : parseItemApplications(item, item.decisionText ?? minutes);
  if (applications.length > 0) return applicationSections(applications, item, sources, maxPoints);
  // An advisory body's comment on each application of a schedule, with its place (commented-proposals.ts).
  const commented = preview ? [] : commentedProposals(minutes);
  if (commented.length > 0) {
    const minute = sources.find((s) => s.origin === "minutes");
    const source = { documentId: minute?.documentId ?? null, url: minute?.url ?? null, page: null };
    return [
      {
        heading,
        itemNumber: item.number,
        bullets: commented.map((p) => ({ text: commentLine(p), source })),
        tables: [],
        decision,
      },
    ];
  }
  const { main, parts } = splitBySubheadings(sources, item.title);
  const first = collectCandidates(main, { itemTitle: item.title, preview });
  const candidates = withoutActionsSaid(
    withoutTheDecision(first.candidates, raw, `${heading} ${decision ?? ""}`),
    decision,
  );
  // What the meeting said (the minute) and what the papers say (the reports) are picked apart, so a long report's
  // figures cannot crowd out the discussion, nor the discussion the report.
  const fromMinutes = new Set(main.filter((s) => s.origin === "minutes").map((s) => s.documentId ?? s.url));
  const isMinute = (c: Candidate) => fromMinutes.has(c.source.documentId ?? c.source.url);
  // A deputation's "received a deputation from …" and what it asked are one point (narrative-petitions.ts).
  const minuteCandidates = /^deputations?\b/i.test(item.title.trim())
    ? joinDeputationAsk(candidates.filter(isMinute))
    : candidates.filter(isMinute);
  const reportCandidates = candidates.filter((c) => !isMinute(c));
  const fromMinute = pickMinutePoints({
    minuteCandidates,
    itemTitle: item.title,
    minutes,
    raw,
    decision,
    maxPoints,
    answerPoints,
    everyMinuteByWords,
    spareWords,
    answerRoom,
    weakGiveWay,
  });
  // In a minute held to words, a speaker of several points of one list is said once, as their lead.
  const picked = (fromMinute.byWords ? speakersOnce<Candidate> : (x: Candidate[]) => x)(
    withLeadIns(
      withAntecedents(
        [
          ...pickCandidates(reportCandidates, Math.min(maxPoints, bulletBudget(reportCandidates))),
          ...fewFromEachList(fromMinute.picked, raw ? LIST_POINTS_BESIDE_DECISION : Infinity),
        ].sort((a, b) => a.order - b.order),
      ),
    ),
  );
  const section: SummarySection = {
    heading,
    itemNumber: item.number,
    bullets: withNamedReferents(
      nameTheApplicant(
        withCountSaidOnce(
          withoutRelativeFragments(
            withoutRepeats(withoutSelfDescriptions(raw ? withoutRestatedAsks(picked, raw) : picked, heading)),
          ),
        ),
        heading,
      ),
      preview ? null : minutes,
    ).map(toBullet),
    tables: first.tables.slice(0, 3),
    decision: fromMinute.decisionShown ?? null,
  };
  return [section, ...subheadingSections(parts, item, preview, maxPoints)];
}

/**
 * Each decision is shown once: a sentence that only restates the resolution (as the printed minutes do) is not a
 * bullet as well, and a restated clause or recommendation is taken out of one that says more.
 */
function withoutTheDecision(candidates: Candidate[], raw: string | null, known: string): Candidate[] {
  const restates = (text: string) =>
    Boolean(raw) &&
    (containment(text, raw!) >= (ASKS.test(text) && !/[.!?]\s+[A-Z]/.test(text) ? ASK_RESTATES : RESTATES) ||
      proposalAdopted(text, raw!));
  return (
    candidates
      .map((c) => {
        const text = raw ? withoutRestatedClauses(withoutRestatedRecommendation(c.text, raw) ?? "", raw) : c.text;
        return text === c.text ? c : { ...c, text: text ?? "" };
      })
      .filter((c) => c.text && !restates(c.text) && !(ASKS.test(c.lead ?? "") && restates(`${c.lead} ${c.text}`)))
      // "Before deciding, Cabinet received the Panel's recommendation": worth a bullet only for whom or what it names.
      .filter((c) => !BEFORE_DECIDING.test(c.text) || namesNew(c.text, known))
      // "Draft recommendation 2 proposed that …" beside a Decision that gives clause (2) and what became of it.
      .filter((c) => !draftSaidInDecision(c.text, known))
  );
}

/**
 * "The Chair proposed that …", "Councillor A suggested that …", "Officers recommended a non-immediate direction …": a
 * proposal put to the meeting, its words after the verb.
 */
const PROPOSED =
  /^(?:The (?:Chair|Vice-Chair)|(?:Councill?or|Cllr) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?|A Member|Members|(?:The )?[Oo]fficers) (?:proposed|suggested|recommended) (?:that )?(.+)$/;

/**
 * "The Chair proposed that the cost of X, which Members had raised earlier, be added to the programme for June 2026,
 * so that …": a proposal the resolution adopted ("… agreed, with an item on X added for June 2026") is the decision
 * said twice, as is what officers recommended and the meeting resolved. What it proposed, without its asides, its
 * purpose and a closing "which …", is read against the resolution as any sentence that restates it is.
 */
function proposalAdopted(text: string, raw: string): boolean {
  const proposal = PROPOSED.exec(text.trim())?.[1];
  if (!proposal) return false;
  const core = proposal
    .replace(/,\s+(?:which|who)\b[^,]*,/g, "")
    .replace(/,\s+(?:so that|in order that|as|which)\b.*$/, "");
  return containment(core, raw) >= RESTATES;
}

/** A long minute's sub-headings (a scrutiny Q&A, say), each a section of its own carrying the item's number. */
function subheadingSections(
  parts: ReturnType<typeof splitBySubheadings>["parts"],
  item: SummaryItem,
  preview: boolean,
  maxPoints: number,
): SummarySection[] {
  const sections: SummarySection[] = [];
  let orderBase = 100_000;
  for (const part of parts) {
    const got = collectCandidates([part.source], { itemTitle: `${item.title} ${part.heading}`, preview }, orderBase);
    orderBase += 100_000;
    const bullets = withLeadIns(
      withAntecedents(pickCandidates(got.candidates, Math.min(6, maxPoints, bulletBudget(got.candidates)))),
    );
    if (bullets.length === 0 && got.tables.length === 0) continue;
    sections.push({
      heading: part.heading,
      itemNumber: item.number,
      bullets: bullets.map(toBullet),
      tables: got.tables.slice(0, 2),
      decision: null,
    });
  }
  return sections;
}

/** Whether `text` names a councillor, a sum, a figure or a date that `known` does not. */
export function namesNew(text: string, known: string): boolean {
  const facts =
    text.match(
      /\b(?:Cllr|Councillors?|Mr|Mrs|Ms|Dr)\.? [A-Z][\w'-]+(?: [A-Z][\w'-]+)*|£[\d,.]+(?:m|bn|k)?\b|\b\d[\d,.]*%?|\b\d{1,2} [A-Z][a-z]+ \d{4}\b/g,
    ) ?? [];
  return facts.some((f) => !known.includes(f.replace(/^(?:Cllr|Councillors?|Mr|Mrs|Ms|Dr)\.? /, "")));
}

/**
 * Beside a decision, a minute's list of points raised ("questioning: (i) whether …; (ii) whether …; …") is given by its
 * best few, those with figures or names first: the decision is the outcome, the list the debate before it.
 */
export function fewFromEachList<T extends { lead?: string; text: string; score: number; order: number }>(
  picked: T[],
  perList: number,
): T[] {
  const byLead = new Map<string, T[]>();
  for (const c of picked) if (c.lead) byLead.set(c.lead, [...(byLead.get(c.lead) ?? []), c]);
  const dropped = new Set<T>();
  for (const list of byLead.values()) {
    // A list of measured changes is what was reported, not the debate: it keeps the points it was picked for
    // (like-changes.ts, docs/summaries.md#long-minutes-round-twenty-nine).
    if (list.every((c) => isMeasuredChange(c.text))) continue;
    [...list]
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(perList)
      .forEach((c) => dropped.add(c));
  }
  return picked.filter((c) => !dropped.has(c));
}

const LIST_POINTS_BESIDE_DECISION = 3;
