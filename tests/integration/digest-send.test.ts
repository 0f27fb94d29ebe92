// The weekly digest end to end against a real SMTP server on loopback: who gets a message, what it contains
// (both parts, raw header lines, links), and that a second run sends nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpTransport } from "@/lib/email/smtp-transport";
import { sendWeeklyDigest } from "@/lib/digest/send-weekly-digest";
import { previewWeeklyDigest } from "@/lib/digest/preview-weekly-digest";
import { getWeeklyUpdate, listWeeklyUpdates } from "@/lib/data/weekly-updates";
import { createTestPrisma, resetDatabase } from "../helpers/db";
import { createSubscribers, seedDigestWeek, TEST_FROM, TEST_SETTINGS, WEEK } from "../../kit/digest-fixtures";
import { headerLine, startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";

const prisma = createTestPrisma();
let sink: SmtpSink;

beforeAll(async () => {
  await resetDatabase(prisma);
  sink = await startSmtpSink();
  await seedDigestWeek(prisma);
  await createSubscribers(prisma, ["everything@example.org"]);
  await createSubscribers(prisma, ["panel-only@example.org"], {
    preferences: { scope: "selected", committees: [{ council: "harrow", cid: 788 }] },
  });
  await createSubscribers(prisma, ["housing@example.org"], { preferences: { scope: "selected", topics: ["housing"] } });
  await createSubscribers(prisma, ["stanmore@example.org"], {
    preferences: { scope: "selected", keywords: ["Stanmore"] },
  });
  await createSubscribers(prisma, ["nomatch-quiet@example.org"], {
    preferences: { scope: "selected", keywords: ["allotments"], onlyWhenMatches: true },
  });
  await createSubscribers(prisma, ["nomatch-tell-me@example.org"], {
    preferences: { scope: "selected", keywords: ["allotments"], onlyWhenMatches: false },
  });
  await createSubscribers(prisma, ["pending@example.org"], { status: "pending" });
  await createSubscribers(prisma, ["left@example.org"], { status: "unsubscribed" });
});

afterAll(async () => {
  await sink?.close();
  await prisma.$disconnect();
});

async function run() {
  const transport = createSmtpTransport({ url: sink.url, from: TEST_FROM, maxConnections: 2 });
  try {
    return await sendWeeklyDigest({ prisma, transport, settings: TEST_SETTINGS, councilSlug: "harrow", week: WEEK });
  } finally {
    await transport.close();
  }
}

async function messageFor(address: string) {
  const found = sink.messages.find((m) => m.to === address);
  if (!found) throw new Error(`no message for ${address}`);
  return { raw: found.raw, mail: await sink.parse(found) };
}

describe("weekly digest over SMTP", () => {
  it("dry-runs first: counts what a run would send, streaming subscribers in batches, and writes nothing", async () => {
    const preview = await previewWeeklyDigest(prisma, TEST_SETTINGS, "harrow", WEEK, 2);
    expect(preview).toMatchObject({ week: "2025-W43", published: false, subscribers: 6, wouldSend: 5, wouldSkip: 1 });
    expect(preview.sample?.subject).toBeTruthy();
    expect(preview.bytes).toBeGreaterThan(0);
    expect(await prisma.digestIssue.count()).toBe(0);
    expect(await prisma.delivery.count()).toBe(0);
    expect(sink.messages).toHaveLength(0);
  });

  it("sends one message to each confirmed subscriber with something to read, and none to the rest", async () => {
    const result = await run();
    expect(result.aborted).toBeUndefined();
    expect(result.created).toBe(true);
    expect(sink.messages.map((m) => m.to).sort()).toEqual(
      [
        "everything@example.org",
        "housing@example.org",
        "nomatch-tell-me@example.org",
        "panel-only@example.org",
        "stanmore@example.org",
      ].sort(),
    );
    expect(result.counts).toEqual({ pending: 0, sending: 0, sent: 5, failed: 0, uncertain: 0, skipped: 1 });
    const skipped = await prisma.delivery.findFirst({ where: { status: "skipped" }, include: { subscriber: true } });
    expect(skipped?.subscriber.email).toBe("nomatch-quiet@example.org");
  });

  it("carries both parts, with the bulletin: headline, every meeting of the week (cancelled too), sections, links", async () => {
    const { mail } = await messageFor("everything@example.org");
    expect(mail.subject).toBe("Corporate Parenting Panel: Ofsted Monitoring Visit, and 2 more meetings");
    const text = mail.text ?? "";
    const html = typeof mail.html === "string" ? mail.html : "";
    for (const part of [text, html]) {
      expect(part).toContain("20–26 October 2025");
      expect(part).toContain("Planning Committee, Wednesday 22 October, 6.30 pm");
      expect(part).toMatch(/cancelled/i);
      expect(part).toContain("Overview and Scrutiny Committee, Tuesday 21 October, 6.30 pm");
      expect(part).toContain("Cabinet, Thursday 30 October, 6.30 pm"); // after the clocks went back
      expect(part).toContain("Inspectors found significant progress since the January 2025 inspection.");
      expect(part).toContain(
        "https://harrow-digest.example.org/harrow/meetings/75001-corporate-parenting-panel-2025-10-23",
      );
      expect(part).toContain("https://moderngov.harrow.gov.uk/documents/g75001/Printed%20minutes");
      expect(part).toContain("https://harrow-digest.example.org/preferences?token=");
      expect(part).toContain("https://harrow-digest.example.org/unsubscribe?token=");
    }
    expect(text).not.toContain("Exempt appendix");
    // HTML for mail clients: inline styles, escaped text, nothing remote but links
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img|<link|@import|url\(/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).toMatch(/<h1 style="[^"]+">/);
  });

  it("writes the list headers as raw lines: one List-Unsubscribe with https and mailto, one-click post, List-Id, ids", async () => {
    const { raw, mail } = await messageFor("panel-only@example.org");
    const unsubscribe = headerLine(raw, "List-Unsubscribe");
    expect(unsubscribe).toHaveLength(1);
    expect(unsubscribe[0]).toMatch(
      /^List-Unsubscribe: <https:\/\/harrow-digest\.example\.org\/unsubscribe\/one-click\?token=\d+\.1\.[\w-]{43}>, <mailto:unsubscribe@harrow-digest\.example\.org\?subject=unsubscribe%20\d+\.1\.[\w-]{43}>$/,
    );
    expect(headerLine(raw, "List-Unsubscribe-Post")).toEqual(["List-Unsubscribe-Post: List-Unsubscribe=One-Click"]);
    expect(headerLine(raw, "List-Id")[0]).toBe(
      'List-ID: "Harrow Council weekly digest" <weekly.harrow-digest.example.org>',
    );
    expect(headerLine(raw, "X-Entity-Ref-ID")).toEqual(["X-Entity-Ref-ID: digest-harrow-2025-W43"]);
    const subscriber = await prisma.subscriber.findUniqueOrThrow({ where: { email: "panel-only@example.org" } });
    expect(headerLine(raw, "Message-ID")).toEqual([
      `Message-ID: <digest.harrow.2025-W43.${subscriber.id}@weekly.harrow-digest.example.org>`,
    ]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual([
      "panel-only@example.org",
    ]);
    const delivery = await prisma.delivery.findFirstOrThrow({ where: { subscriberId: subscriber.id } });
    expect(delivery.messageId).toBe(`<digest.harrow.2025-W43.${subscriber.id}@weekly.harrow-digest.example.org>`);
  });

  it("gives each subscriber their own cut: matched meetings only, the week's list for everyone", async () => {
    const panel = (await messageFor("panel-only@example.org")).mail.text ?? "";
    expect(panel).toContain("CORPORATE PARENTING PANEL");
    expect(panel).not.toContain("OVERVIEW AND SCRUTINY COMMITTEE");
    expect(panel).toContain("Planning Committee, Wednesday 22 October"); // the intro still lists the whole week
    const housing = (await messageFor("housing@example.org")).mail;
    expect(housing.subject).toBe("Overview and Scrutiny Committee met on Tuesday 21 October");
    expect(housing.text).toContain("OVERVIEW AND SCRUTINY COMMITTEE");
    expect((await messageFor("stanmore@example.org")).mail.text).toContain("OVERVIEW AND SCRUTINY COMMITTEE");
    const nothing = (await messageFor("nomatch-tell-me@example.org")).mail.text ?? "";
    expect(nothing).toContain("Nothing this week matched");
    expect(nothing).not.toContain("THIS WEEK");
  });

  it("sends nothing the second time and keeps the one issue", async () => {
    const before = sink.messages.length;
    const again = await run();
    expect(again.created).toBe(false);
    expect(again.run?.sent).toBe(0);
    expect(sink.messages.length).toBe(before);
    expect(await prisma.digestIssue.count()).toBe(1);
  });

  it("publishes the issue for the website's weekly archive", async () => {
    const list = await listWeeklyUpdates(prisma, "harrow");
    expect(list).toEqual([
      expect.objectContaining({
        week: "2025-W43",
        weekLabel: "20–26 October 2025",
        meetingCount: 4,
        path: "/harrow/weekly/2025-W43",
      }),
    ]);
    const issue = await getWeeklyUpdate(prisma, "harrow", "2025-W43");
    expect(issue?.pastMeetings.map((m) => m.committee.name)).toEqual([
      "Overview and Scrutiny Committee",
      "Planning Committee",
      "Corporate Parenting Panel",
    ]);
    expect(issue?.nextMeetings.map((m) => m.status)).toEqual(["scheduled"]);
    expect(await getWeeklyUpdate(prisma, "harrow", "2025-W99")).toBeNull();
    expect(await getWeeklyUpdate(prisma, "harrow", "'; drop table")).toBeNull();
  });

  it("publishes nothing and sends nothing for a week without meetings", async () => {
    const before = sink.messages.length;
    const transport = createSmtpTransport({ url: sink.url, from: TEST_FROM });
    const result = await sendWeeklyDigest({
      prisma,
      transport,
      settings: TEST_SETTINGS,
      councilSlug: "harrow",
      week: { year: 2025, week: 30 },
    });
    await transport.close();
    expect(result.issueId).toBeNull();
    expect(sink.messages.length).toBe(before);
  });
});
