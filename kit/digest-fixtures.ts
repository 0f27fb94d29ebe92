// Digest test data: one Harrow week (2025-W43, 20–26 October, the week the clocks go back) with a held meeting
// with a full summary, a held meeting tagged "housing", a cancelled one, and a meeting the week after; plus
// subscribers in bulk. Built on kit/factories.ts.
import type { PrismaClient } from "@/lib/db";
import type { Preferences } from "@/lib/subscriptions/preferences";
import type { MailSettings } from "@/lib/subscriptions/mail-settings";
import { Prisma } from "@/lib/generated/prisma/client";
import { createCommittee, createCouncil, createMeeting, createTopic, sampleSummary, tagMeeting } from "./factories";

export const TEST_SETTINGS: MailSettings = {
  siteUrl: "https://harrow-digest.example.org",
  secret: "test-secret-for-digest-links-0123456789abcdef",
  listId: "weekly.harrow-digest.example.org",
  unsubscribeMailto: "unsubscribe@harrow-digest.example.org",
};

export const TEST_FROM = "Harrow Council digest <digest@harrow-digest.example.org>";

export const WEEK = { year: 2025, week: 43 };

export async function seedDigestWeek(prisma: PrismaClient) {
  const council = await createCouncil(prisma);
  const cpp = await createCommittee(prisma, council, { externalId: 788, name: "Corporate Parenting Panel" });
  const os = await createCommittee(prisma, council, { externalId: 276, name: "Overview and Scrutiny Committee" });
  const planning = await createCommittee(prisma, council, { externalId: 1001, name: "Planning Committee" });
  const cabinet = await createCommittee(prisma, council, { externalId: 249, name: "Cabinet" });
  const children = await createTopic(prisma, {
    slug: "childrens-services",
    name: "Children's services",
    description: "Children in care, care leavers, schools.",
  });
  const housing = await createTopic(prisma, {
    slug: "housing",
    name: "Housing",
    description: "Council homes, homelessness, temporary accommodation.",
  });

  const panel = await createMeeting(prisma, council, cpp, {
    externalId: 75001,
    startsAt: new Date("2025-10-23T17:00:00Z"), // 6.00 pm BST
    status: "held",
    documents: [
      {
        title: "Agenda frontsheet Thursday 23-Oct-2025 18.00 Corporate Parenting Panel.pdf",
        kind: "agenda_frontsheet",
      },
      { title: "Printed minutes Thursday 23-Oct-2025 18.00 Corporate Parenting Panel.pdf", kind: "printed_minutes" },
      { title: "Exempt appendix", kind: "additional_document", isRestricted: true },
    ],
    summary: sampleSummary({
      overview: "The panel met to discuss services for children looked after and care leavers. It noted all reports.",
      sections: [
        {
          heading: "Ofsted Monitoring Visit",
          itemNumber: "5.",
          bullets: [
            {
              text: "Inspectors found significant progress since the January 2025 inspection.",
              source: { documentId: null, url: null, page: null },
            },
            {
              text: "All young people in custody were allocated a personal adviser <script>alert(1)</script> & more.",
              source: { documentId: null, url: null, page: null },
            },
          ],
          tables: [],
          decision: null,
        },
      ],
    }),
  });
  await tagMeeting(prisma, panel.meeting, children, []);

  const scrutiny = await createMeeting(prisma, council, os, {
    externalId: 75002,
    startsAt: new Date("2025-10-21T17:30:00Z"), // 6.30 pm BST
    status: "held",
    items: [{ title: "Temporary accommodation in Stanmore" }],
    summary: sampleSummary({ overview: "The committee questioned the cost of temporary accommodation." }),
  });
  await tagMeeting(prisma, scrutiny.meeting, housing, []);

  await createMeeting(prisma, council, planning, {
    externalId: 75003,
    startsAt: new Date("2025-10-22T17:30:00Z"),
    status: "cancelled",
  });

  await createMeeting(prisma, council, cabinet, {
    externalId: 75004,
    startsAt: new Date("2025-10-30T18:30:00Z"), // 6.30 pm GMT: the clocks went back on 26 October
    status: "scheduled",
    summary: sampleSummary({ kind: "preview", overview: "Cabinet will consider the draft budget for 2026/27." }),
  });
  return { council, committees: { cpp, os, planning, cabinet }, topics: { children, housing } };
}

/** One more meeting in another ISO week, so hard bounces can accumulate over several issues. */
export async function seedExtraWeek(
  prisma: PrismaClient,
  councilId: number,
  committee: { id: number; name: string },
  startsAt: Date,
  externalId: number,
) {
  return createMeeting(prisma, { id: councilId }, committee, {
    externalId,
    startsAt,
    status: "held",
    summary: sampleSummary({ overview: "The committee met." }),
  });
}

export async function createSubscribers(
  prisma: PrismaClient,
  emails: string[],
  options: { status?: "pending" | "confirmed" | "unsubscribed" | "suspended"; preferences?: Partial<Preferences> } = {},
): Promise<{ id: number; email: string }[]> {
  await prisma.subscriber.createMany({
    data: emails.map((email) => ({
      email,
      status: options.status ?? "confirmed",
      confirmedAt: (options.status ?? "confirmed") === "confirmed" ? new Date() : null,
      preferences: (options.preferences ?? {}) as Prisma.InputJsonValue,
    })),
  });
  return prisma.subscriber.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true },
    orderBy: { id: "asc" },
  });
}
