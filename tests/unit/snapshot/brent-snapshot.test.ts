import { readFile } from "node:fs/promises";
import path from "node:path";
import * as cheerio from "cheerio";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { listFiles, type SnapshotBuild } from "@/scripts/snapshot/build";
import { buildBrentSnapshot } from "@/scripts/snapshot/brent/build";
import { brentManifestUrl, brentMeetings } from "@/scripts/snapshot/brent/data";
import { notInSnapshot } from "@/scripts/snapshot/not-in-snapshot";
import {
  parseAttendancePage,
  parseCommitteeDetails,
  parseCommitteeList,
  parseMeetingList,
  parseMeetingPage,
  parseMemberPage,
} from "@/lib/moderngov/parse/parsers";

// The second council of the offline snapshot (lib/replay/snapshot/brent): committed bytes equal a fresh build,
// every in-site link resolves, every page parses with the scraper's parser, and the report PDFs have text.

const snapshotDir = path.resolve(import.meta.dirname, "../../../lib/replay/snapshot/brent");
const BASE = "https://democracy.brent.gov.uk";
let build: SnapshotBuild;
const byUrl = new Map<string, { file: string; contentType: string }>();

beforeAll(async () => {
  build = await buildBrentSnapshot();
  for (const e of build.manifest.entries) byUrl.set(e.url, e);
});

const text = (file: string) => new TextDecoder().decode(build.files.get(file));

describe("Brent ModernGov snapshot", () => {
  it("matches a fresh build byte for byte (regenerate with npx tsx scripts/build-snapshot.ts)", async () => {
    expect(await listFiles(snapshotDir)).toEqual([...build.files.keys()].sort());
    for (const [file, bytes] of build.files) {
      const onDisk = await readFile(path.join(snapshotDir, file));
      expect(Buffer.compare(onDisk, Buffer.from(bytes)), `${file} differs from a fresh build`).toBe(0);
    }
  });

  it("is a small second council: 2 committees, 4 meetings, 3 report PDFs", () => {
    expect(build.manifest.council).toEqual({ slug: "brent", name: "Brent Council", baseUrl: BASE });
    expect(build.manifest.entries.filter((e) => e.url.startsWith("/mgCommitteeDetails.aspx"))).toHaveLength(2);
    expect(build.manifest.entries.filter((e) => e.url.startsWith("/ieListDocuments.aspx?CId="))).toHaveLength(4);
    expect(build.manifest.entries.filter((e) => e.contentType === "application/pdf")).toHaveLength(3);
  });

  it("serves every in-site link found in every page", () => {
    const missing: string[] = [];
    for (const [file] of build.files) {
      if (!file.endsWith(".html")) continue;
      const $ = cheerio.load(text(file));
      $("a[href]").each((_, el) => {
        const href = $(el).attr("href")!;
        if (/^(mailto|https?):/i.test(href) && !href.startsWith(BASE)) return;
        const url = brentManifestUrl(href);
        if (!byUrl.has(url) && !notInSnapshot.some((n) => n.pattern.test(url))) missing.push(`${file}: ${href}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it("parses with the scraper's parsers, page by page", () => {
    const page = (url: string) => [text(byUrl.get(url)!.file), `${BASE}${url}`] as const;
    expect(parseCommitteeList(...page("/mgListCommittees.aspx?bcr=1")).map((c) => c.committeeId)).toEqual([130, 132]);
    const details = parseCommitteeDetails(...page("/mgCommitteeDetails.aspx?ID=130"));
    expect(details.membership.map((m) => m.role)).toEqual(["Chair", "Vice-Chair", "Member"]);
    expect(details.meetingsUrl).toBe(`${BASE}/ieListMeetings.aspx?CId=130&Year=0`);
    expect(parseMeetingList(...page("/ieListMeetings.aspx?CId=130&Year=0")).meetings.map((m) => m.meetingId)).toEqual([
      8203, 8201,
    ]);
    for (const m of brentMeetings) {
      const meeting = parseMeetingPage(...page(`/ieListDocuments.aspx?CId=${m.cid}&MId=${m.mid}&Ver=4`));
      expect(meeting.meetingId).toBe(m.mid);
      expect(meeting.items.filter((i) => i.documents.length > 0)).toHaveLength(m.items.filter((i) => i.report).length);
      expect(parseAttendancePage(...page(`/mgMeetingAttendance.aspx?ID=${m.mid}`)).attendees).toHaveLength(
        m.attendance.length,
      );
    }
    const minutes = parseMeetingPage(...page("/ieListDocuments.aspx?CId=130&MId=8201&Ver=4")).items.find((i) =>
      i.number?.startsWith("3"),
    );
    expect(minutes?.minutes).toContain("RESOLVED");
    expect(parseMemberPage(...page("/mgUserInfo.aspx?UID=9103"))).toMatchObject({ party: "Labour", ward: "Kilburn" });
  });

  it("carries each report's figures in the PDF text layer", async () => {
    const parser = new PDFParse({ data: new Uint8Array(build.files.get("documents/s41003.pdf")!) });
    try {
      const { text: pdf } = await parser.getText();
      expect(pdf.replace(/\s+/g, " ")).toContain("The Council must close a budget gap of £14.2 million in 2027/28.");
    } finally {
      await parser.destroy();
    }
  });
});
