// How the sender answers an SMTP server that says "later" (4xx), "never" (5xx) or nothing at all: retried with
// backoff, failed and counted, suspended after repeated hard bounces, or stopped politely with nothing lost.
import net from "node:net";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createSmtpTransport } from "@/lib/email/smtp-transport";
import { describeResult, sendWeeklyDigest, type SendWeeklyDigestOptions } from "@/lib/digest/send-weekly-digest";
import type { IsoWeek } from "@/lib/iso-week";
import { createTestPrisma, resetDatabase } from "../helpers/db";
import {
  createSubscribers,
  seedDigestWeek,
  seedExtraWeek,
  TEST_FROM,
  TEST_SETTINGS,
  WEEK,
} from "../../kit/digest-fixtures";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";

const prisma = createTestPrisma();
const sinks: SmtpSink[] = [];

afterAll(async () => {
  await Promise.all(sinks.map((s) => s.close()));
  await prisma.$disconnect();
});

beforeEach(async () => {
  await resetDatabase(prisma);
});

async function sink(script: Parameters<typeof startSmtpSink>[0]) {
  const s = await startSmtpSink(script);
  sinks.push(s);
  return s;
}

async function run(url: string, week: IsoWeek = WEEK, extra: Partial<SendWeeklyDigestOptions> = {}) {
  const transport = createSmtpTransport({ url, from: TEST_FROM, maxConnections: 2 });
  try {
    return await sendWeeklyDigest({
      prisma,
      transport,
      settings: TEST_SETTINGS,
      councilSlug: "harrow",
      week,
      retryBaseMs: 30,
      ...extra,
    });
  } finally {
    await transport.close();
  }
}

describe("SMTP replies", () => {
  it("retries a 4xx with backoff and then delivers exactly one copy", async () => {
    await seedDigestWeek(prisma);
    await createSubscribers(prisma, ["greylisted@example.org", "fine@example.org"]);
    const s = await sink({
      onRcpt: (address, attempt) =>
        address === "greylisted@example.org" && attempt <= 2
          ? { code: 451, message: "4.7.1 Greylisted, try again later" }
          : undefined,
    });
    const result = await run(s.url);
    expect(result.aborted).toBeUndefined();
    expect(s.countFor("greylisted@example.org")).toBe(1);
    expect(s.countFor("fine@example.org")).toBe(1);
    expect(result.run?.retried).toBe(2);
    const row = await prisma.delivery.findFirstOrThrow({ where: { subscriber: { email: "greylisted@example.org" } } });
    expect(row).toMatchObject({ status: "sent", attempts: 3, lastError: null });
  });

  it("gives up on a 4xx after the last attempt and records why", async () => {
    await seedDigestWeek(prisma);
    await createSubscribers(prisma, ["always-busy@example.org"]);
    const s = await sink({ onRcpt: () => ({ code: 452, message: "4.2.2 Mailbox temporarily over quota" }) });
    const result = await run(s.url, WEEK, { maxAttempts: 3 });
    expect(s.messages).toHaveLength(0);
    const row = await prisma.delivery.findFirstOrThrow();
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(3);
    expect(row.lastError).toMatch(/gave up after 3 attempts: EENVELOPE 452/);
    expect(result.counts?.failed).toBe(1);
  });

  it("marks a 5xx refusal failed at once, without counting a hard bounce for a content refusal", async () => {
    await seedDigestWeek(prisma);
    await createSubscribers(prisma, ["strict@example.org", "fine@example.org"]);
    const s = await sink({
      onData: (to) =>
        to === "strict@example.org" ? { code: 554, message: "5.7.1 Message rejected as spam" } : undefined,
    });
    await run(s.url);
    const strict = await prisma.delivery.findFirstOrThrow({
      where: { subscriber: { email: "strict@example.org" } },
      include: { subscriber: true },
    });
    expect(strict).toMatchObject({ status: "failed", attempts: 1 });
    expect(strict.lastError).toMatch(/EMESSAGE 554: 554 5\.7\.1 Message rejected as spam/);
    expect(strict.subscriber).toMatchObject({ status: "confirmed", hardBounceCount: 0 });
    expect(s.countFor("fine@example.org")).toBe(1);
  });

  it("suspends a subscriber after three hard bounces in a row, and stops sending to them", async () => {
    const { council, committees } = await seedDigestWeek(prisma);
    await seedExtraWeek(prisma, council.id, committees.cabinet, new Date("2025-11-06T19:00:00Z"), 76001); // 2025-W45
    await seedExtraWeek(prisma, council.id, committees.cabinet, new Date("2025-11-20T19:00:00Z"), 76002); // 2025-W47
    await seedExtraWeek(prisma, council.id, committees.cabinet, new Date("2025-12-04T19:00:00Z"), 76003); // 2025-W49
    await createSubscribers(prisma, ["gone@example.org", "fine@example.org"]);
    const s = await sink({
      onRcpt: (address) =>
        address === "gone@example.org" ? { code: 550, message: "5.1.1 No such user here" } : undefined,
    });

    for (const week of [WEEK, { year: 2025, week: 45 }]) await run(s.url, week);
    let gone = await prisma.subscriber.findUniqueOrThrow({ where: { email: "gone@example.org" } });
    expect(gone).toMatchObject({ status: "confirmed", hardBounceCount: 2 });

    const third = await run(s.url, { year: 2025, week: 47 });
    expect(third.run?.suspended).toBe(1);
    gone = await prisma.subscriber.findUniqueOrThrow({ where: { email: "gone@example.org" } });
    expect(gone).toMatchObject({ status: "suspended", hardBounceCount: 3 });
    expect(gone.lastBounceReason).toMatch(/550 5\.1\.1 No such user here/);
    expect(gone.suspendedAt).not.toBeNull();

    await run(s.url, { year: 2025, week: 49 });
    const deliveries = await prisma.delivery.findMany({ where: { subscriberId: gone.id }, orderBy: { id: "asc" } });
    expect(deliveries.map((d) => d.status)).toEqual(["failed", "failed", "failed"]); // none for the fourth week
    expect(s.countFor("fine@example.org")).toBe(4);
    expect(s.rcptAttempts.get("gone@example.org")).toBe(3);
  });

  it("resets the bounce count after a successful delivery", async () => {
    const { council, committees } = await seedDigestWeek(prisma);
    await seedExtraWeek(prisma, council.id, committees.cabinet, new Date("2025-11-06T19:00:00Z"), 76001);
    await createSubscribers(prisma, ["flaky@example.org"]);
    const s = await sink({
      onRcpt: (_a, attempt) => (attempt === 1 ? { code: 550, message: "5.1.1 Unknown user" } : undefined),
    });
    await run(s.url);
    expect((await prisma.subscriber.findFirstOrThrow()).hardBounceCount).toBe(1);
    await run(s.url, { year: 2025, week: 45 });
    expect(await prisma.subscriber.findFirstOrThrow()).toMatchObject({ status: "confirmed", hardBounceCount: 0 });
  });
});

describe("a dead SMTP server", () => {
  async function closedPort(): Promise<number> {
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
    const { port } = srv.address() as net.AddressInfo;
    await new Promise<void>((r) => srv.close(() => r()));
    return port;
  }

  it("stops politely before sending, keeps every delivery pending, and a later run sends them once", async () => {
    await seedDigestWeek(prisma);
    const subscribers = await createSubscribers(prisma, ["a@example.org", "b@example.org", "c@example.org"]);
    const dead = await run(`smtp://127.0.0.1:${await closedPort()}`);
    expect(dead.aborted).toMatch(/^cannot reach the mail server \(smtp:\/\/127\.0\.0\.1:\d+\/?\): .*ECONNREFUSED/);
    expect(describeResult(dead).join("\n")).toMatch(/Nothing is lost: run again to send the 3 pending deliveries/);
    expect(dead.counts).toEqual({ pending: 3, sending: 0, sent: 0, failed: 0, uncertain: 0, skipped: 0 });
    expect(await prisma.subscriber.count({ where: { status: "confirmed" } })).toBe(subscribers.length);

    const s = await sink({});
    const later = await run(s.url);
    expect(later.counts).toEqual({ pending: 0, sending: 0, sent: 3, failed: 0, uncertain: 0, skipped: 0 });
    expect(s.messages.map((m) => m.to).sort()).toEqual(["a@example.org", "b@example.org", "c@example.org"]);
  });

  it("stops mid-run when every connection fails, leaving the rest pending", async () => {
    await seedDigestWeek(prisma);
    await createSubscribers(
      prisma,
      Array.from({ length: 12 }, (_, i) => `person${i}@example.org`),
    );
    // A server that greets and then hangs up on every transaction: connection errors, not replies.
    const port = await new Promise<number>((resolve) => {
      const srv = net.createServer((socket) => {
        socket.write("220 flaky.example ESMTP\r\n");
        socket.on("data", (chunk) => {
          const line = chunk.toString();
          if (/^(EHLO|HELO)/i.test(line)) socket.write("250 flaky.example\r\n");
          else if (/^NOOP|^QUIT/i.test(line)) socket.write("250 OK\r\n");
          else socket.destroy();
        });
        socket.on("error", () => {});
      });
      srv.listen(0, "127.0.0.1", () => resolve((srv.address() as net.AddressInfo).port));
      afterAll(() => new Promise<void>((r) => srv.close(() => r())));
    });
    const result = await run(`smtp://127.0.0.1:${port}`, WEEK, { deadServerThreshold: 4, retryBaseMs: 10 });
    expect(result.aborted).toMatch(/keeps failing/);
    expect(result.counts?.sent).toBe(0);
    expect(result.counts?.pending).toBe(12);
    expect(result.counts?.failed).toBe(0);
  });
});
