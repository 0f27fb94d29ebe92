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
import { seedHarrowSample, SAMPLE_NOW } from "../../kit/factories";
import { readForm, submitForm, textOf, tickedIn } from "../helpers/html-text";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";

const prisma = createTestPrisma();
let site: RunningSite;
let sink: SmtpSink;

beforeAll(async () => {
  await resetDatabase(prisma);
  await seedHarrowSample(prisma);
  await seedFollowedIssue();
  sink = await startSmtpSink();
  // startSite passes this process's environment to `next start`: mail goes to the sink instead of outbox/.
  process.env.SMTP_URL = sink.url;
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl(), { CLOCK_NOW: SAMPLE_NOW.toISOString() });
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
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { email: "resident@example.org" } })).status).toBe(
      "pending",
    );
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
    expect(
      (await prisma.subscriber.findUniqueOrThrow({ where: { email: "resident@example.org" } })).preferences,
    ).toMatchObject({ councils: ["harrow"] });
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
        const result = await subscribeFrom(
          "/harrow",
          { email: `spoof-${i}@example.org` },
          { "X-Forwarded-For": `198.51.100.${i + 1}`, "X-Real-IP": `203.0.113.${i + 1}` },
        );
        answers.push(result.location ?? "");
      }
      // Ten sign-ups an hour from one connection, then "too many": the forged addresses bought nothing.
      expect(answers.slice(0, SUBSCRIBE_LIMITS.perIp.limit).every((l) => l.endsWith("?result=ok"))).toBe(true);
      expect(answers.at(-1)).toMatch(/\?result=rate-limited$/);
      expect(sink.countFor(`spoof-${SUBSCRIBE_LIMITS.perIp.limit}@example.org`)).toBe(0);
      // Counted against the connection's own address (the socket's), not an "unknown" bucket.
      const key = `subscribe:ip:${hashIdentity(getEnv().APP_SECRET, "ip", "127.0.0.1")}`;
      // (One row per hour's window: two when the requests straddled the hour, which the sliding window still counts
      // as one burst.)
      const rows = await prisma.rateLimit.findMany({ where: { key: { startsWith: "subscribe:ip:" } } });
      expect([...new Set(rows.map((r) => r.key))]).toEqual([key]);
      expect(rows.reduce((n, r) => n + r.count, 0)).toBe(SUBSCRIBE_LIMITS.perIp.limit + 1);
    } finally {
      await prisma.rateLimit.deleteMany({});
    }
  });
});

describe("choosing what the digest covers, without JavaScript", () => {
  it("offers every council the site covers, keeps the ones followed, and saves the ones ticked", async () => {
    const subscriber = await prisma.subscriber.create({
      data: {
        email: "brent-reader@example.org",
        status: "confirmed",
        confirmedAt: new Date(),
        preferences: { scope: "all", councils: ["brent"] },
      },
    });
    // The server signs and checks links with the same secret (startSite passes this process's environment on).
    const token = signSubscriberLink(
      mailSettingsFromEnv(getEnv()).secret,
      "preferences",
      subscriber.id,
      subscriber.linkVersion,
    );
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
    const saved = (await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).preferences as {
      councils: string[];
      committees: unknown[];
    };
    expect(saved.councils).toEqual(["harrow", "brent"]);
    expect(saved.committees).toEqual([{ council: "harrow", cid: 788 }]);
  });
});

describe("signing out of all links, without JavaScript", () => {
  it("stops the links sent so far, says so, and emails new ones that work", async () => {
    const subscriber = await prisma.subscriber.create({
      data: { email: "leaked-links@example.org", status: "confirmed", confirmedAt: new Date() },
    });
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
    expect(textOf(await (await fetch(new URL(location, pageUrl))).text())).toContain(
      "Your earlier links no longer work",
    );
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).linkVersion).toBe(
      subscriber.linkVersion + 1,
    );

    // The old links no longer work.
    expect(textOf(await (await fetch(pageUrl)).text())).toContain("This link can't be used");
    // (Unsubscribe links stay valid on purpose: leaving must work from any email ever sent.)
    expect(
      (await fetch(`${site.baseUrl}/unsubscribe/one-click?token=${encodeURIComponent(unsubscribeToken)}`)).status,
    ).toBe(200);
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

// "Follow this item": an issue (the council's IId) taken by the ILACS item of the Overview and Scrutiny meeting.
const IID = 4242;
const ISSUE_TITLE = "Inspection of Local Authority Children's Services: the council's response";
const ISSUE_PATH = `/harrow/issues/${IID}-inspection-of-local-authority-childrens-services-the-councils-response`;
const ILACS_MEETING = "/harrow/meetings/73254-overview-and-scrutiny-committee-2025-07-08";

async function seedFollowedIssue() {
  const council = await prisma.council.findUniqueOrThrow({ where: { slug: "harrow" } });
  const issue = await prisma.issue.create({
    data: {
      councilId: council.id,
      externalId: IID,
      title: ISSUE_TITLE,
      officialUrl: `https://moderngov.harrow.gov.uk/mgIssueHistoryHome.aspx?IId=${IID}`,
    },
  });
  const item = await prisma.agendaItem.findFirstOrThrow({
    where: { meeting: { externalId: 73254 }, title: { startsWith: "Council Response to the Recent Inspection" } },
  });
  await prisma.agendaItem.update({ where: { id: item.id }, data: { issueId: issue.id } });
}

function hrefsOf(html: string, text: string): string[] {
  return [...html.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)]
    .filter(([, , inner]) => textOf(inner!) === text)
    .map(([, href]) => href!.replace(/&amp;/g, "&"));
}

/** The first link in the latest email to `to` whose path is `path`, as a path and query on the running site. */
async function linkInLatestMail(to: string, path: string): Promise<{ url: string; subject: string; text: string }> {
  const mail = await sink.parse(sink.messages.filter((m) => m.to === to).at(-1)!);
  const found = new RegExp(`(http://[^\\s]+${path.replace(/\//g, "\\/")}\\?[^\\s]+)`).exec(mail.text ?? "")?.[1];
  expect(found, mail.text ?? "").toBeDefined();
  const url = new URL(found!);
  return { url: site.baseUrl + url.pathname + url.search, subject: mail.subject ?? "", text: mail.text ?? "" };
}

describe("following an item, without JavaScript", () => {
  const followPath = `/subscribe?follow=harrow:${IID}`;

  it("offers 'Follow this item' on the issue's page and beside the item's history on the meeting page", async () => {
    const meeting = await (await fetch(site.baseUrl + ILACS_MEETING)).text();
    expect(hrefsOf(meeting, "History of this item")).toEqual([ISSUE_PATH]);
    expect(hrefsOf(meeting, "Follow this item")).toEqual([followPath]);
    const issue = await fetch(site.baseUrl + ISSUE_PATH);
    expect(issue.status).toBe(200);
    expect(hrefsOf(await issue.text(), "Follow this item")).toEqual([followPath]);
  });

  it("takes a new resident through sign-up and confirmation to their choices with the item ticked, and saves it", async () => {
    const pageUrl = site.baseUrl + followPath;
    const html = await (await fetch(pageUrl)).text();
    expect(textOf(html)).toContain(`Get an email in the weeks when a meeting takes ${ISSUE_TITLE}`);
    const form = readForm(html, pageUrl, "email");
    expect(form.fields).toContainEqual(["follow", `harrow:${IID}`]);
    expect(form.fields).toContainEqual(["council", "harrow"]); // signs up for the item's council
    const posted = await submitForm(form, { email: "follower@example.org" }, site.baseUrl);
    expect(posted.status).toBe(303);
    expect(posted.headers.get("location")).toMatch(new RegExp(`/subscribe\\?result=ok&follow=harrow%3A${IID}$`));
    // Nothing is followed before the address's owner says so.
    const pending = await prisma.subscriber.findUniqueOrThrow({ where: { email: "follower@example.org" } });
    expect(pending.status).toBe("pending");
    expect(pending.preferences).not.toHaveProperty("issues");

    const confirmMail = await linkInLatestMail("follower@example.org", "/confirm");
    expect(confirmMail.subject).toBe("Confirm your Harrow Council weekly digest subscription");
    expect(confirmMail.text).toContain(`you can follow “${ISSUE_TITLE}”`);
    expect(confirmMail.url).toContain(`&follow=harrow%3A${IID}`);
    const confirmHtml = await (await fetch(confirmMail.url)).text();
    const confirmed = await submitForm(readForm(confirmHtml, confirmMail.url, "confirm-button"), {}, site.baseUrl);
    expect(confirmed.status).toBe(303);
    const prefsLocation = confirmed.headers.get("location")!;
    expect(prefsLocation).toMatch(new RegExp(`/preferences\\?token=[^&]+&welcome=1&follow=harrow%3A${IID}$`));

    const prefsUrl = new URL(prefsLocation, site.baseUrl).toString();
    const prefsHtml = await (await fetch(prefsUrl)).text();
    const prefsText = textOf(prefsHtml);
    expect(prefsText).toContain(
      `“${ISSUE_TITLE}” is ticked under “Items you follow” below. Press “Save my choices” to follow it.`,
    );
    expect(hrefsOf(prefsHtml, ISSUE_TITLE)).toEqual([ISSUE_PATH]);
    const ticked = tickedIn(prefsHtml, "keywords");
    expect(ticked).toContainEqual(["issue", `harrow:${IID}`]);
    expect(ticked).toContainEqual(["scope", "selected"]); // came to follow one item: only what they choose

    const saved = await submitForm(readForm(prefsHtml, prefsUrl, "keywords"), {}, site.baseUrl, ticked);
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toContain("saved=1");
    const row = await prisma.subscriber.findUniqueOrThrow({ where: { email: "follower@example.org" } });
    expect(row.preferences).toMatchObject({ scope: "selected", issues: [{ council: "harrow", iid: IID }] });
  });

  it("emails a subscriber their own link with the item ticked, changing nothing until they save", async () => {
    const subscriber = await prisma.subscriber.create({
      data: {
        email: "already-here@example.org",
        status: "confirmed",
        confirmedAt: new Date(),
        preferences: { scope: "all", councils: ["harrow"] },
      },
    });
    const pageUrl = site.baseUrl + followPath;
    const posted = await submitForm(
      readForm(await (await fetch(pageUrl)).text(), pageUrl, "email"),
      { email: "already-here@example.org" },
      site.baseUrl,
    );
    expect(posted.headers.get("location")).toMatch(/\?result=ok&follow=/);
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).preferences).toEqual({
      scope: "all",
      councils: ["harrow"],
    });

    const manage = await linkInLatestMail("already-here@example.org", "/preferences");
    expect(manage.subject).toBe("Your Harrow Council weekly digest subscription");
    expect(manage.text).toContain(`Follow “${ISSUE_TITLE}”`);
    const html = await (await fetch(manage.url)).text();
    const ticked = tickedIn(html, "keywords");
    expect(ticked).toContainEqual(["issue", `harrow:${IID}`]);
    expect(ticked).toContainEqual(["scope", "all"]); // their scope is left as it was
    expect(textOf(html)).toContain(`${ISSUE_TITLE} (new: save to follow it)`);
    const saved = await submitForm(readForm(html, manage.url, "keywords"), {}, site.baseUrl, ticked);
    expect(saved.headers.get("location")).toContain("saved=1");
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).preferences).toMatchObject({
      scope: "all",
      issues: [{ council: "harrow", iid: IID }],
    });

    // Saved, the page lists it by title, linked, without the "new" mark; and says so if asked to follow it again.
    const again = await (await fetch(manage.url)).text();
    expect(hrefsOf(again, ISSUE_TITLE)).toEqual([ISSUE_PATH]);
    expect(textOf(again)).not.toContain("(new: save to follow it)");
    expect(new URL(manage.url).searchParams.get("follow")).toBe(`harrow:${IID}`);
    expect(textOf(again)).toContain(`You already follow “${ISSUE_TITLE}”.`);
  });

  it("refuses to start following an item it does not know, and keeps an old one it no longer lists", async () => {
    const subscriber = await prisma.subscriber.create({
      data: {
        email: "old-follow@example.org",
        status: "confirmed",
        confirmedAt: new Date(),
        preferences: { scope: "selected", councils: ["harrow"], issues: [{ council: "harrow", iid: 999_001 }] },
      },
    });
    const token = signSubscriberLink(
      mailSettingsFromEnv(getEnv()).secret,
      "preferences",
      subscriber.id,
      subscriber.linkVersion,
    );
    const pageUrl = `${site.baseUrl}/preferences?token=${encodeURIComponent(token)}&follow=harrow:999002`;
    const html = await (await fetch(pageUrl)).text();
    expect(textOf(html)).toContain("Item 999001 (harrow), no longer listed by the council");
    expect(textOf(html)).not.toContain("999002"); // an unknown item is not offered
    const ticked = tickedIn(html, "keywords");
    const refused = await submitForm(readForm(html, pageUrl, "keywords"), {}, site.baseUrl, [
      ...ticked,
      ["issue", "harrow:999002"],
    ]);
    expect(refused.headers.get("location")).toContain("error=issue");
    const kept = await submitForm(readForm(html, pageUrl, "keywords"), {}, site.baseUrl, ticked);
    expect(kept.headers.get("location")).toContain("saved=1");
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).preferences).toMatchObject({
      issues: [{ council: "harrow", iid: 999_001 }],
    });
  });
});
