// Pack choosers (mgChooseDocPack.aspx) are followed to the PDFs they list; a document link that answers an HTML
// page is recorded once as "not a PDF" and not asked for again until the meeting's page changes.
import { beforeAll, describe, expect, it } from "vitest";
import { createTestPrisma } from "../helpers/db";
import { scrapeReplay, replayPerTest } from "../helpers/replay";

const prisma = createTestPrisma();
let cppPage: string;

const CPP = "/ieListDocuments.aspx?CId=788&MId=66101&Ver=4";
const onlyCpp = { committeeIds: [788] };
const PACK_HREF = "documents/g66109/Public reports pack Thursday 23-Oct-2025 18.00 Corporate Parenting Panel.pdf?T=10";

// A chooser page as ModernGov serves it: its own page furniture around a list of the pack's PDFs.
const CHOOSER = `<!DOCTYPE html><html lang="en"><head><title>Agenda reports pack - Harrow Council</title></head><body>
<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda reports pack</h1></div>
<div class="mgContent"><p>Choose the document pack you want to download.</p>
<ul class="mgBulletList">
<li><a href="${PACK_HREF}">Public reports pack <span class="mgFileSize">PDF 66 KB</span></a></li>
<li><a href="mgChooseDocPack.aspx?ID=66109&amp;SID=1">Back to the packs</a></li>
</ul></div></div></body></html>`;

const replay = replayPerTest(prisma);
beforeAll(async () => {
  cppPage = await fetch(`${replay.baseUrl}${CPP}`).then((r) => r.text());
});

describe("document packs behind a chooser page", () => {
  it("follows mgChooseDocPack.aspx to the PDFs it lists and reads them", async () => {
    const withChooser = cppPage.replace(`href="${PACK_HREF}"`, 'href="mgChooseDocPack.aspx?ID=66109"');
    expect(withChooser).not.toBe(cppPage);
    replay.override(CPP, { body: withChooser });
    replay.override("/mgChooseDocPack.aspx?ID=66109", { body: CHOOSER });

    const result = await scrapeReplay(prisma, replay, {}, onlyCpp);
    expect(result.errors.filter((e) => /ChooseDocPack|g66109/.test(e.url))).toEqual([]);
    const docs = await prisma.document.findMany({
      where: { meeting: { externalId: 66101 }, kind: "public_reports_pack" },
      orderBy: { id: "asc" },
    });
    const chooser = docs.find((d) => d.url?.includes("mgChooseDocPack"));
    const pack = docs.find((d) => d.url?.includes("/g66109/Public%20reports%20pack"));
    expect(chooser).toMatchObject({ fetchStatus: "fetched", text: null });
    expect(pack).toMatchObject({ fetchStatus: "fetched", title: "Agenda reports pack: Public reports pack" });
    expect(pack?.text?.length).toBeGreaterThan(1000);

    // A re-run revalidates the chooser and the PDF and changes nothing.
    const again = await scrapeReplay(prisma, replay, {}, onlyCpp);
    expect(again.status).toBe("succeeded");
    expect(again.counters.documents).toMatchObject({ fetched: 0, updated: 0, failed: 0 });
  });

  it("records a document answering HTML once as not a PDF, and asks again only when the meeting page changes", async () => {
    replay.override("/documents/s198812/Children%20Missing%20from%20Care%20Q2%202025-26.pdf", {
      body: cppPage,
      contentType: "text/html; charset=utf-8",
    });
    const report = () => prisma.document.findFirstOrThrow({ where: { url: { contains: "/s198812/" } } });
    const asked = (from: number) => replay.requests.slice(from).filter((r) => r.url.includes("/s198812/")).length;

    let logStart = replay.requests.length;
    const first = await scrapeReplay(prisma, replay, { maxRetries: 0 }, onlyCpp);
    expect(asked(logStart)).toBe(1);
    expect(first.errors.filter((e) => e.url.includes("/s198812/")).map((e) => e.kind)).toEqual(["fetch:not-pdf"]);
    expect((await report()).fetchError).toMatch(/^Not a PDF/);

    logStart = replay.requests.length;
    const second = await scrapeReplay(prisma, replay, { maxRetries: 0 }, onlyCpp);
    expect(asked(logStart)).toBe(0);
    expect(second.errors.filter((e) => e.url.includes("/s198812/"))).toEqual([]);
    expect((await report()).fetchStatus).toBe("failed");

    replay.override(CPP, {
      body: cppPage.replace(
        "Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm",
        "Corporate Parenting Panel - Thursday 23 October 2025 6.30 pm",
      ),
    });
    logStart = replay.requests.length;
    await scrapeReplay(prisma, replay, { maxRetries: 0 }, onlyCpp);
    expect(asked(logStart)).toBe(1);
  });
});
