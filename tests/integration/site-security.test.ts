// Safety with untrusted content, against a real `next build` + `next start`: scraped text full of markup is shown
// as text and never becomes markup, scraped links that are not http(s) never become links, every response
// carries the security headers, and pages are complete HTML that needs no script (so the strict CSP breaks none).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import {
  addSummary,
  createCommittee,
  createCouncil,
  createMeeting,
  createPerson,
  createTopic,
  sampleSummary,
  tagItem,
  tagMeeting,
} from "../../kit/factories";
import { committeePath, meetingPath, personPath } from "@/lib/urls";
import { signSubscriberLink } from "@/lib/subscriptions/tokens";
import { getEnv } from "@/lib/env";

const prisma = createTestPrisma();
let site: RunningSite;

const XSS = `<script>alert("xss")</script>`;
const IMG = `<img src=x onerror="alert('img')">`;
const JS_URL = "javascript:alert(document.cookie)";
const pages: Record<string, string> = {};

beforeAll(async () => {
  await resetDatabase(prisma);
  const council = await createCouncil(prisma);
  const committee = await createCommittee(prisma, council, {
    externalId: 900,
    name: `Hostile ${XSS} Panel`,
    purpose: `${IMG} purpose`,
  });
  const person = await createPerson(prisma, council, {
    name: `Councillor ${IMG} Smith`,
    uid: 77,
    party: XSS,
    ward: IMG,
    photoUrl: JS_URL,
  });
  await prisma.person.update({ where: { id: person.id }, data: { profileUrl: " JaVaScRiPt:alert(1)" } });
  const startsAt = new Date("2025-07-08T17:30:00Z");
  const { meeting, items, documents } = await createMeeting(prisma, council, committee, {
    externalId: 4242,
    startsAt,
    title: `${XSS} Meeting ${IMG}`,
    venue: XSS,
    statusNote: IMG,
    officialUrl: JS_URL,
    webcastUrl: "JaVaScRiPt:alert(1)",
    items: [
      {
        title: `Item ${XSS}`,
        description: IMG,
        minutesText: `Minutes ${XSS}\nRESOLVED: ${IMG}`,
        decisionText: `<a href="javascript:alert(1)">click</a>`,
      },
    ],
    documents: [
      { title: `Doc ${XSS}`, kind: "public_reports_pack", url: JS_URL },
      { title: `Supplement ${IMG}`, kind: "supplement", url: "data:text/html,<script>alert(1)</script>", item: 0 },
    ],
    attendance: [{ person, status: "present", role: XSS }],
  });
  const cite = { documentId: documents[0]!.id, url: JS_URL, page: 2 };
  await addSummary(
    prisma,
    meeting,
    sampleSummary({
      overview: `Overview ${XSS} ${IMG}`,
      procedural: IMG,
      sections: [
        {
          heading: `Heading ${IMG}`,
          itemNumber: XSS,
          bullets: [{ text: `Bullet ${XSS}`, source: cite }],
          tables: [{ caption: XSS, header: [IMG], rows: [[XSS]], source: cite }],
          decision: `RESOLVED: ${IMG}`,
        },
      ],
      footnotes: [{ term: "Overview", explanation: XSS }],
      missing: [IMG],
    }),
  );
  const topic = await createTopic(prisma, { slug: "hostile", name: `Topic ${XSS}`, description: IMG });
  await tagMeeting(prisma, meeting, topic, [
    { text: `Quote ${XSS}`, source: { documentId: null, url: JS_URL, page: null } },
  ]);
  await tagItem(prisma, items[0]!, topic, [{ text: `Item quote ${IMG}`, source: cite }]);

  pages.home = "/";
  pages.meeting = meetingPath({ councilSlug: "harrow", externalId: 4242, committeeName: committee.name, startsAt });
  pages.committee = committeePath({ councilSlug: "harrow", externalId: 900, name: committee.name });
  pages.person = personPath({ councilSlug: "harrow", id: person.id, externalId: person.externalId, name: person.name });
  pages.topic = "/harrow/topics/hostile";
  pages.topics = "/harrow/topics";
  pages.committees = "/harrow/committees";
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl());
});

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
});

/** Every attribute name of every tag (React double-quotes values and escapes "<", ">" and quotes inside them). */
function attributeNames(html: string): string[] {
  const names: string[] = [];
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    const attrs = tag.replace(/^<[a-zA-Z0-9-]+/, "").replace(/"[^"]*"|'[^']*'/g, '""');
    for (const m of attrs.matchAll(/([^\s=/>"']+)\s*(=|(?=[\s/>]))/g)) names.push(m[1]!.toLowerCase());
  }
  return names;
}

async function get(path: string) {
  const response = await fetch(site.baseUrl + path, { redirect: "manual" });
  return { response, html: await response.text() };
}

describe("hostile markup in scraped content", () => {
  it("is shown as text on every page type, never as markup or script", async () => {
    for (const [name, path] of Object.entries(pages)) {
      const { response, html } = await get(path);
      expect(response.status, name).toBe(200);
      // Not even inside Next's inline data scripts, where "</script>" would end the script early.
      expect(html, name).not.toContain("<script>alert");
      expect(
        attributeNames(html).filter((a) => a.startsWith("on")),
        name,
      ).toEqual([]);
      expect(html, name).not.toContain("<img src=x");
    }
    // Where the strings are displayed, they are escaped text.
    const { html } = await get(pages.meeting!);
    expect(html).toContain("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(&#x27;img&#x27;)&quot;&gt;");
    expect(html).toContain("&lt;a href=&quot;javascript:alert(1)&quot;&gt;click&lt;/a&gt;");
  });

  it("never turns a javascript: or data: address into a link or image", async () => {
    for (const [name, path] of Object.entries(pages)) {
      const { html } = await get(path);
      expect(html, name).not.toMatch(/\s(href|src|action)\s*=\s*["']?\s*(javascript|data):/i);
    }
    const { html } = await get(pages.meeting!);
    expect(html).not.toContain(">View on council website<");
    expect(html).not.toContain(">Watch video of meeting<");
    // The documents are still listed, by title, without a link.
    expect(html).toMatch(/<span>Doc &lt;script&gt;alert\(&quot;xss&quot;\)&lt;\/script&gt;<\/span>/);
  });
});

describe("security headers and the Content-Security-Policy", () => {
  it("sends the headers on pages, redirects, 404s and static files", async () => {
    const paths = [
      pages.home!,
      pages.meeting!,
      "/harrow/meetings/4242",
      "/harrow/meetings/1-none",
      "/nowhere",
      "/icon.svg",
    ];
    for (const path of paths) {
      const { response } = await get(path);
      const h = response.headers;
      const csp = h.get("content-security-policy") ?? "";
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ]) {
        expect(csp, `${path}: ${directive}`).toContain(directive);
      }
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
      expect(h.get("x-content-type-options"), path).toBe("nosniff");
      expect(h.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(h.get("x-frame-options"), path).toBe("DENY");
      expect(h.get("permissions-policy"), path).toContain("camera=()");
    }
  });

  it("answers an address that is not valid UTF-8 with 400, a readable page and the usual headers", async () => {
    for (const path of [
      "/harrow/meetings/%ff%fe",
      "/%c0%af",
      "/harrow/%E0%A4%A",
      "/harrow/meetings/%ff?q=1",
      "/harrow/committees/%ed%a0%80",
    ]) {
      const { response, html } = await get(path);
      expect(response.status, path).toBe(400);
      expect(response.headers.get("content-type"), path).toMatch(/^text\/html/);
      expect(html, path).toContain("Bad request");
      expect(response.headers.get("content-security-policy") ?? "", path).toContain("default-src 'self'");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
    }
    // The query is the page's business: search shows any input.
    expect((await get("/harrow/search?q=%ff%fe")).response.status).toBe(200);
  });

  it("sends neither HSTS nor upgrade-insecure-requests when the site is served over plain http", async () => {
    const { response } = await get(pages.home!);
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(response.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
  });

  it("lets the one-click unsubscribe page keep its own stricter headers", async () => {
    const token = signSubscriberLink(getEnv().APP_SECRET, "unsubscribe", 1, 1);
    const { response, html } = await get(`/unsubscribe/one-click?token=${encodeURIComponent(token)}`);
    expect(response.status).toBe(200);
    expect(html).toContain("Unsubscribe from the weekly digest?");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("cache-control")).toBe("no-store");
    // The site's other headers still apply where the page sets none.
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("serves pages that are complete without scripts and load nothing from elsewhere", async () => {
    for (const [name, path] of Object.entries(pages)) {
      const { html } = await get(path);
      // No streamed Suspense boundary (React would need an inline script to reveal it), no inline styles.
      expect(html, name).not.toContain("$RC(");
      expect(html, name).not.toMatch(/<template id="B:/);
      expect(html, name).not.toMatch(/<style[\s>]|\sstyle="/);
      // A canonical or feed link names an address (absolutely, on PUBLIC_BASE_URL) and loads nothing; other tags load.
      const loading = html.replace(/<link rel="(canonical|alternate)"[^>]*>/g, "");
      expect(loading, name).not.toMatch(/<(script|img|link|iframe)[^>]*\s(src|href)="(https?:)?\/\//i);
      expect(html, name).toMatch(/<link rel="stylesheet" href="\/_next\/static\//);
    }
  });
});

describe("headers worked out when the server starts, not when the site was built", () => {
  let https: RunningSite;
  beforeAll(async () => {
    // The same build as above (made with an http PUBLIC_BASE_URL), started for an https address.
    https = await startSite(testDatabaseUrl(), {
      PUBLIC_BASE_URL: "https://digest.example.org",
      APP_SECRET: "x".repeat(40),
    });
  });
  afterAll(async () => {
    await https?.stop();
  });

  it("sends HSTS and upgrade-insecure-requests on every response when PUBLIC_BASE_URL is https", async () => {
    for (const path of [
      pages.home!,
      pages.meeting!,
      "/nowhere",
      "/icon.svg",
      "/harrow/feed.xml",
      "/api/v1/meetings",
      "/harrow/meetings/%ff",
    ]) {
      const response = await fetch(https.baseUrl + path, { redirect: "manual" });
      await response.arrayBuffer();
      expect(response.headers.get("strict-transport-security"), path).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
      expect(response.headers.get("content-security-policy"), path).toContain("upgrade-insecure-requests");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
  });
});
