// Issues and the forward plan from the snapshot (issue 15, parts 1 and 2): items linked to the council's issue
// by its IId, the issue's own page stored, the forward plan's key decisions, a re-run that changes nothing, and
// an issue page that fails without failing the run.
import { describe, expect, it } from "vitest";
import { createTestPrisma } from "../helpers/db";
import { scrapeReplay, replayPerTest } from "../helpers/replay";
import { composeIssueFromDatabase } from "@/lib/digest/ensure-digest-issue";
import { selectDigestForSubscriber } from "@/lib/digest/select-for-subscriber";
import { renderWeeklyDigestText } from "@/lib/digest/templates/weekly-digest-text";
import { renderWeeklyDigestHtml } from "@/lib/digest/templates/weekly-digest-html";
import { preferencesSchema } from "@/lib/subscriptions/preferences";
import { issuePath } from "@/lib/urls";

const prisma = createTestPrisma();
// Corporate Parenting Panel, Health and Wellbeing Board, Cabinet: the strategy goes through all three.
const three = { committeeIds: [788, 1280, 249] };

const replay = replayPerTest(prisma);

describe("issues", () => {
  it("links each item to its issue and stores the issue's page: one matter across three committees", async () => {
    const result = await scrapeReplay(prisma, replay, {}, three);
    expect(result.failureReason).toBeNull();
    // Only the snapshot's planted PDF faults (a corrupt upload, a scan without text) go wrong.
    expect(result.errors.filter((e) => !e.kind.startsWith("pdf:")).map((e) => `${e.url} ${e.message}`)).toEqual([]);
    const issue = await prisma.issue.findFirstOrThrow({
      where: { externalId: 105210 },
      include: {
        agendaItems: {
          include: { meeting: { include: { committee: true } } },
          orderBy: { meeting: { startsAt: "asc" } },
        },
      },
    });
    expect(issue.title).toBe("Corporate Parenting Strategy 2026-2029");
    expect(issue.isKey).toBe(true);
    expect(issue.status).toBe("Recommendations Approved");
    expect(issue.decisionDue?.toISOString().slice(0, 10)).toBe("2026-11-19");
    expect(issue.decisionMaker).toBe("Cabinet");
    expect(issue.fetchedAt).not.toBeNull();
    expect(
      issue.agendaItems.map((i) => [i.meeting.committee.name, i.meeting.startsAt.toISOString().slice(0, 10), i.title]),
    ).toEqual([
      ["Corporate Parenting Panel", "2026-10-29", "Draft Corporate Parenting Strategy 2026-2029"],
      [
        "Health and Wellbeing Board",
        "2026-11-12",
        "Draft Corporate Parenting Strategy 2026-2029 - Health of Children in Care",
      ],
      ["Cabinet", "2026-11-19", "Corporate Parenting Strategy 2026-2029"],
    ]);
    // The council's own list of the issue's meetings, most recent first as it prints them.
    expect(
      (issue.meetings as { meetingId: number; itemNumber: string }[]).map((m) => [m.meetingId, m.itemNumber]),
    ).toEqual([
      // the minute number once minutes are out, the agenda number before
      [66392, "11"],
      [66402, "15"],
      [66405, "22"],
    ]);
    // Items without an issue link stay unlinked.
    expect(await prisma.agendaItem.count({ where: { issueId: { not: null } } })).toBe(
      await prisma.agendaItem.count({
        where: {
          OR: [
            { title: { contains: "Corporate Parenting Strategy" } },
            {
              title: {
                in: [
                  "Harrow Leisure Centre - Decarbonisation Works",
                  "Council Tax Support Scheme 2027/28",
                  "Property Acquisition for Temporary Accommodation",
                ],
              },
            },
            { title: { startsWith: "Draft Revenue Budget 2027/28" } },
          ],
        },
      }),
    );
  });

  it("stores the forward plan's key decisions with who decides and when", async () => {
    await scrapeReplay(prisma, replay, {}, three);
    const onPlan = await prisma.issue.findMany({
      where: { planId: 418 },
      orderBy: [{ decisionDue: "asc" }, { externalId: "asc" }],
    });
    expect(onPlan.length).toBeGreaterThanOrEqual(5);
    expect(onPlan.every((i) => i.isKey && i.decisionDue && i.decisionMaker)).toBe(true);
    expect(onPlan.map((i) => [i.title, i.decisionDue!.toISOString().slice(0, 10), i.decisionMaker])[0]).toEqual([
      "Draft Revenue Budget 2027/28 and Medium Term Financial Strategy 2027/28 to 2029/30",
      "2026-12-10",
      "Cabinet",
    ]);
    // A plan entry with no papers yet is still an issue, known from the plan alone.
    const hsdp = await prisma.issue.findFirstOrThrow({
      where: { externalId: 105245 },
      include: { _count: { select: { agendaItems: true } } },
    });
    expect(hsdp._count.agendaItems).toBe(0);
    expect(hsdp.decisionDueText).toBe("14 Jan 2027 by Cabinet");
  });

  it("a second run changes nothing and duplicates nothing", async () => {
    const first = await scrapeReplay(prisma, replay, {}, three);
    expect(first.failureReason).toBeNull();
    const before = await prisma.issue.findMany({ orderBy: { externalId: "asc" } });
    const again = await scrapeReplay(prisma, replay, {}, three);
    expect(again.status).toBe("succeeded");
    const after = await prisma.issue.findMany({ orderBy: { externalId: "asc" } });
    expect(after.map((i) => [i.externalId, i.title, i.updatedAt.toISOString()])).toEqual(
      before.map((i) => [i.externalId, i.title, i.updatedAt.toISOString()]),
    );
  });

  it("an issue page that fails is recorded as optional; the items stay linked and the run succeeds", async () => {
    replay.setFaults([{ match: "/mgIssueHistoryHome.aspx", status: 500 }]);
    const result = await scrapeReplay(prisma, replay, { maxRetries: 0 }, three);
    const issueErrors = result.errors.filter((e) => e.url.includes("mgIssueHistoryHome.aspx"));
    expect(issueErrors.length).toBeGreaterThan(0);
    expect(issueErrors.every((e) => e.scope === "optional")).toBe(true);
    // The verdict is the one the planted PDF faults give, as without the failing issue pages.
    expect(result.errors.filter((e) => e.scope === "required")).toEqual([]);
    expect(result.status).toBe("partial");
    const issue = await prisma.issue.findFirstOrThrow({
      where: { externalId: 105210 },
      include: { _count: { select: { agendaItems: true } } },
    });
    expect(issue._count.agendaItems).toBe(3);
    expect(issue.fetchedAt).toBeNull();
  });

  it("the weekly digest lists the key decisions due in the 28 days from the week it looks ahead from", async () => {
    // The whole snapshot, so that both weeks have meetings to publish.
    await scrapeReplay(prisma, replay);
    // The issue for 23-29 November 2026 looks ahead from Monday 30 November: due by 27 December.
    const content = await composeIssueFromDatabase(prisma, "harrow", { year: 2026, week: 48 });
    expect(content!.keyDecisions.map((d) => [d.title, d.dueText, d.path])).toEqual([
      [
        "Draft Revenue Budget 2027/28 and Medium Term Financial Strategy 2027/28 to 2029/30",
        "10 Dec 2026 by Cabinet",
        issuePath({
          councilSlug: "harrow",
          externalId: 105236,
          title: "Draft Revenue Budget 2027/28 and Medium Term Financial Strategy 2027/28 to 2029/30",
        }),
      ],
      [
        "Property Acquisition for Temporary Accommodation",
        "10 Dec 2026 by Cabinet",
        "/harrow/issues/105240-property-acquisition-for-temporary-accommodation",
      ],
    ]);
    // The issue for 11-17 January 2027 looks ahead from 18 January to 14 February: the two decisions of 11 February,
    // not the business plan of 14 January (already due) nor the Council decision of 25 February (beyond 28 days).
    const later = await composeIssueFromDatabase(prisma, "harrow", { year: 2027, week: 2 });
    expect(later!.keyDecisions.map((d) => d.title)).toEqual([
      "Final Revenue Budget 2027/28 and Medium Term Financial Strategy 2027/28 to 2029/30",
      "Housing Revenue Account Budget 2027/28 and Rent Setting",
    ]);
    // No papers yet: no page to link.
    expect(later!.keyDecisions.every((d) => d.path === null)).toBe(true);

    const digest = selectDigestForSubscriber(content!, preferencesSchema.parse({}))!;
    const links = {
      siteUrl: "https://digest.example",
      preferencesUrl: "https://digest.example/p",
      unsubscribeUrl: "https://digest.example/u",
      archiveUrl: "https://digest.example/a",
    };
    const text = renderWeeklyDigestText(digest, links);
    expect(text).toContain("KEY DECISIONS DUE IN THE NEXT FOUR WEEKS");
    expect(text).toContain("- Property Acquisition for Temporary Accommodation: 10 Dec 2026 by Cabinet");
    expect(renderWeeklyDigestHtml(digest, links)).toContain(
      'href="https://digest.example/harrow/issues/105240-property-acquisition-for-temporary-accommodation"',
    );
  });

  it("stores a recorded vote with who voted which way, tied to the councillors by their UID", async () => {
    await scrapeReplay(prisma, replay, {}, three);
    const votes = await prisma.recordedVote.findMany({
      include: { agendaItem: true, casts: { include: { person: true }, orderBy: { id: "asc" } } },
    });
    expect(votes).toHaveLength(1);
    const [vote] = votes;
    expect(vote!.agendaItem.title).toBe("Council Tax Support Scheme 2027/28");
    expect(vote!.title).toBe("Council Tax Support Scheme 2027/28: Recommendation to Council");
    expect(vote!.result).toBe("Carried");
    expect(vote!.casts.filter((c) => c.choice === "for")).toHaveLength(6);
    expect(vote!.casts.filter((c) => c.choice === "abstain").map((c) => c.person?.externalId)).toEqual([4406]);
    expect(vote!.casts.every((c) => c.person !== null)).toBe(true);
    // Re-run: unchanged page, same rows.
    const before = vote!.id;
    await scrapeReplay(prisma, replay, {}, three);
    expect((await prisma.recordedVote.findFirstOrThrow()).id).toBe(before);
  });

  it("keeps a recorded vote without names when its voting record page fails", async () => {
    replay.setFaults([{ match: "/mgListRecordedVotesShort.aspx", status: 500 }]);
    const result = await scrapeReplay(prisma, replay, { maxRetries: 0 }, three);
    expect(result.errors.filter((e) => e.url.includes("mgListRecordedVotesShort")).map((e) => e.scope)).toEqual([
      "optional",
    ]);
    const vote = await prisma.recordedVote.findFirstOrThrow({ include: { _count: { select: { casts: true } } } });
    expect(vote.result).toBe("Carried");
    expect(vote._count.casts).toBe(0);
  });
});
