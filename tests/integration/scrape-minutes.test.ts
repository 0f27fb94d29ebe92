// Long minutes cut at "…" on the meeting page with ModernGov's "View the full minutes text" link (mgAi.aspx):
// the scraper follows the link and stores the whole text; when it cannot, the item is marked incomplete.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { AgendaItems } from "@/app/_components/agenda-items";
import { getMeetingPage } from "@/lib/data/meeting-page";
import { SNAPSHOT_NOW } from "@/lib/ingest/scrape-snapshot";
import { createTestPrisma } from "../helpers/db";
import { replayPerTest, scrapeReplay } from "../helpers/replay";

const prisma = createTestPrisma();
let cppPage: string;

const CPP = "/ieListDocuments.aspx?CId=788&MId=66101&Ver=4";
const FULL_TEXT = "/mgAi.aspx?ID=141203";
const onlyCpp = { committeeIds: [788] };
const MARKER = "The Panel also asked for a report on placement stability by March 2026.";

const FULL_MINUTES = `<!DOCTYPE html><html lang="en"><head><title>Agenda item - Harrow Council</title></head><body>
<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Agenda item - Minutes</h2></div>
<div class="mgContent"><p class="mgAiTitleTxt">Minutes</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara"><div class="WordSection1">
<p class="MsoNormal"><b>RESOLVED:</b> That the minutes of the meeting held on 30 June 2025 be taken as read and signed as a correct record.</p>
<p class="MsoNormal">${MARKER}</p>
</div></div>
<p class="mgSubItemTitleTxt">Supporting documents:</p><ul class="mgBulletList"></ul>
</div></div></body></html>`;

const replay = replayPerTest(prisma);
beforeAll(async () => {
  cppPage = await fetch(`${replay.baseUrl}${CPP}`).then((r) => r.text());
});
beforeEach(() => {
  // Item 133's minutes, cut as ModernGov cuts long minutes.
  const cut = cppPage.replace(
    /(<a name="AI141203"[\s\S]*?<p class="mgSubItemTitleTxt">Minutes:<\/p>\s*<div class="mgWordPara"><div class="WordSection1">)[\s\S]*?(<\/div>\s*<\/div>)/,
    `$1<p class="MsoNormal"><b>RESOLVED:</b> That the minutes of the meeting held on 30 June 2025 be taken ... <a href="mgAi.aspx?ID=141203">View the full minutes text for item 133.</a></p>$2`,
  );
  expect(cut).not.toBe(cppPage);
  replay.override(CPP, { body: cut });
  replay.override(FULL_TEXT, { body: FULL_MINUTES });
});

const item133 = () => prisma.agendaItem.findFirstOrThrow({ where: { sourceKey: "AI:141203" } });

describe("minutes cut short on the meeting page", () => {
  it("follows the full-text link and stores the whole minutes", async () => {
    const result = await scrapeReplay(prisma, replay, {}, onlyCpp);
    expect(result.errors.filter((e) => e.url.includes("mgAi.aspx"))).toEqual([]);
    const item = await item133();
    expect(item.minutesText).toContain(MARKER);
    expect(item.minutesText).not.toMatch(/…|View the full/);
    expect(item.minutesIncomplete).toBe(false);

    // A re-run asks for the full text conditionally and leaves the item as it is.
    const again = await scrapeReplay(prisma, replay, {}, onlyCpp);
    expect(again.status).toBe("succeeded");
    expect((await item133()).updatedAt).toEqual(item.updatedAt);
  });

  it("marks the item incomplete, keeping the cut text, when the full text cannot be read; the next run completes it", async () => {
    replay.setFaults([{ match: "mgAi.aspx", status: 500 }]);
    const result = await scrapeReplay(prisma, replay, { maxRetries: 0 }, onlyCpp);
    expect(result.errors.find((e) => e.url.includes("mgAi.aspx?ID=141203"))).toMatchObject({
      scope: "optional",
      kind: "fetch:http",
    });
    const item = await item133();
    expect(item.minutesIncomplete).toBe(true);
    expect(item.minutesText).toMatch(/be taken …$/);

    const meeting = await getMeetingPage(prisma, "harrow", 66101, SNAPSHOT_NOW);
    const html = renderToStaticMarkup(AgendaItems({ items: meeting!.items }));
    expect(html).toMatch(/shows only the start of these minutes/);

    replay.setFaults([]);
    await scrapeReplay(prisma, replay, {}, onlyCpp);
    expect(await item133()).toMatchObject({ minutesIncomplete: false, minutesText: expect.stringContaining(MARKER) });
  });
});
