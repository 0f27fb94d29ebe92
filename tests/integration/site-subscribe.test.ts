// Signing up from the site's own pages, as a browser without JavaScript does (the CSP runs none): read the form
// from the served HTML, post exactly its fields to the built site, follow the answer. The email goes to a loopback
// SMTP server, so the test also sees that the confirmation really left.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBSCRIBE_LIMITS, SUBSCRIBE_MESSAGES } from "@/lib/subscriptions/request-subscription";
import { mailSettingsFromEnv } from "@/lib/subscriptions/mail-settings";
import { hashIdentity, signSubscriberLink } from "@/lib/subscriptions/tokens";
import { getEnv } from "@/lib/env";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { seedHarrowSample } from "../../kit/factories";
import { readForm, submitForm, textOf } from "../helpers/html-text";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";

const prisma = createTestPrisma();
let site: RunningSite;
let sink: SmtpSink;

beforeAll(async () => {
  await resetDatabase(prisma);
  await seedHarrowSample(prisma);
  sink = await startSmtpSink();
  // startSite passes this process's environment to `next start`: mail goes to the sink instead of outbox/.
  process.env.SMTP_URL = sink.url;
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl());
});

afterAll(async () => {
  await site?.stop();
  await sink?.close();
  delete process.env.SMTP_URL;
  await prisma.$disconnect();
});

/** Submits the subscribe box on `path` and returns where the site sent the browser and what it said there. */
async function subscribeFrom(path: string, values: Record<string, string>, headers: Record<string, string> = {}) {
  const pageUrl = site.baseUrl + path;
  const pageResponse = await fetch(pageUrl);
  expect(pageResponse.status, path).toBe(200);
  const form = readForm(await pageResponse.text(), pageUrl, "subscribe-email");
  expect(form.method).toBe("post");
  expect(form.fields.map(([name]) => name)).toEqual(expect.arrayContaining(["email", "website"]));
  const posted = await submitForm(form, values, site.baseUrl, [], headers);
  const location = posted.headers.get("location");
  const answer = location ? await fetch(new URL(location, pageUrl)) : undefined;
  return { status: posted.status, location, text: answer ? textOf(await answer.text()) : "" };
}

describe("subscribing from the site without JavaScript", () => {
  it("posts the home page's form and lands on the neutral 'check your inbox' answer, with the email sent", async () => {
    const result = await subscribeFrom("/", { email: "resident@example.org" });
    expect(result.status).toBe(303);
    expect(result.location).toMatch(/\/subscribe\?result=ok$/);
    expect(result.text).toContain(SUBSCRIBE_MESSAGES.ok);
    // The action sends before it answers, so the message is already here.
    expect(sink.countFor("resident@example.org")).toBe(1);
    const mail = await sink.parse(sink.messages.find((m) => m.to === "resident@example.org")!);
    expect(mail.subject).toBe("Confirm your Harrow Council weekly digest subscription");
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { email: "resident@example.org" } })).status).toBe("pending");
  });

  it("works the same from a meeting page", async () => {
    const meeting = "/harrow/meetings/73254-overview-and-scrutiny-committee-2025-07-08";
    const result = await subscribeFrom(meeting, { email: "watcher@example.org" });
    expect(result.location).toMatch(/\/subscribe\?result=ok$/);
    expect(result.text).toContain(SUBSCRIBE_MESSAGES.ok);
    expect(sink.countFor("watcher@example.org")).toBe(1);
  });

  it("signs up for the council whose page the box is on", async () => {
    const result = await subscribeFrom("/brent/weekly", { email: "brent-resident@example.org" });
    expect(result.location).toMatch(/\/subscribe\?result=ok$/);
    const row = await prisma.subscriber.findUniqueOrThrow({ where: { email: "brent-resident@example.org" } });
    expect(row.preferences).toMatchObject({ councils: ["brent"] });
    const mail = await sink.parse(sink.messages.find((m) => m.to === "brent-resident@example.org")!);
    expect(mail.subject).toBe("Confirm your Brent Council weekly digest subscription");
    // From the lead council's pages, the lead council.
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { email: "resident@example.org" } })).preferences).toMatchObject({ councils: ["harrow"] });
  });

  it("gives a bot that fills in the honeypot the same answer, and sends and stores nothing", async () => {
    const before = sink.messages.length;
    const result = await subscribeFrom("/harrow", { email: "bot@example.org", website: "https://spam.example" });
    expect(result.location).toMatch(/\/subscribe\?result=ok$/);
    expect(result.text).toContain(SUBSCRIBE_MESSAGES.ok);
    expect(await prisma.subscriber.findUnique({ where: { email: "bot@example.org" } })).toBeNull();
    expect(sink.messages.length).toBe(before);
  });
});

describe("the per-address sign-up limit", () => {
  it("counts a client by its connection, whatever X-Forwarded-For it claims (no trusted proxy by default)", async () => {
    await prisma.rateLimit.deleteMany({});
    try {
      const answers: string[] = [];
      for (let i = 0; i <= SUBSCRIBE_LIMITS.perIp.limit; i++) {
        const result = await subscribeFrom("/harrow", { email: `spoof-${i}@example.org` }, { "X-Forwarded-For": `198.51.100.${i + 1}`, "X-Real-IP": `203.0.113.${i + 1}` });
        answers.push(result.location ?? "");
      }
      // Ten sign-ups an hour from one connection, then "too many": the forged addresses bought nothing.
      expect(answers.slice(0, SUBSCRIBE_LIMITS.perIp.limit).every((l) => l.endsWith("?result=ok"))).toBe(true);
      expect(answers.at(-1)).toMatch(/\?result=rate-limited$/);
      expect(sink.countFor(`spoof-${SUBSCRIBE_LIMITS.perIp.limit}@example.org`)).toBe(0);
      // Counted against the connection's own address (the socket's), not an "unknown" bucket.
      const key = `subscribe:ip:${hashIdentity(getEnv().APP_SECRET, "ip", "127.0.0.1")}`;
      expect((await prisma.rateLimit.findMany({ where: { key: { startsWith: "subscribe:ip:" } } })).map((r) => [r.key, r.count])).toEqual([[key, SUBSCRIBE_LIMITS.perIp.limit + 1]]);
    } finally {
      await prisma.rateLimit.deleteMany({});
    }
  });
});

describe("choosing what the digest covers, without JavaScript", () => {
  it("offers every council the site covers, keeps the ones followed, and saves the ones ticked", async () => {
    const subscriber = await prisma.subscriber.create({
      data: { email: "brent-reader@example.org", status: "confirmed", confirmedAt: new Date(), preferences: { scope: "all", councils: ["brent"] } },
    });
    // The server signs and checks links with the same secret (startSite passes this process's environment on).
    const token = signSubscriberLink(mailSettingsFromEnv(getEnv()).secret, "preferences", subscriber.id, subscriber.linkVersion);
    const pageUrl = `${site.baseUrl}/preferences?token=${encodeURIComponent(token)}`;
    const html = await (await fetch(pageUrl)).text();
    const text = textOf(html);
    expect(text).toContain("Everything in the councils ticked below");
    const councilBoxes = html.match(/<input[^>]*name="council"[^>]*>/g) ?? [];
    const ticked = (slug: string) => councilBoxes.find((box) => box.includes(`value="${slug}"`))?.includes("checked");
    expect(councilBoxes).toHaveLength(2);
    expect(ticked("brent")).toBe(true);
    expect(ticked("harrow")).toBe(false);
    expect(text).toContain("Harrow Council Cabinet"); // committees grouped under their council

    const form = readForm(html, pageUrl, "keywords");
    const posted = await submitForm(form, {}, site.baseUrl, [
      ["scope", "all"],
      ["council", "harrow"],
      ["council", "brent"],
      ["committee", "harrow:788"],
    ]);
    expect(posted.status).toBe(303);
    expect(posted.headers.get("location")).toContain("saved=1");
    const saved = (await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).preferences as { councils: string[]; committees: unknown[] };
    expect(saved.councils).toEqual(["harrow", "brent"]);
    expect(saved.committees).toEqual([{ council: "harrow", cid: 788 }]);
  });
});

describe("signing out of all links, without JavaScript", () => {
  it("stops the links sent so far, says so, and emails new ones that work", async () => {
    const subscriber = await prisma.subscriber.create({ data: { email: "leaked-links@example.org", status: "confirmed", confirmedAt: new Date() } });
    const secret = mailSettingsFromEnv(getEnv()).secret;
    const token = signSubscriberLink(secret, "preferences", subscriber.id, subscriber.linkVersion);
    const unsubscribeToken = signSubscriberLink(secret, "unsubscribe", subscriber.id, subscriber.linkVersion);
    const pageUrl = `${site.baseUrl}/preferences?token=${encodeURIComponent(token)}`;
    const html = await (await fetch(pageUrl)).text();
    expect(textOf(html)).toContain("Sign out of all links");

    const posted = await submitForm(readForm(html, pageUrl, "revoke-links"), {}, site.baseUrl);
    expect(posted.status).toBe(303);
    const location = posted.headers.get("location")!;
    expect(location).toMatch(/\/preferences\?revoked=1$/);
    expect(textOf(await (await fetch(new URL(location, pageUrl))).text())).toContain("Your earlier links no longer work");
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).linkVersion).toBe(subscriber.linkVersion + 1);

    // The old links no longer work.
    expect(textOf(await (await fetch(pageUrl)).text())).toContain("This link can't be used");
    // (Unsubscribe links stay valid on purpose: leaving must work from any email ever sent.)
    expect((await fetch(`${site.baseUrl}/unsubscribe/one-click?token=${encodeURIComponent(unsubscribeToken)}`)).status).toBe(200);
    // The email with the new ones does, and the subscription is as it was.
    const mail = await sink.parse(sink.messages.filter((m) => m.to === "leaked-links@example.org").at(-1)!);
    expect(mail.subject).toBe("New links for your Harrow Council weekly digest");
    const fresh = /(http:\/\/[^\s]+\/preferences\?token=[\w.-]+)/.exec(mail.text ?? "")?.[1];
    expect(fresh).toBeDefined();
    const freshPage = await fetch(site.baseUrl + new URL(fresh!).pathname + new URL(fresh!).search);
    expect(textOf(await freshPage.text())).toContain("Your weekly digest");
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe("confirmed");
  });
});
