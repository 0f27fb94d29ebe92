// One-click unsubscribe (RFC 8058) through the route handler itself, called with a Request; and the preferences
// link: what it shows, what it saves, and what it refuses.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signSubscriberLink } from "@/lib/subscriptions/tokens";
import {
  loadSubscriberPreferences,
  listPreferenceOptions,
  revokeSubscriberLinks,
  savePreferences,
} from "@/lib/subscriptions/manage-preferences";
import { DEFAULT_PREFERENCES } from "@/lib/subscriptions/preferences";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { createSubscribers, seedDigestWeek, TEST_SETTINGS } from "../../kit/digest-fixtures";

// The route reads its configuration from the environment, as it does under Next.js.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.APP_SECRET = TEST_SETTINGS.secret;
const route = await import("@/app/(site)/unsubscribe/one-click/route");
const { getPrisma } = await import("@/lib/db");

const prisma = createTestPrisma();
const secret = TEST_SETTINGS.secret;

beforeAll(async () => {
  await resetDatabase(prisma);
  await seedDigestWeek(prisma);
});

beforeEach(async () => {
  await prisma.subscriber.deleteMany();
});

afterAll(async () => {
  await getPrisma().$disconnect();
  await prisma.$disconnect();
});

function oneClickRequest(token: string, method: "GET" | "POST") {
  return new Request(`https://harrow-digest.example.org/unsubscribe/one-click?token=${encodeURIComponent(token)}`, {
    method,
    headers: method === "POST" ? { "Content-Type": "application/x-www-form-urlencoded" } : {},
    body: method === "POST" ? "List-Unsubscribe=One-Click" : undefined,
  });
}

async function subscriber(email = "reader@example.org", status: "confirmed" | "pending" = "confirmed") {
  const [row] = await createSubscribers(prisma, [email], {
    status,
    preferences: { scope: "selected", topics: ["housing"] },
  });
  return row!;
}

describe("one-click unsubscribe", () => {
  it("answers a POST with 200, no redirect and no cookie, and unsubscribes; a repeat is harmless", async () => {
    const { id } = await subscriber();
    const token = signSubscriberLink(secret, "unsubscribe", id, 1);
    for (let i = 0; i < 3; i++) {
      const response = await route.POST(oneClickRequest(token, "POST"));
      expect(response.status).toBe(200);
      expect(response.headers.get("location")).toBeNull();
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).toContain("You won't receive the weekly digest any more.");
    }
    const row = await prisma.subscriber.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("unsubscribed");
    expect(row.unsubscribedAt).not.toBeNull();
    expect(row.preferences).toEqual({ scope: "selected", topics: ["housing"] }); // kept, should they come back
  });

  it("shows a page with a button on GET and changes nothing", async () => {
    const { id } = await subscriber();
    const token = signSubscriberLink(secret, "unsubscribe", id, 1);
    const response = route.GET(oneClickRequest(token, "GET"));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<form method="post" action="\?token=[\w.-]+">/);
    expect(html).toContain('<button type="submit"');
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id } })).status).toBe("confirmed");
  });

  it("refuses forged tokens politely and leaves everyone subscribed", async () => {
    const { id } = await subscriber();
    const forged = [
      signSubscriberLink("another-secret-another-secret-0000", "unsubscribe", id, 1),
      signSubscriberLink(secret, "preferences", id, 1), // right subscriber, wrong purpose
      `${id}.1.${"A".repeat(43)}`,
      "",
      "1.1",
      "9".repeat(5000),
    ];
    for (const token of forged) {
      const post = await route.POST(oneClickRequest(token, "POST"));
      expect(post.status).toBe(400);
      expect(await post.text()).toContain("This unsubscribe link is not valid");
      expect(route.GET(oneClickRequest(token, "GET")).status).toBe(400);
    }
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id } })).status).toBe("confirmed");
  });
});

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

describe("preferences through a signed link", () => {
  it("offers every council the site covers with its active committees, and the topics of the database", async () => {
    const options = await listPreferenceOptions(prisma, [
      { slug: "harrow", name: "Harrow Council" },
      { slug: "brent", name: "Brent Council" },
    ]);
    expect(options.councils.map((c) => c.name)).toEqual(["Harrow Council", "Brent Council"]);
    expect(options.councils[0]!.committees.map((c) => `${c.council}:${c.cid} ${c.name}`)).toEqual([
      "harrow:249 Cabinet",
      "harrow:788 Corporate Parenting Panel",
      "harrow:276 Overview and Scrutiny Committee",
      "harrow:1001 Planning Committee",
    ]);
    expect(options.councils[1]!.committees).toEqual([]); // none imported in this database
    expect(options.topics.map((t) => t.slug)).toEqual(["childrens-services", "housing"]);
  });

  it("keeps the councils a subscriber follows unless they change them", async () => {
    const [row] = await createSubscribers(prisma, ["brent-reader@example.org"], {
      status: "confirmed",
      preferences: { scope: "all", councils: ["brent"] },
    });
    const token = signSubscriberLink(secret, "preferences", row!.id, 1);
    const stored = async () =>
      (await prisma.subscriber.findUniqueOrThrow({ where: { id: row!.id } })).preferences as { councils: string[] };

    // A form that did not show the councils (an old copy of the page) changes other things, never the councils.
    expect((await savePreferences(prisma, secret, token, form({ scope: "all", onlyWhenMatches: "on" }))).ok).toBe(true);
    expect((await stored()).councils).toEqual(["brent"]);
    // The page's form: the councils ticked.
    expect(
      (
        await savePreferences(
          prisma,
          secret,
          token,
          form({ "councils-shown": "1", scope: "all", council: ["harrow", "brent"] }),
        )
      ).ok,
    ).toBe(true);
    expect((await stored()).councils).toEqual(["harrow", "brent"]);
    // Nothing ticked, or a council the site does not cover: refused, nothing changed.
    expect(await savePreferences(prisma, secret, token, form({ "councils-shown": "1", scope: "all" }))).toEqual({
      ok: false,
      errors: ["no-council"],
    });
    expect(
      await savePreferences(prisma, secret, token, form({ "councils-shown": "1", scope: "all", council: "camden" })),
    ).toEqual({ ok: false, errors: ["council"] });
    expect(
      await savePreferences(prisma, secret, token, form({ "councils-shown": "1", scope: "all", council: "<b>" })),
    ).toEqual({ ok: false, errors: ["council"] });
    expect((await stored()).councils).toEqual(["harrow", "brent"]);
    // With "selected" the councils do not decide anything: none ticked keeps them.
    expect(
      (
        await savePreferences(
          prisma,
          secret,
          token,
          form({ "councils-shown": "1", scope: "selected", topic: "housing" }),
        )
      ).ok,
    ).toBe(true);
    expect((await stored()).councils).toEqual(["harrow", "brent"]);
  });

  it("shows and saves a subscriber's choices", async () => {
    const { id } = await subscriber();
    const token = signSubscriberLink(secret, "preferences", id, 1);
    const view = await loadSubscriberPreferences(prisma, secret, token);
    expect(view).toMatchObject({
      maskedEmail: "r•••@example.org",
      status: "confirmed",
      preferences: { ...DEFAULT_PREFERENCES, scope: "selected", topics: ["housing"] },
    });
    const result = await savePreferences(
      prisma,
      secret,
      token,
      form({
        scope: "selected",
        committee: ["harrow:788", "harrow:788"],
        topic: "childrens-services",
        keywords: "Stanmore, libraries,, stanmore",
        onlyWhenMatches: "on",
      }),
    );
    expect(result.ok).toBe(true);
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id } })).preferences).toEqual({
      scope: "selected",
      councils: ["harrow"],
      committees: [{ council: "harrow", cid: 788 }],
      topics: ["childrens-services"],
      keywords: ["Stanmore", "libraries"],
      onlyWhenMatches: true,
      // issues followed are kept by the form (issue 15): none here
      issues: [],
    });
  });

  it("refuses unknown or malformed choices with a reason, changing nothing", async () => {
    const { id } = await subscriber();
    const token = signSubscriberLink(secret, "preferences", id, 1);
    const before = (await prisma.subscriber.findUniqueOrThrow({ where: { id } })).preferences;
    const cases: [Record<string, string | string[]>, string[]][] = [
      [{ scope: "selected", committee: "harrow:99999" }, ["committee"]],
      [{ scope: "selected", committee: "camden:788" }, ["committee"]],
      [{ scope: "selected", committee: "788" }, ["committee"]],
      [{ scope: "selected", topic: "parking" }, ["topic"]],
      [{ scope: "selected", topic: "<b>housing</b>" }, ["topic"]],
      [{ scope: "everything-please" }, ["scope"]],
      [{ scope: "selected" }, ["nothing-picked"]],
      [{ scope: "selected", keywords: "x" }, ["keyword-length"]],
      [{ scope: "selected", keywords: "a".repeat(51) }, ["keyword-length"]],
      [{ scope: "selected", keywords: Array.from({ length: 21 }, (_, i) => `word${i}`).join(",") }, ["keyword-count"]],
    ];
    for (const [fields, errors] of cases) {
      expect(await savePreferences(prisma, secret, token, form(fields)), JSON.stringify(fields)).toEqual({
        ok: false,
        errors,
      });
    }
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id } })).preferences).toEqual(before);
  });

  it("refuses forged, other-purpose and revoked links, and those of people not subscribed", async () => {
    const { id } = await subscriber();
    const pending = await subscriber("pending@example.org", "pending");
    const fields = form({ scope: "all" });
    for (const token of [
      signSubscriberLink(secret, "unsubscribe", id, 1),
      signSubscriberLink("x".repeat(40), "preferences", id, 1),
      "nonsense",
    ]) {
      expect(await loadSubscriberPreferences(prisma, secret, token)).toBeNull();
      expect(await savePreferences(prisma, secret, token, fields)).toEqual({ ok: false, errors: ["invalid-link"] });
    }
    await prisma.subscriber.update({ where: { id }, data: { linkVersion: 2 } });
    expect(await savePreferences(prisma, secret, signSubscriberLink(secret, "preferences", id, 1), fields)).toEqual({
      ok: false,
      errors: ["invalid-link"],
    });
    expect((await savePreferences(prisma, secret, signSubscriberLink(secret, "preferences", id, 2), fields)).ok).toBe(
      true,
    );
    expect(
      await savePreferences(prisma, secret, signSubscriberLink(secret, "preferences", pending.id, 1), fields),
    ).toEqual({ ok: false, errors: ["not-subscribed"] });
  });
});

describe("signing out of all links", () => {
  it("stops every preferences link sent so far from working, and only those; old unsubscribe links still unsubscribe", async () => {
    const [row, other] = await createSubscribers(prisma, ["leaked@example.org", "neighbour@example.org"], {
      status: "confirmed",
    });
    const oldPreferences = signSubscriberLink(secret, "preferences", row!.id, 1);
    const oldUnsubscribe = signSubscriberLink(secret, "unsubscribe", row!.id, 1);
    const neighbour = signSubscriberLink(secret, "preferences", other!.id, 1);

    expect(await revokeSubscriberLinks(prisma, secret, oldPreferences)).toEqual({
      id: row!.id,
      email: "leaked@example.org",
      linkVersion: 2,
    });
    expect(await loadSubscriberPreferences(prisma, secret, oldPreferences)).toBeNull();
    expect(await savePreferences(prisma, secret, oldPreferences, form({ scope: "all" }))).toEqual({
      ok: false,
      errors: ["invalid-link"],
    });
    // A used link cannot revoke again (whoever holds it cannot lock the owner out of the new links).
    expect(await revokeSubscriberLinks(prisma, secret, oldPreferences)).toBeNull();
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: row!.id } })).linkVersion).toBe(2);
    // The new links work; other subscribers' links are untouched; forged and other-purpose tokens revoke nothing.
    expect(
      await loadSubscriberPreferences(prisma, secret, signSubscriberLink(secret, "preferences", row!.id, 2)),
    ).toMatchObject({ status: "confirmed" });
    expect(await loadSubscriberPreferences(prisma, secret, neighbour)).toMatchObject({ status: "confirmed" });
    expect(
      await revokeSubscriberLinks(prisma, secret, signSubscriberLink(secret, "unsubscribe", other!.id, 1)),
    ).toBeNull();
    expect(
      await revokeSubscriberLinks(prisma, secret, signSubscriberLink("y".repeat(40), "preferences", other!.id, 1)),
    ).toBeNull();
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: other!.id } })).linkVersion).toBe(1);
    // Leaving always works, from any email ever sent (RFC 8058 one-click included).
    expect(await (await route.POST(oneClickRequest(oldUnsubscribe, "POST"))).status).toBe(200);
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: row!.id } })).status).toBe("unsubscribed");
  });
});
