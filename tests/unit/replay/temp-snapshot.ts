import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

// A tiny snapshot in the manifest contract of lib/replay/snapshot/harrow, written to a temp dir, so the replay
// server and HTTP client tests do not depend on the real snapshot (generated separately).

export const MEETING_URL = "/ieListDocuments.aspx?CId=788&MId=66101&Ver=4";
export const PDF_URL = "/documents/s123/Corporate%20Parenting%20Report.pdf";
export const RSS_URL = "/mgRss.aspx?CID=788";
export const XML_URL = "/mgWebService.asmx/GetCommittees";
export const MEETING_LAST_MODIFIED = "2026-11-20T09:30:00.000Z";

export const MEETING_HTML = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Agenda for Corporate Parenting Panel</title></head>
<body><div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgContent"><table class="mgItemTable" id="mgItemTable"><tr><td class="mgItemNumberCell">1.</td>
<td><p class="mgAiTitleTxt">Apologies for absence</p></td></tr></table></div></div></body></html>
`;

export const ROBOTS_TXT = "User-agent: *\nDisallow: /mgRss.aspx\nDisallow: /private/\n";

/** A PDF-looking body of about `size` bytes (the HTTP layer only sniffs the header). */
export function makePdfBytes(size = 20_000): Buffer {
  const head = Buffer.from("%PDF-1.4\n% replay test\n", "latin1");
  const tail = Buffer.from("\n%%EOF\n", "latin1");
  const filler = Buffer.alloc(Math.max(0, size - head.length - tail.length), "x");
  return Buffer.concat([head, filler, tail]);
}

export type TempSnapshot = { dir: string; pdf: Buffer; remove(): Promise<void> };

export async function createTempSnapshot(options: { robots?: boolean } = {}): Promise<TempSnapshot> {
  const dir = await mkdtemp(path.join(tmpdir(), "replay-snapshot-"));
  await mkdir(path.join(dir, "pages"), { recursive: true });
  await mkdir(path.join(dir, "documents"), { recursive: true });
  const pdf = makePdfBytes();
  await writeFile(path.join(dir, "pages/meeting-66101.html"), MEETING_HTML);
  await writeFile(path.join(dir, "documents/s123.pdf"), pdf);
  await writeFile(path.join(dir, "pages/rss-788.xml"), "<?xml version='1.0'?><rss><channel/></rss>");
  await writeFile(path.join(dir, "pages/committees.xml"), "<?xml version='1.0'?><committees/>");
  await writeFile(path.join(dir, "robots.txt"), ROBOTS_TXT);

  const entries = [
    {
      url: MEETING_URL,
      file: "pages/meeting-66101.html",
      contentType: "text/html; charset=utf-8",
      lastModified: MEETING_LAST_MODIFIED,
    },
    {
      url: PDF_URL,
      file: "documents/s123.pdf",
      contentType: "application/pdf",
      lastModified: "2026-11-19T12:00:00.000Z",
    },
    {
      url: RSS_URL,
      file: "pages/rss-788.xml",
      contentType: "application/rss+xml",
      lastModified: "2026-11-19T12:00:00.000Z",
    },
    {
      url: XML_URL,
      file: "pages/committees.xml",
      contentType: "text/xml; charset=utf-8",
      lastModified: "2026-11-19T12:00:00.000Z",
    },
  ];
  if (options.robots !== false) {
    entries.push({
      url: "/robots.txt",
      file: "robots.txt",
      contentType: "text/plain",
      lastModified: "2026-01-01T00:00:00.000Z",
    });
  }
  const manifest = {
    council: { slug: "harrow", name: "Harrow Council", baseUrl: "https://moderngov.harrow.gov.uk" },
    generatedFor: "2026-11-26",
    entries,
  };
  await writeFile(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return { dir, pdf, remove: () => rm(dir, { recursive: true, force: true }) };
}
