// Signing up: double opt-in over a real SMTP server, the same answer whatever the address's state, limits kept in
// PostgreSQL, and polite answers to bad input that leave subscriber data as it was.
import crypto from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSmtpTransport } from "@/lib/email/smtp-transport";
import type { MailTransport } from "@/lib/email/types";
import { checkConfirmationToken, confirmSubscription } from "@/lib/subscriptions/confirm-subscription";
import { purgeExpiredSignups } from "@/lib/subscriptions/purge-expired";
import { requestSubscription, SUBSCRIBE_MESSAGES, type SubscribeInput } from "@/lib/subscriptions/request-subscription";
import { hashToken } from "@/lib/subscriptions/tokens";
import { hitRateLimit } from "@/lib/subscriptions/rate-limit";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { createSubscribers, TEST_FROM, TEST_SETTINGS } from "../../kit/digest-fixtures";
import { freePort } from "@/lib/port-free";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";

const prisma = createTestPrisma();
let sink: SmtpSink;
let transport: MailTransport;
let ipCounter = 0;

beforeAll(async () => {
  sink = await startSmtpSink();
  transport = createSmtpTransport({ url: sink.url, from: TEST_FROM });
});

beforeEach(async () => {
  await resetDatabase(prisma);
  sink.messages.length = 0;
});

afterAll(async () => {
  await transport.close();
  await sink.close();
  await prisma.$disconnect();
});

function subscribe(email: unknown, extra: Partial<SubscribeInput> = {}, now?: Date) {
  return requestSubscription(
    { prisma, transport, settings: TEST_SETTINGS, councilName: "Harrow Council", now },
    { email, honeypot: "", ip: `192.0.2.${++ipCounter % 250}`, ...extra },
  );
}

async function lastLinkTo(address: string, path: string): Promise<string> {
  const message = [...sink.messages].reverse().find((m) => m.to === address);
  if (!message) throw new Error(`no message to ${address}`);
  const text = (await sink.parse(message)).text ?? "";
  const match = new RegExp(`https://harrow-digest\\.example\\.org${path}\\?token=([\\w.-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in:\n${text}`);
  return match[1];
}

const OK = { status: "ok", message: SUBSCRIBE_MESSAGES.ok };

describe("subscribing and confirming", () => {
  it("sends a confirmation link whose token is stored only as a hash, and confirms once", async () => {
    expect(await subscribe("  Jane.Doe@Example.ORG ")).toEqual(OK);
    expect(sink.messages.map((m) => m.to)).toEqual(["jane.doe@example.org"]);
    const mail = await sink.parse(sink.messages[0]!);
    expect(mail.subject).toBe("Confirm your Harrow Council weekly digest subscription");
    expect(typeof mail.html === "string" && mail.html).toContain("Confirm my subscription");
    const token = await lastLinkTo("jane.doe@example.org", "/confirm");

    const row = await prisma.subscriber.findUniqueOrThrow({ where: { email: "jane.doe@example.org" } });
    expect(row.status).toBe("pending");
    expect(row.confirmTokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.confirmTokenExpiresAt!.getTime() - Date.now()).toBeGreaterThan(47 * 3600_000);

    expect(await checkConfirmationToken(prisma, token)).toBe("valid");
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("pending"); // looking is not confirming
    expect(await confirmSubscription(prisma, token)).toEqual({
      status: "confirmed",
      subscriber: { id: row.id, linkVersion: 1 },
    });
    expect(await prisma.subscriber.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "confirmed",
      confirmTokenHash: null,
    });

    // replayed link: refused, and nothing changes
    expect(await confirmSubscription(prisma, token)).toEqual({ status: "invalid" });
    expect(await checkConfirmationToken(prisma, token)).toBe("invalid");
    expect(await prisma.subscriber.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "confirmed" });
  });

  it("lets only one of two simultaneous clicks confirm", async () => {
    await subscribe("twice@example.org");
    const token = await lastLinkTo("twice@example.org", "/confirm");
    const results = await Promise.all([confirmSubscription(prisma, token), confirmSubscription(prisma, token)]);
    expect(results.map((r) => r.status).sort()).toEqual(["confirmed", "invalid"]);
  });

  it("refuses an expired link, and the unconfirmed sign-up is deleted later", async () => {
    const twoDaysAgo = new Date(Date.now() - 49 * 3600_000);
    await subscribe("late@example.org", {}, twoDaysAgo);
    const token = await lastLinkTo("late@example.org", "/confirm");
    expect(await checkConfirmationToken(prisma, token)).toBe("expired");
    expect(await confirmSubscription(prisma, token)).toEqual({ status: "expired" });
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { email: "late@example.org" } })).status).toBe(
      "pending",
    );
    await createSubscribers(prisma, ["keep@example.org"]);
    const purged = await purgeExpiredSignups(prisma);
    expect(purged.deletedSignups).toBe(1);
    expect(await prisma.subscriber.findMany({ select: { email: true } })).toEqual([{ email: "keep@example.org" }]);
  });

  /** The real token with its 11th character from the end changed: a full 6-bit character, so always a different token
   * (the last character of a 32-byte token carries 2 unused bits, so changing it could decode to the same bytes). */
  const alterOneCharacter = (token: string) => {
    const at = token.length - 11;
    return token.slice(0, at) + (token[at] === "A" ? "B" : "A") + token.slice(at + 1);
  };

  it("refuses forged and malformed tokens without touching anything", async () => {
    await subscribe("pending@example.org");
    const before = await prisma.subscriber.findMany();
    const forged = [
      crypto.randomBytes(32).toString("base64url"),
      "",
      "x".repeat(10_000),
      "' or 1=1 --",
      null,
      42,
      alterOneCharacter(await lastLinkTo("pending@example.org", "/confirm")),
    ];
    for (const token of forged) {
      expect(await checkConfirmationToken(prisma, token)).toBe("invalid");
      expect(await confirmSubscription(prisma, token)).toEqual({ status: "invalid" });
    }
    expect(await prisma.subscriber.findMany()).toEqual(before);
  });

  it("answers a known confirmed address the same way, sending a 'manage your subscription' email instead", async () => {
    await createSubscribers(prisma, ["known@example.org"], { preferences: { scope: "selected", topics: ["housing"] } });
    const before = await prisma.subscriber.findUniqueOrThrow({ where: { email: "known@example.org" } });
    expect(await subscribe("known@example.org")).toEqual(await subscribe("someone-new@example.org"));
    const mail = await sink.parse(sink.messages.find((m) => m.to === "known@example.org")!);
    expect(mail.subject).toBe("Your Harrow Council weekly digest subscription");
    expect(mail.text).toContain("You're already subscribed");
    expect(mail.text).not.toContain("/confirm?token=");
    await lastLinkTo("known@example.org", "/preferences");
    await lastLinkTo("known@example.org", "/unsubscribe");
    expect(await prisma.subscriber.findUniqueOrThrow({ where: { email: "known@example.org" } })).toEqual(before);
  });

  it("lets an unsubscribed reader opt in again, through a new confirmation", async () => {
    await createSubscribers(prisma, ["back@example.org"], { status: "unsubscribed" });
    expect(await subscribe("back@example.org")).toEqual(OK);
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { email: "back@example.org" } })).status).toBe(
      "unsubscribed",
    );
    await confirmSubscription(prisma, await lastLinkTo("back@example.org", "/confirm"));
    expect(await prisma.subscriber.findUniqueOrThrow({ where: { email: "back@example.org" } })).toMatchObject({
      status: "confirmed",
      unsubscribedAt: null,
    });
  });
});

describe("the same work for every address", () => {
  it("runs the same database statements for a new address as for a pending, confirmed, unsubscribed or suspended one", async () => {
    const logged = new PrismaClient({
      adapter: new PrismaPg({ connectionString: testDatabaseUrl(), max: 2 }),
      log: [{ emit: "event", level: "query" }],
    });
    const statements: string[] = [];
    logged.$on("query", (event) => statements.push(event.query.replace(/\s+/g, " ").trim()));
    try {
      await prisma.subscriber.createMany({
        data: [
          {
            email: "pending@example.org",
            status: "pending",
            confirmTokenHash: "a".repeat(64),
            confirmTokenExpiresAt: new Date(Date.now() + 3600_000),
          },
          { email: "confirmed@example.org", status: "confirmed", confirmedAt: new Date() },
          { email: "unsubscribed@example.org", status: "unsubscribed", unsubscribedAt: new Date() },
          { email: "suspended@example.org", status: "suspended", suspendedAt: new Date() },
        ],
      });
      const workFor = async (email: string) => {
        statements.length = 0;
        const result = await requestSubscription(
          { prisma: logged, transport, settings: TEST_SETTINGS, councilName: "Harrow Council" },
          { email, honeypot: "", ip: "198.51.100.77" },
        );
        expect(result, email).toEqual(OK);
        return [...statements];
      };
      const fresh = await workFor("new@example.org");
      expect(fresh.length).toBeGreaterThan(0);
      for (const email of [
        "pending@example.org",
        "confirmed@example.org",
        "unsubscribed@example.org",
        "suspended@example.org",
      ]) {
        expect(await workFor(email), email).toEqual(fresh);
      }
      // And each got the email its state calls for.
      expect((await prisma.subscriber.findUniqueOrThrow({ where: { email: "new@example.org" } })).status).toBe(
        "pending",
      );
      expect(
        (await prisma.subscriber.findUniqueOrThrow({ where: { email: "confirmed@example.org" } })).confirmTokenHash,
      ).toBeNull();
      const subjects = await Promise.all(sink.messages.map(async (m) => [m.to, (await sink.parse(m)).subject]));
      expect(subjects).toContainEqual(["confirmed@example.org", "Your Harrow Council weekly digest subscription"]);
      expect(subjects).toContainEqual([
        "unsubscribed@example.org",
        "Confirm your Harrow Council weekly digest subscription",
      ]);
    } finally {
      await logged.$disconnect();
    }
  });
});

describe("bad input and abuse", () => {
  it("keeps an unsubscribed reader's choices when they sign up again from another council's page", async () => {
    const [row] = await createSubscribers(prisma, ["returning@example.org"], {
      status: "unsubscribed",
      preferences: { scope: "selected", topics: ["housing"] },
    });
    const result = await requestSubscription(
      { prisma, transport, settings: TEST_SETTINGS, councilName: "Brent Council", councilSlug: "brent" },
      { email: "returning@example.org", honeypot: "", ip: "192.0.2.251" },
    );
    expect(result).toEqual(OK);
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: row!.id } })).preferences).toEqual({
      scope: "selected",
      topics: ["housing"],
    });
  });

  it("answers malformed and overlong addresses politely and stores nothing", async () => {
    const cases: [unknown, RegExp][] = [
      ["", /enter your email/],
      ["not-an-address", /valid email address/],
      ["jane@", /valid email address/],
      ["<script>@example.org", /valid email address/],
      ["a@b", /valid email address/],
      [`${"a".repeat(65)}@example.org`, /valid email address/],
      [`${"a".repeat(60)}@${"b".repeat(190)}.org`, /too long/],
      [null, /valid email address/],
      [["a@example.org"], /valid email address/],
    ];
    for (const [email, message] of cases) {
      const result = await subscribe(email);
      expect(result.status, String(email)).toBe("invalid");
      expect(result.message).toMatch(message);
    }
    expect(await prisma.subscriber.count()).toBe(0);
    expect(sink.messages).toHaveLength(0);
  });

  it("pretends to accept a bot that fills in the honeypot, and does nothing", async () => {
    expect(await subscribe("bot@example.org", { honeypot: "https://spam.example" })).toEqual(OK);
    expect(await prisma.subscriber.count()).toBe(0);
    expect(sink.messages).toHaveLength(0);
  });

  it("limits sign-ups per connection and per address, with counters in PostgreSQL that hold no address", async () => {
    const ip = "198.51.100.7";
    for (let i = 0; i < 10; i++) expect((await subscribe(`reader${i}@example.org`, { ip })).status).toBe("ok");
    const limited = await subscribe("reader10@example.org", { ip });
    expect(limited).toEqual({ status: "rate-limited", message: SUBSCRIBE_MESSAGES.rateLimited });
    expect(await prisma.subscriber.count()).toBe(10);

    // per address: the same neutral answer, but the mailbox stops receiving confirmations after three
    for (let i = 0; i < 5; i++) expect(await subscribe("target@example.org")).toEqual(OK);
    expect(sink.countFor("target@example.org")).toBe(3);

    const keys = (await prisma.rateLimit.findMany()).map((r) => r.key);
    expect(keys.some((k) => k.startsWith("subscribe:ip:"))).toBe(true);
    expect(keys.some((k) => k.startsWith("subscribe:email:"))).toBe(true);
    expect(keys.join(" ")).not.toMatch(/example\.org|198\.51/);
  });

  it("counts a burst across a window's edge as one burst (a sliding window, never twice the limit)", async () => {
    const rule = { limit: 10, windowSeconds: 3600 };
    const at = (iso: string) => new Date(iso);
    for (let i = 0; i < 10; i++)
      expect((await hitRateLimit(prisma, "edge-test", rule, at("2026-12-06T01:59:50Z"))).allowed).toBe(true);
    // Ten seconds later, in the next hour's window: the ten before still count.
    expect((await hitRateLimit(prisma, "edge-test", rule, at("2026-12-06T02:00:00Z"))).allowed).toBe(false);
    // Half an hour on, half of them still count: 5 + the one refused + this one.
    expect(await hitRateLimit(prisma, "edge-test", rule, at("2026-12-06T02:30:00Z"))).toMatchObject({
      allowed: true,
      count: 7,
    });
    // A whole window later, the first hour no longer counts.
    expect(await hitRateLimit(prisma, "edge-test", rule, at("2026-12-06T03:00:01Z"))).toMatchObject({
      allowed: true,
      count: 3,
    });
    await prisma.rateLimit.deleteMany({ where: { key: "edge-test" } });
  });

  it("answers politely when the SMTP server is down, and leaves a confirmed subscriber as they were", async () => {
    await createSubscribers(prisma, ["steady@example.org"]);
    const before = await prisma.subscriber.findUniqueOrThrow({ where: { email: "steady@example.org" } });
    const dead = createSmtpTransport({ url: `smtp://127.0.0.1:${await freePort()}`, from: TEST_FROM }); // nothing listens there
    const deps = { prisma, transport: dead, settings: TEST_SETTINGS, councilName: "Harrow Council" };
    for (const email of ["steady@example.org", "newcomer@example.org"]) {
      expect(await requestSubscription(deps, { email, honeypot: "", ip: "203.0.113.9" })).toEqual({
        status: "unavailable",
        message: SUBSCRIBE_MESSAGES.unavailable,
      });
    }
    await dead.close();
    expect(await prisma.subscriber.findUniqueOrThrow({ where: { email: "steady@example.org" } })).toEqual(before);
  });
});
