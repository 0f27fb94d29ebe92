// Planning applications as data (issue 15, part 3): one row per council and reference, read when a meeting is
// summarised from the agenda item's title (address – reference), the officers' report (ADDRESS / DESCRIPTION / WARD
// and the RECOMMENDATION) and the minute (DECISION, the vote, whether it went against the officers; the summariser's
// own parser, lib/summarize/extractive/planning.ts). Harrow's conventions: docs/harrow.md.
import type { PrismaClient } from "@/lib/db";
import {
  parseItemApplications,
  parsePlanningApplications,
  type PlanningApplication,
} from "@/lib/summarize/extractive/planning";

import { planningSlug } from "@/lib/urls";
import { upperFirst } from "@/lib/summarize/text/sentences";
export { planningSlug };

export interface ReportFacts {
  address: string | null;
  ward: string | null;
  proposal: string | null;
  officers: "grant" | "refuse" | null;
}

const LABELS = [
  "ITEM NO",
  "ADDRESS",
  "REFERENCE",
  "DESCRIPTION",
  "PROPOSAL",
  "WARD",
  "APPLICANT",
  "CASE OFFICER",
  "EXPIRY DATE",
  "AGENT",
];
const LABEL_RE = new RegExp(String.raw`^\s*(${LABELS.join("|")}):\s*`, "i");

/** The labelled facts at the head of an officers' report, and its recommendation. */
export function readPlanningReport(text: string | null | undefined): ReportFacts {
  const facts: Record<string, string> = {};
  if (text) {
    let current: string | null = null;
    for (const line of text.split(/\n|\f/)) {
      const m = LABEL_RE.exec(line);
      if (m) {
        current = m[1]!.toUpperCase();
        facts[current] = line.slice(m[0].length).trim();
      } else if (current && line.trim() && !/^[A-Z][A-Z ]+$/.test(line.trim())) {
        // A value wrapped onto the next line, until the next label or a heading such as RECOMMENDATION.
        facts[current] = `${facts[current]} ${line.trim()}`;
      } else {
        current = null;
      }
      if (/^\s*RECOMMENDATION\s*$/.test(line)) break;
    }
  }
  const rec = text ? (/RECOMMENDATION\s+([\s\S]{0,400})/.exec(text)?.[1] ?? "") : "";
  const verb = /\b(grant|approve|refuse)\b/i.exec(rec)?.[1]?.toLowerCase();
  return {
    address: facts.ADDRESS ?? null,
    ward: facts.WARD ?? null,
    proposal: (facts.DESCRIPTION ?? facts.PROPOSAL ?? null)?.replace(/\s+/g, " ") ?? null,
    officers: verb === "refuse" ? "refuse" : verb ? "grant" : null,
  };
}

export interface PlanningItemInput {
  agendaItemId: number;
  number: string | null;
  title: string;
  minutesText: string | null;
  decisionText: string | null;
  applicationRefs: string[];
  /** texts of the item's own papers (the officers' report first) */
  reportTexts: (string | null)[];
}

export interface ApplicationFacts {
  reference: string;
  slug: string;
  agendaItemId: number;
  address: string;
  ward: string | null;
  proposal: string | null;
  officers: "grant" | "refuse" | null;
  decision: PlanningApplication["decision"];
  vote: string | null;
  againstOfficers: boolean;
  detail: string | null;
}

/** The decision's own words beyond its verb, without what the page already says (the permission, the officers' view). */
function cleanDetail(detail: string | null | undefined): string | null {
  if (!detail) return null;
  const text = detail
    .replace(/^Decision:\s*/, "")
    .replace(/^planning permission[,;]?\s*/i, "")
    .replace(/^(contrary to|against) the officers?'? (recommendation|advice)[,;]?\s*/i, "")
    .replace(/^for the following reasons?:\s*/i, "Reasons: ")
    .trim();
  return text ? upperFirst(text) : null;
}

const stripRef = (title: string, ref: string) =>
  title
    .replace(new RegExp(String.raw`\s*[\u2013-]\s*${ref.replace(/\//g, "\\/")}\s*$`), "")
    .replace(/\s+/g, " ")
    .trim();

/** The applications of a meeting's items, one per reference (the first item naming it wins). */
export function extractApplications(items: PlanningItemInput[], decided: boolean): ApplicationFacts[] {
  const out = new Map<string, ApplicationFacts>();
  for (const item of items) {
    for (const reference of item.applicationRefs) {
      if (out.has(reference)) continue;
      const report = item.reportTexts.map(readPlanningReport).find((r) => r.address || r.ward || r.officers) ?? {
        address: null,
        ward: null,
        proposal: null,
        officers: null,
      };
      const minute = decided ? (item.decisionText ?? item.minutesText) : null;
      const parsed = minute
        ? (parsePlanningApplications(`${item.number ?? ""} ${item.title}. ${minute}`).find(
            (a) => a.reference === reference,
          ) ??
          parsePlanningApplications(minute).find((a) => a.reference === reference) ??
          parseItemApplications(item, minute).find((a) => a.reference === reference) ??
          null)
        : null;
      const officers = report.officers ?? parsed?.officers ?? null;
      const decision = parsed?.decision ?? null;
      const againstOfficers =
        Boolean(parsed?.againstOfficers) ||
        (officers !== null &&
          (decision === "granted" || decision === "refused") &&
          (officers === "grant") !== (decision === "granted"));
      out.set(reference, {
        reference,
        slug: planningSlug(reference),
        agendaItemId: item.agendaItemId,
        address: report.address ?? stripRef(item.title, reference),
        ward: report.ward,
        proposal: report.proposal ?? parsed?.proposal ?? null,
        officers,
        decision,
        vote: parsed?.vote ?? null,
        againstOfficers,
        detail: cleanDetail(parsed?.detail),
      });
    }
  }
  return [...out.values()];
}

/**
 * Writes a meeting's applications. An application that came to several meetings (deferred, then decided) keeps the
 * latest meeting's facts. Returns how many rows were written.
 */
export async function storePlanningApplications(prisma: PrismaClient, meetingId: number, now: Date): Promise<number> {
  const meeting = await prisma.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      councilId: true,
      startsAt: true,
      status: true,
      agendaItems: {
        where: { withdrawnAt: null, NOT: { applicationRefs: { isEmpty: true } } },
        orderBy: { position: "asc" },
        select: {
          id: true,
          number: true,
          title: true,
          minutesText: true,
          decisionText: true,
          applicationRefs: true,
          documents: { where: { withdrawnAt: null }, orderBy: { id: "asc" }, select: { text: true } },
        },
      },
    },
  });
  if (meeting.agendaItems.length === 0) return 0;
  const decided = meeting.status !== "cancelled" && meeting.startsAt.getTime() <= now.getTime();
  const facts = extractApplications(
    meeting.agendaItems.map((i) => ({
      agendaItemId: i.id,
      number: i.number,
      title: i.title,
      minutesText: i.minutesText,
      decisionText: i.decisionText,
      applicationRefs: i.applicationRefs,
      reportTexts: i.documents.map((d) => d.text),
    })),
    decided,
  );
  let written = 0;
  for (const app of facts) {
    const existing = await prisma.planningApplication.findUnique({
      where: { councilId_reference: { councilId: meeting.councilId, reference: app.reference } },
      select: { meetingId: true, meeting: { select: { startsAt: true } } },
    });
    if (existing && existing.meetingId !== meetingId && existing.meeting.startsAt > meeting.startsAt) continue;
    const { reference, ...data } = app;
    await prisma.planningApplication.upsert({
      where: { councilId_reference: { councilId: meeting.councilId, reference } },
      create: { councilId: meeting.councilId, reference, meetingId, ...data },
      update: { meetingId, ...data },
    });
    written++;
  }
  return written;
}
