// Council hosts only (issue 12, part 7), end to end: links a council page gives to other hosts, other ports of
// this machine, numeric IP forms and redirects off the site are never requested; off-site document links are
// stored and shown as external. NUL and other control characters in a page are stripped before storing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { DocumentEntry } from "@/app/_components/document-list";
import { toDocumentView } from "@/lib/data/document-groups";
import { createTestPrisma } from "../helpers/db";
import { replayPerTest, scrapeReplay } from "../helpers/replay";
import { startInlineServer } from "../unit/http/test-helpers";

const prisma = createTestPrisma();
let trap: Awaited<ReturnType<typeof startInlineServer>>;
const trapHits: string[] = [];

const CPP = "/ieListDocuments.aspx?CId=788&MId=66101&Ver=4";
const onlyCpp = { committeeIds: [788] };

const replay = replayPerTest(prisma);
beforeAll(async () => {
  // Stands in for anything on this machine that is not the mirror (PostgreSQL, an admin port...).
  trap = await startInlineServer((req, res) => {
    trapHits.push(req.url ?? "");
    res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4 stolen");
  });
});
beforeEach(() => {
  trapHits.length = 0;
});
afterAll(async () => {
  await trap?.close();
});

describe("a scrape requests the council's hosts and its mirror only", () => {
  it("stores off-site links as external and never requests them, nor a redirect off the site", async () => {
    const trapPort = new URL(trap.baseUrl).port;
    const page = await fetch(`${replay.baseUrl}${CPP}`).then((r) => r.text());
    const links = [
      `<li><a href="${trap.baseUrl}/local.pdf">Local report <span class="mgFileSize">PDF 1 KB</span></a></li>`,
      `<li><a href="http://2130706433:${trapPort}/decimal.pdf">Decimal report</a></li>`,
      `<li><a href="http://0x7f.0.0.1:${trapPort}/hex.pdf">Hex report</a></li>`,
      `<li><a href="https://www.gov.uk/government/publications/guidance.pdf">National guidance</a></li>`,
    ].join("");
    replay.override(CPP, { body: page.replace('<ul  class="mgActionList" >', `<ul  class="mgActionList" >${links}`) });
    // A council PDF that redirects to this machine's other port.
    replay.setFaults([{ match: "/s198812/", redirect: `${trap.baseUrl}/redirected.pdf` }]);

    const result = await scrapeReplay(prisma, replay, { maxRetries: 0 }, onlyCpp);
    expect(trapHits).toEqual([]);
    const meeting = await prisma.meeting.findFirstOrThrow({
      where: { externalId: 66101 },
      include: { documents: true },
    });
    const external = meeting.documents.filter((d) => d.isExternal).map((d) => [d.title, d.fetchStatus]);
    expect(external.sort()).toEqual([
      ["Decimal report", "skipped"],
      ["Hex report", "skipped"],
      ["Local report", "skipped"],
      ["National guidance", "skipped"],
    ]);
    expect(
      meeting.documents
        .filter((d) => !d.isExternal)
        .every((d) => d.url?.startsWith("https://moderngov.harrow.gov.uk/") ?? true),
    ).toBe(true);
    const redirected = meeting.documents.find((d) => d.url?.includes("/s198812/"));
    expect(redirected).toMatchObject({ fetchStatus: "failed", isExternal: false });
    expect(redirected?.fetchError).toMatch(/Not requesting .*redirected\.pdf.*IP address/);
    expect(result.errors.find((e) => e.url.includes("/s198812/"))?.kind).toBe("fetch:off-site");

    const html = renderToStaticMarkup(
      DocumentEntry({ doc: toDocumentView(meeting.documents.find((d) => d.title === "National guidance")!) }),
    );
    expect(html).toMatch(/External link \(not on the council.s site\)/);
    expect(html).toContain('href="https://www.gov.uk/government/publications/guidance.pdf"');
  });

  it("strips NUL and other control characters from pages before storing them", async () => {
    const list = await fetch(`${replay.baseUrl}/mgListCommittees.aspx?bcr=1`).then((r) => r.text());
    const page = await fetch(`${replay.baseUrl}${CPP}`).then((r) => r.text());
    replay.override("/mgListCommittees.aspx?bcr=1", {
      body: list.replace("<head>", "<head><!-- \u0000 a NUL in a comment -->"),
    });
    replay.override(CPP, {
      body: page.replaceAll("Corporate Parenting Panel - Thursday", "Corporate Parenting\u0000 Panel\u0007 - Thursday"),
    });
    const result = await scrapeReplay(prisma, replay, { maxRetries: 0 }, onlyCpp);
    expect(result.failureReason).toBeNull();
    expect(result.errors.filter((e) => e.scope === "required")).toEqual([]);
    const meeting = await prisma.meeting.findFirstOrThrow({ where: { externalId: 66101 } });
    expect(meeting.title).toBe("Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm");
    const stored = await prisma.fetchedPage.findFirstOrThrow({ where: { url: { contains: "mgListCommittees" } } });
    expect(stored.body).not.toMatch(/[\u0000\u0007]/);
  });
});
