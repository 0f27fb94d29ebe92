// The search page from a real `next build` + `next start`: a plain GET form, highlighted results whose scraped
// text stays text, explanations instead of errors for odd input, pages, and the /search shortcut.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCommittee, createMeeting } from "../../kit/factories";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { createTestPrisma, testDatabaseUrl, startFromSnapshot } from "../helpers/db";
import { textOf } from "../helpers/html-text";
import { searchCouncil } from "@/lib/data/search";
import { parseSearchParams } from "@/lib/search/search-params";

// The snapshot scraped and summarised as of its own day, 2026-11-26T12:00Z (tests/helpers/snapshot-db.ts).
startFromSnapshot("summarised");
const prisma = createTestPrisma();
let site: RunningSite;

const XSS_TITLE = `<script>alert("title")</script><img src=x onerror=alert(2)> Quokka Panel`;

async function get(path: string): Promise<{ status: number; html: string; response: Response }> {
  const response = await fetch(site.baseUrl + path, { redirect: "manual" });
  return { status: response.status, html: await response.text(), response };
}

/** The page's HTML without Next's own script tags, which are the only <script> allowed to appear. */
const withoutNextScripts = (html: string) =>
  html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, (tag) => (/alert\(/.test(tag) ? tag : ""));

beforeAll(async () => {
  const council = await prisma.council.findUniqueOrThrow({ where: { slug: "harrow" } });
  const panel = await createCommittee(prisma, council, { externalId: 9901, name: "Wildlife Panel" });
  const { documents } = await createMeeting(prisma, council, panel, {
    externalId: 99001,
    startsAt: new Date("2026-02-10T18:30:00Z"),
    title: XSS_TITLE,
    documents: [{ title: `<b onclick="alert(3)">Quokka</b> report.pdf`, kind: "item_report" }],
  });
  await prisma.document.update({
    where: { id: documents[0]!.id },
    data: { text: `The quokka report <script>alert("text")</script> \uE000not a highlight\uE001 ends here.` },
  });
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl());
});

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
});

describe("search page", () => {
  it("is a GET form that works without JavaScript, with committee, topic and date filters", async () => {
    const { status, html } = await get("/harrow/search");
    expect(status).toBe(200);
    expect(html).toMatch(/<form[^>]*action="\/harrow\/search"[^>]*method="get"/);
    expect(html).toMatch(/<input[^>]*name="q"/);
    expect(html).toMatch(/<option value="788">Corporate Parenting Panel<\/option>/);
    expect(html).toMatch(/<option value="childrens-services">Children(&#x27;|')s services<\/option>/);
    expect(html).toMatch(/<input(?=[^>]*name="from")(?=[^>]*type="date")[^>]*>/);
    expect(html).toContain('<meta name="robots" content="noindex, follow"/>');
  });

  it("shows highlighted results with links to meetings, items and papers", async () => {
    const { status, html } = await get("/harrow/search?q=care+leavers");
    expect(status).toBe(200);
    expect(html).toMatch(/\d+ results/);
    expect(html).toMatch(/<mark[^>]*>(Care|care|Leavers|leavers)<\/mark>/);
    expect(html).toMatch(/href="\/harrow\/meetings\/\d+-[a-z0-9-]+(#item-\d+)?"/);
    expect(html).toMatch(/href="https:\/\/moderngov\.harrow\.gov\.uk\/[^"]+"/);
  });

  it("renders scraped markup as text, highlighted or not, and ignores fake markers in stored text", async () => {
    const { html } = await get("/harrow/search?q=quokka");
    const page = withoutNextScripts(html);
    expect(page).not.toMatch(/<script>alert/);
    expect(page).not.toMatch(/<img src=x/);
    expect(page).not.toMatch(/<b onclick/);
    expect(html).toContain("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;");
    // A highlight inside scraped markup: the markup around it stays text.
    expect(html).toMatch(
      /&lt;b onclick=&quot;alert\(3\)&quot;&gt;<\/span><mark[^>]*>Quokka<\/mark><span>&lt;\/b&gt; report.pdf/,
    );
    // ts_headline drops tags from snippets; what remains is text.
    expect(html).toContain("report alert(&quot;text&quot;)");
    expect(html).not.toMatch(/<mark[^>]*>not a highlight<\/mark>/);
  });

  it("echoes a hostile query safely and explains searches it cannot run", async () => {
    const hostile = `"><script>alert(1)</script> care`;
    const { status, html } = await get(`/harrow/search?q=${encodeURIComponent(hostile)}`);
    expect(status).toBe(200);
    expect(withoutNextScripts(html)).not.toMatch(/<script>alert\(1\)/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect((await get("/harrow/search?q=the+and")).html).toContain("only very common words");
    expect((await get("/harrow/search?q=-budget")).html).toContain("only says what to leave out");
    for (const q of [`'`, `\\`, `%00`, `'; drop table "Meeting"; --`, `((((`, `-"`]) {
      expect((await get(`/harrow/search?q=${encodeURIComponent(q)}`)).status, q).toBe(200);
    }
  });

  it("never fails on nonsense parameters: it says what it ignored", async () => {
    const { status, html } = await get(
      "/harrow/search?q=care&committee=abc&topic=%3Cx%3E&from=2025-02-30&to=soon&page=-4",
    );
    expect(status).toBe(200);
    expect(html).toContain("committee filter was not recognised");
    expect(html).toContain("topic filter was not recognised");
    expect(html).toContain("start date was not a date");
  });

  it("offers the papers' spelling of a misspelt word as a link, with its count", async () => {
    const budget = await searchCouncil(prisma, "harrow", parseSearchParams({ q: "budget" }).params);
    if (budget.status !== "ok") throw new Error(`search for budget gave ${budget.status}`);
    expect(budget.total).toBeGreaterThan(0);
    const { status, html } = await get("/harrow/search?q=budgett");
    expect(status).toBe(200);
    expect(html).toMatch(/<a[^>]*href="\/harrow\/search\?q=budget"[^>]*><strong[^>]*>budget<\/strong><\/a>/);
    const text = textOf(html).replace(/ \?/g, "?");
    expect(text).toContain(`No results for “budgett”.`);
    expect(text).toContain(`Did you mean budget? (${budget.total.toLocaleString("en-GB")} results)`);
    // A correctly spelt search that finds nothing is offered nothing.
    const none = await get("/harrow/search?q=budget&from=1990-01-01&to=1990-12-31");
    expect(textOf(none.html)).toContain("No results for “budget”");
    expect(none.html).not.toContain("Did you mean");
  });

  it("pages with plain links, and shows the last page for a page past the end", async () => {
    const first = await get("/harrow/search?q=council");
    expect(first.html).toMatch(
      /<a[^>]*href="\/harrow\/search\?q=council&amp;page=2"[^>]*rel="next"|<a[^>]*rel="next"[^>]*href="\/harrow\/search\?q=council&amp;page=2"/,
    );
    const past = await get("/harrow/search?q=council&page=9999");
    expect(past.status).toBe(200);
    expect(past.html).toContain("past the end of the results, so the last page is shown");
    expect(past.html).toMatch(/<span aria-current="page"[^>]*>\d+<\/span>/);
  });

  it("sends an unknown council's search to that council's address, a real 404 page", async () => {
    const { status, response } = await get("/nowhere/search?q=care");
    expect(status).toBe(307);
    expect(response.headers.get("location")).toBe("/nowhere");
    const target = await fetch(site.baseUrl + "/nowhere");
    expect(target.status).toBe(404);
    expect(await target.text()).toContain("Page not found");
  });
});

describe("/search", () => {
  it("sends the header's search box to the default council's search, query intact", async () => {
    const { status, response } = await get("/search?q=care+leavers&page=2");
    expect(status).toBe(307);
    expect(response.headers.get("location")).toBe("/harrow/search?q=care+leavers&page=2");
  });
});
