import { readFile } from "node:fs/promises";
import path from "node:path";
import * as cheerio from "cheerio";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSnapshot, listFiles, restrictedHrefs, type SnapshotBuild } from "@/scripts/snapshot/build";
import { meetings } from "@/scripts/snapshot/harrow";
import { notInSnapshot } from "@/scripts/snapshot/not-in-snapshot";
import { seedFacts } from "@/scripts/snapshot/seed-facts";
import { BASE_URL, isExternal, manifestUrl } from "@/scripts/snapshot/urls";

// The committed Harrow snapshot is what the replay server serves and the scraper parses. These tests keep it
// honest: it must be exactly what the builder produces, internally linked, and carry the seed facts.

const snapshotDir = path.resolve(import.meta.dirname, "../../../lib/replay/snapshot/harrow");
let build: SnapshotBuild;
const byUrl = new Map<string, { file: string; contentType: string }>();

beforeAll(async () => {
  build = await buildSnapshot();
  for (const e of build.manifest.entries) byUrl.set(e.url, e);
});

/** pdf-parse detaches the buffer it is given, so it always gets a copy. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    return result.text;
  } finally {
    await parser.destroy();
  }
}

const normalise = (text: string): string => text.replace(/-- \d+ of \d+ --/g, " ").replace(/\s+/g, " ");

function bodyFor(url: string): Uint8Array {
  const entry = byUrl.get(url);
  if (!entry) throw new Error(`no manifest entry for ${url}`);
  const bytes = build.files.get(entry.file);
  if (!bytes) throw new Error(`manifest entry ${url} names missing file ${entry.file}`);
  return bytes;
}

describe("Harrow ModernGov snapshot", () => {
  it("matches a fresh build byte for byte (regenerate with npx tsx scripts/build-snapshot.ts)", async () => {
    const committed = await listFiles(snapshotDir);
    expect(committed).toEqual([...build.files.keys()].sort());
    for (const [file, bytes] of build.files) {
      const onDisk = await readFile(path.join(snapshotDir, file));
      expect(Buffer.compare(onDisk, Buffer.from(bytes)), `${file} differs from a fresh build`).toBe(0);
    }
  });

  it("keeps the manifest contract", () => {
    const m = build.manifest;
    expect(m.council).toEqual({ slug: "harrow", name: "Harrow Council", baseUrl: "https://moderngov.harrow.gov.uk" });
    expect(m.generatedFor).toBe("2026-11-26");
    const allowedTypes = ["text/html; charset=utf-8", "application/pdf", "text/xml; charset=utf-8", "text/plain"];
    for (const e of m.entries) {
      expect(Object.keys(e).sort()).toEqual(["contentType", "file", "lastModified", "url"]);
      expect(e.url, "url is path+query as new URL(href, base) gives it").toBe(manifestUrl(e.url));
      expect(e.url).not.toContain(" ");
      expect(allowedTypes).toContain(e.contentType);
      expect(e.lastModified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
      expect(e.file).toMatch(/^(pages|documents|ws)\/[^/]+$|^robots\.txt$/);
      expect(build.files.has(e.file), `${e.url} -> ${e.file}`).toBe(true);
    }
    expect(byUrl.get("/ieListDocuments.aspx?CId=788&MId=66101&Ver=4")?.file).toBe(
      "pages/ieListDocuments-CId788-MId66101.html",
    );
    expect(byUrl.get("/robots.txt")?.contentType).toBe("text/plain");
  });

  it("serves every in-site link found in every page, except the deliberately missing ones", () => {
    const restricted = new Set(restrictedHrefs().map(manifestUrl));
    const missing: string[] = [];
    let checked = 0;
    for (const [file, bytes] of build.files) {
      if (!file.endsWith(".html")) continue;
      const $ = cheerio.load(new TextDecoder().decode(bytes));
      $("a[href]").each((_, el) => {
        const href = $(el).attr("href")!;
        if (isExternal(href)) return;
        const url = manifestUrl(href.replace(/#.*$/, ""));
        checked++;
        // A page of the second scrape may link to what only the second scrape serves (its new Addendum).
        const later =
          file.startsWith("second-scrape/") && (build.manifest.secondScrape?.entries ?? []).some((e) => e.url === url);
        if (later || byUrl.has(url) || restricted.has(url) || notInSnapshot.some((n) => n.pattern.test(url))) return;
        missing.push(`${file}: ${href}`);
      });
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it("never serves restricted (exempt) papers", () => {
    const restricted = restrictedHrefs();
    expect(restricted.length).toBeGreaterThan(0);
    for (const href of restricted) expect(byUrl.has(manifestUrl(href)), href).toBe(false);
  });

  it("writes hrefs the way ModernGov does: raw spaces in document names, percent-encoded in the manifest", () => {
    const page = new TextDecoder().decode(bodyFor("/ieListDocuments.aspx?CId=276&MId=66062&Ver=4"));
    expect(page).toContain(
      'href="documents/s198630/Council Response to the Recent Inspection of Local Authority Childrens Services Report.pdf"',
    );
    const url = new URL(
      "documents/s198630/Council Response to the Recent Inspection of Local Authority Childrens Services Report.pdf",
      `${BASE_URL}/`,
    );
    expect(byUrl.has(url.pathname + url.search)).toBe(true);
  });

  it("lists every meeting in the web service and on its committee's meetings page", () => {
    const all = cheerio.load(
      new TextDecoder().decode(
        bodyFor(
          manifestUrl(
            "/mgWebService.asmx/GetAllMeetingsByDate?lCommitteeId=-1&sFromDate=01/01/2025&sToDate=31/03/2027&bIsAscendingDateOrder=true",
          ),
        ),
      ),
      { xml: true },
    );
    const ids = all("meeting > meetingid")
      .map((_, el) => Number(all(el).text()))
      .get();
    expect(ids.sort()).toEqual(meetings.map((m) => m.mid).sort());
    for (const m of meetings) {
      const list = new TextDecoder().decode(bodyFor(`/ieListMeetings.aspx?CId=${m.cid}&Year=0`));
      expect(list).toContain(`ieListDocuments.aspx?CId=${m.cid}&amp;MId=${m.mid}&amp;Ver=4`);
      expect(byUrl.has(`/mgWebService.asmx/GetMeeting?lMeetingId=${m.mid}`)).toBe(true);
    }
  });

  it("carries every seed fact in the text layer of the named PDF", async () => {
    const failures: string[] = [];
    for (const { doc, facts } of seedFacts) {
      const text = normalise(await pdfText(bodyFor(manifestUrl(doc))));
      for (const fact of facts) {
        const found = typeof fact === "string" ? text.includes(fact) : fact.test(text);
        if (!found) failures.push(`${doc}: ${String(fact)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("concatenates the item reports into each public reports pack", async () => {
    let probes = 0;
    for (const m of meetings.filter((x) => x.agendaPublished && x.status !== "Cancelled" && x.items.length > 0)) {
      const page = cheerio.load(
        new TextDecoder().decode(bodyFor(`/ieListDocuments.aspx?CId=${m.cid}&MId=${m.mid}&Ver=4`)),
      );
      const packHref = page("a[href*='?T=10']").attr("href")!;
      const pack = normalise(await pdfText(bodyFor(manifestUrl(packHref))));
      const reportHrefs = page("a.mgAiTitleLnk")
        .map((_, el) => page(el).attr("href"))
        .get();
      for (const href of reportHrefs) {
        const url = manifestUrl(href);
        if (!byUrl.has(url)) continue;
        const text = normalise(await pdfText(bodyFor(url)).catch(() => ""));
        // The first substantive sentence of every readable report reappears in the pack.
        const probe = /Section 1 – Summary and Recommendations (.{60})/.exec(text)?.[1];
        if (!probe) continue;
        probes++;
        expect(pack, `${m.mid}: ${href}`).toContain(probe);
      }
    }
    expect(probes).toBeGreaterThan(20);
  });

  it("includes a truncated PDF that will not parse and a scanned PDF with no text layer", async () => {
    const corrupt = meetings
      .flatMap((m) => m.items.flatMap((i) => [i.report, ...(i.additional ?? [])]))
      .filter((d) => d?.corrupt);
    const scanned = meetings
      .flatMap((m) => m.items.flatMap((i) => [i.report, ...(i.additional ?? [])]))
      .filter((d) => d?.source.kind === "scanned");
    expect(corrupt.length).toBeGreaterThan(0);
    expect(scanned.length).toBeGreaterThan(0);
    for (const d of corrupt)
      await expect(pdfText(bodyFor(manifestUrl(`documents/s${d!.id}/${d!.fileName}.pdf`)))).rejects.toThrow();
    for (const d of scanned)
      expect(
        (await pdfText(bodyFor(manifestUrl(`documents/s${d!.id}/${d!.fileName}.pdf`)))).replace(
          /-- \d+ of \d+ --|\s/g,
          "",
        ),
      ).toBe("");
  });
});
