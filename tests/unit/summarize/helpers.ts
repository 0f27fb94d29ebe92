import type { MinutePointsInput } from "@/lib/summarize/extractive/minute-points";
import type { SentenceContext } from "@/lib/summarize/extractive/score-sentence";
import type { BuiltSections, SpareWords } from "@/lib/summarize/extractive/spare-points";
import { collectCandidates, type Candidate } from "@/lib/summarize/extractive/collect-candidates";
import { readHtmlBlocks } from "@/lib/summarize/text/read-html-blocks";
import { readFileSync } from "node:fs";
import path from "node:path";
import { countWords } from "@/lib/summarize/text/sentences";
import type { MeetingSummary, SummaryDocument, SummaryInput, SummaryItem, SummarySection } from "@/lib/summarize/types";

// Builders for SummaryInput and the text fixtures (tests/fixtures/summarize, see ORIGIN.md there).

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/summarize");

/** A fixture's text with the literal "\f" markers turned into form feeds (page breaks). */
export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), "utf8").replace(/\\f/g, "\f");
}

export const MEETING_URL = "https://moderngov.harrow.gov.uk/ieListDocuments.aspx?CId=788&MId=66101";

export function item(position: number, title: string, extra: Partial<SummaryItem> = {}): SummaryItem {
  return {
    position,
    number: String(position),
    title,
    description: null,
    minutesText: null,
    decisionText: null,
    documentIds: [],
    ...extra,
  };
}

/** An unnumbered agenda item with its minute, as the standing-business and decision readers take it. */
export function minuteItem(title: string, minutesText: string | null, extra: Partial<SummaryItem> = {}): SummaryItem {
  return item(1, title, { number: null, minutesText, ...extra });
}

export function doc(id: number, title: string, extra: Partial<SummaryDocument> = {}): SummaryDocument {
  const text = extra.text ?? null;
  return {
    id,
    title,
    kind: "item_report",
    url: `https://moderngov.harrow.gov.uk/documents/s${id}/${encodeURIComponent(title)}.pdf`,
    text,
    pageCount: text ? text.split("\f").length : null,
    fetchError: null,
    isRestricted: false,
    ...extra,
  };
}

/** The standing items of a Corporate Parenting Panel agenda, with "none" minutes when `held`. */
export function standingItems(held: boolean): SummaryItem[] {
  const m = (text: string): Partial<SummaryItem> => (held ? { minutesText: text } : {});
  return [
    item(1, "Attendance by Reserve Members", m("RESOLVED: To note that there were no Reserve Members in attendance.")),
    item(
      2,
      "Declarations of Interest",
      m("RESOLVED: To note that there were no declarations of interests made by Members."),
    ),
    item(
      3,
      "Minutes",
      m(
        "RESOLVED: That the minutes of the meeting held on 30 June 2025 be taken as read and signed as a correct record.",
      ),
    ),
    item(4, "Public Questions", m("RESOLVED: To note that no public questions were received.")),
  ];
}

export function makeInput(
  overrides: Omit<Partial<SummaryInput>, "meeting"> & { meeting?: Partial<SummaryInput["meeting"]> } = {},
): SummaryInput {
  const { meeting, ...rest } = overrides;
  return {
    meeting: {
      title: "Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm",
      committeeName: "Corporate Parenting Panel",
      startsAt: "2025-10-23T18:00:00+01:00",
      status: "held",
      isSpecial: false,
      officialUrl: MEETING_URL,
      webcastUrl: null,
      ...meeting,
    },
    items: [],
    documents: [],
    now: "2025-11-01T09:00:00Z",
    ...rest,
  };
}

/** A held Corporate Parenting Panel with one report (report-missing.txt) and its minute. */
export function heldMeetingWithReport(): SummaryInput {
  return makeInput({
    items: [
      ...standingItems(true),
      item(5, "Children Missing from Care - Quarter 2 2025/26", {
        description: "Report of the Strategic Director of Children's Services.",
        documentIds: [501],
        minutesText:
          "The Panel received the quarterly report on children missing from care.\n\nIn response to questions, officers confirmed that placements had been reminded of the protocol for reporting children absent without permission.\n\nRESOLVED: That the report be noted.",
      }),
      item(6, "Any Other Urgent Business", { minutesText: "There was none." }),
    ],
    documents: [doc(501, "Children Missing from Care Q2 2025-26", { text: readFixture("report-missing.txt") })],
  });
}

/** A held meeting of one committee on 13 May 2027, as the overview writers take it. */
export const overviewMeeting = (committeeName: string, isSpecial = false) =>
  ({
    meeting: { title: committeeName, committeeName, startsAt: "2027-05-13T17:30:00Z", status: "held", isSpecial },
  }) as SummaryInput;

/** A summary section with its decision and bullets, each cited to the meeting page. */
export const overviewSection = (heading: string, decision: string | null, bullets: string[] = []): SummarySection => ({
  heading,
  itemNumber: "5",
  bullets: bullets.map((text) => ({ text, source: { documentId: null, url: null, page: null } })),
  tables: [],
  decision,
});

/** A summary's words as the 35% ceiling counts them: overview, standing line, headings, decisions and points. */
export function headlineWords(summary: MeetingSummary): number {
  return (
    countWords(summary.overview) +
    countWords(summary.procedural ?? "") +
    summary.sections.reduce(
      (n, s) =>
        n +
        countWords(s.heading) +
        countWords(s.decision ?? "") +
        s.bullets.reduce((m, b) => m + countWords(b.text), 0),
      0,
    )
  );
}

/** A held Traffic and Road Safety Advisory Panel (3 March 2026) with these items, a month after. */
export const trafficPanel = (items: SummaryItem[]): SummaryInput =>
  makeInput({
    meeting: {
      title: "Traffic and Road Safety Advisory Panel - Tuesday 3 March 2026 6.30 pm",
      committeeName: "Traffic and Road Safety Advisory Panel",
      startsAt: "2026-03-03T18:30:00Z",
    },
    items,
    now: "2026-04-01T09:00:00Z",
  });

/** How a sentence of a minute's plain paragraph is weighed (score-sentence.ts), for the item titled `itemTitle`. */
export function minuteContext(itemTitle: string, extra: Partial<SentenceContext> = {}): SentenceContext {
  return {
    itemTitle,
    sectionWeight: 0,
    origin: "minutes",
    isBullet: false,
    isFirstInSection: false,
    preview: false,
    inRecommendations: false,
    ...extra,
  };
}

/** The candidates of one item's minute (HTML), as the summariser reads them. */
export function candidatesOf(minute: string, itemTitle: string): Candidate[] {
  return collectCandidates(
    [{ origin: "minutes", title: "Minutes", blocks: readHtmlBlocks(minute), documentId: null, url: "https://x" }],
    { itemTitle, preview: false },
  ).candidates;
}

/**
 * One item's minute as `pickMinutePoints` takes it, in an uncondensed long meeting (six points, six answer points)
 * unless `extra` says otherwise; no decision unless given.
 */
export function minutePointsInput(
  minute: string,
  itemTitle: string,
  extra: Partial<MinutePointsInput> = {},
): MinutePointsInput {
  return {
    minuteCandidates: candidatesOf(minute, itemTitle),
    itemTitle,
    minutes: minute,
    raw: null,
    decision: null,
    maxPoints: 6,
    answerPoints: 6,
    everyMinuteByWords: false,
    ...extra,
  };
}

/** The point of a minute read as its account's headline, or null. */
export function headlineOf(minute: string, itemTitle: string): string | null {
  return candidatesOf(minute, itemTitle).find((c) => c.headline)?.text ?? null;
}

/** An item of a condensed meeting for the spare-point tests: the points it said, and the next one words may buy. */
export interface SpareItem {
  heading: string;
  said: string | string[];
  next: string;
  decision?: string | null;
}

/**
 * A condensed meeting of `items` (spare-points.ts): `build(extra)` gives the items at `extra` their next point,
 * `words` counts the bullets' words, `base` is the meeting as condensed.
 */
export function spareMeeting(items: Record<number, SpareItem>) {
  const source = { documentId: null, url: "https://example.org/m", page: null };
  const section = (x: SpareItem, withNext: boolean): SummarySection => ({
    heading: x.heading,
    itemNumber: null,
    bullets: [...[x.said].flat(), ...(withNext ? [x.next] : [])].map((text) => ({ text, source })),
    tables: [],
    decision: x.decision ?? null,
  });
  const build = (extra: SpareWords): BuiltSections => {
    const byItem = new Map<number, SummarySection[]>();
    for (const [position, x] of Object.entries(items))
      byItem.set(Number(position), [section(x, extra.has(Number(position)))]);
    return { sections: [...byItem.values()].flat(), byItem };
  };
  const words = (b: BuiltSections) =>
    b.sections.reduce((n, s) => n + s.bullets.reduce((m, p) => m + p.text.split(" ").length, 0), 0);
  return { build, words, base: build(new Map()) };
}
