// "Report a problem" without CORRECTIONS_EMAIL: the meeting page links to the site's form, which a browser
// without JavaScript posts; the report is stored and listed on /ops/status for the operator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { seedHarrowSample, SAMPLE_NOW } from "../../kit/factories";
import { readForm, submitForm, textOf } from "../helpers/html-text";

const prisma = createTestPrisma();
const OPS_SECRET = "ops-secret-for-the-report-test";
const MEETING = "/harrow/meetings/73254-overview-and-scrutiny-committee-2025-07-08";
let site: RunningSite;

beforeAll(async () => {
  await resetDatabase(prisma);
  await seedHarrowSample(prisma);
  process.env.OPS_SECRET = OPS_SECRET;
  delete process.env.CORRECTIONS_EMAIL;
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl(), { CLOCK_NOW: SAMPLE_NOW.toISOString() });
});

afterAll(async () => {
  await site?.stop();
  delete process.env.OPS_SECRET;
  await prisma.$disconnect();
});

async function reportFormFor(path: string) {
  const html = await (await fetch(site.baseUrl + path)).text();
  const href = /<a[^>]*href="([^"]+)"[^>]*>Report a problem<\/a>/.exec(html)?.[1]?.replaceAll("&amp;", "&");
  expect(href).toBe(`/report?page=${encodeURIComponent(path)}`);
  expect(html).not.toContain(".invalid");
  const formUrl = site.baseUrl + href!;
  return readForm(await (await fetch(formUrl)).text(), formUrl, "message");
}

async function submit(values: Record<string, string>) {
  const form = await reportFormFor(MEETING);
  const posted = await submitForm(form, values, site.baseUrl);
  expect(posted.status).toBe(303);
  const location = posted.headers.get("location")!;
  return { location, text: textOf(await (await fetch(new URL(location, site.baseUrl))).text()) };
}

describe("reporting a problem", () => {
  it("stores the report from the meeting page's form and thanks the reader", async () => {
    const { location, text } = await submit({
      message: "The summary says 22 children; the report says 21.",
      contact: "reader@example.org",
    });
    expect(location).toMatch(/^\/report\?result=saved&page=/);
    expect(text).toContain("Thank you: your report has been passed");
    const reports = await prisma.problemReport.findMany();
    expect(reports).toEqual([
      expect.objectContaining({
        pagePath: MEETING,
        message: "The summary says 22 children; the report says 21.",
        contact: "reader@example.org",
      }),
    ]);
  });

  it("refuses an empty report and stores nothing", async () => {
    const { location, text } = await submit({ message: "bad", contact: "" });
    expect(location).toMatch(/result=invalid/);
    expect(text).toContain("Please describe the problem");
    expect(await prisma.problemReport.count()).toBe(1);
  });

  it("lists stored reports on /ops/status", async () => {
    const response = await fetch(`${site.baseUrl}/ops/status`, {
      headers: { authorization: `Basic ${Buffer.from(`ops:${OPS_SECRET}`).toString("base64")}` },
    });
    expect(response.status).toBe(200);
    const text = textOf(await response.text());
    expect(text).toContain("Problems reported by readers");
    expect(text).toContain(MEETING);
    expect(text).toContain("The summary says 22 children; the report says 21.");
  });
});
