// What changed in a meeting's papers after they were first published (issue 15, part 4), as the meeting page, its
// feed and the digest say it: one line per day, "Updated on 27 Nov 2026: Addendum added; report '2/01 112 Pinner
// Road' revised (page 1 changed)", each change with its short text diff. Recorded at ingest (DocumentChange rows,
// lib/ingest/upsert-meeting.ts and fetch-documents.ts); nothing is compared here.
import type { PrismaClient } from "@/lib/db";
import type { DocumentKind, Prisma } from "@/lib/generated/prisma/client";
import { describePages, type DiffPart } from "@/lib/document-diff";
import { londonDate } from "@/lib/london-time";

export interface PaperChangeView {
  kind: "added" | "revised" | "withdrawn";
  title: string;
  /** "Addendum added", "report 'X' revised (pages 4–6 changed)", "'X' withdrawn" */
  text: string;
  diff: DiffPart[];
}

export interface ChangeDayView {
  /** London calendar date, "2026-11-27" */
  day: string;
  /** ISO instant of the day's latest change */
  at: string;
  /** "Addendum added; report 'X' revised (page 1 changed)" */
  summary: string;
  changes: PaperChangeView[];
}

export interface ChangeRow {
  kind: "added" | "revised" | "withdrawn";
  at: Date;
  title: string;
  pages: number[];
  diff: unknown;
  document: { kind: DocumentKind };
}

/** The query every reader of changes uses: oldest first. */
export const CHANGES_QUERY = {
  orderBy: [{ at: "asc" }, { id: "asc" }],
  select: { kind: true, at: true, title: true, pages: true, diff: true, document: { select: { kind: true } } },
} satisfies Prisma.Meeting$documentChangesArgs;

function readDiff(value: unknown): DiffPart[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((p) =>
    p &&
    typeof p === "object" &&
    ((p as DiffPart).op === "+" || (p as DiffPart).op === "-") &&
    typeof (p as DiffPart).text === "string"
      ? [{ op: (p as DiffPart).op, text: (p as DiffPart).text }]
      : [],
  );
}

function describe(row: ChangeRow): string {
  const noun = row.document.kind === "item_report" ? "report " : "";
  switch (row.kind) {
    case "added":
      return `${row.title} added`;
    case "withdrawn":
      return `${noun}\u2018${row.title}\u2019 withdrawn`;
    case "revised":
      return `${noun}\u2018${row.title}\u2019 revised${row.pages.length ? ` (${describePages(row.pages)} changed)` : ""}`;
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Changes grouped by London day, newest day first. */
export function groupChanges(rows: ChangeRow[]): ChangeDayView[] {
  const days = new Map<string, ChangeDayView>();
  for (const row of rows) {
    const day = londonDate(row.at);
    let view = days.get(day);
    if (!view) {
      view = { day, at: row.at.toISOString(), summary: "", changes: [] };
      days.set(day, view);
    }
    if (row.at.toISOString() > view.at) view.at = row.at.toISOString();
    view.changes.push({
      kind: row.kind,
      title: row.title,
      text: describe(row),
      diff: row.kind === "revised" ? readDiff(row.diff) : [],
    });
  }
  for (const view of days.values()) view.summary = capitalise(view.changes.map((c) => c.text).join("; "));
  return [...days.values()].sort((a, b) => (a.day < b.day ? 1 : -1));
}

/** A meeting's changes since `since` (all when null), grouped by day. */
export async function loadMeetingChanges(
  prisma: PrismaClient,
  meetingId: number,
  since: Date | null = null,
): Promise<ChangeDayView[]> {
  const rows = await prisma.documentChange.findMany({
    where: { meetingId, ...(since ? { at: { gte: since } } : {}) },
    ...CHANGES_QUERY,
  });
  return groupChanges(rows);
}
