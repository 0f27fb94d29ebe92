import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Manifest, ManifestEntry, SnapshotBuild } from "../manifest";
import { dayMonthYear, stamp } from "../format";
import { layout, type LayoutBlock } from "../pdf/layout";
import { centred, getMeasure, writePdf } from "../pdf/render";
import { parseDocument } from "../text/markdown";
import { renderBrentCommitteeDetails, renderBrentCommitteeList, renderBrentMeetingList } from "./committee-pages";
import {
  brentCommittee,
  brentCommittees,
  brentCouncil,
  brentCouncillors,
  brentGeneratedFor,
  brentHrefs,
  brentManifestUrl,
  brentMeetings,
  type BrentMeeting,
  type BrentReport,
} from "./data";
import {
  brentMeetingTitle,
  renderBrentAttendancePage,
  renderBrentMeetingPage,
  renderBrentUserInfo,
} from "./meeting-pages";

// Builds lib/replay/snapshot/brent in memory, in the same manifest contract as the Harrow snapshot, so the
// replay server serves it and the scraper reads it exactly like Harrow's. Deterministic: every date is pinned.

const TYPES = { html: "text/html; charset=utf-8", pdf: "application/pdf", text: "text/plain" } as const;
const SITE_UPDATED = stamp("2026-05-21");
const reportsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "reports");

const robotsTxt = `# robots.txt for democracy.brent.gov.uk (snapshot)
User-agent: *
Disallow: /ieDocSearch.aspx
Disallow: /mgLogin.aspx
`;

function meetingModified(m: BrentMeeting): string {
  return stamp(m.minutesPublished ?? m.agendaPublished ?? "2026-05-21");
}

async function buildReportPdf(m: BrentMeeting, report: BrentReport): Promise<Uint8Array> {
  const parsed = parseDocument(readFileSync(path.join(reportsDir, report.file), "utf8"));
  const measure = await getMeasure();
  const rows: [string, string][] = [
    ["Date of Meeting:", dayMonthYear(m.date)],
    ["Subject:", parsed.meta.subject ?? report.title],
    ["Key Decision:", parsed.meta.keyDecision ?? "No"],
    ["Responsible Officer:", parsed.meta.responsibleOfficer ?? ""],
    ["Wards affected:", parsed.meta.wards ?? "All Wards"],
  ];
  const blocks: LayoutBlock[] = [
    { kind: "title", text: `REPORT TO: ${brentCommittee(m.cid).title.toUpperCase()}`, size: 14 },
    { kind: "keyvalue", rows: rows.filter(([, v]) => v !== "") },
    { kind: "spacer", height: 6 },
    ...parsed.blocks,
  ];
  const meta = {
    title: report.title,
    subject: brentMeetingTitle(m),
    date: stamp(report.published),
    author: brentCouncil.name,
  };
  return writePdf(layout(blocks, measure), meta, (i, total) => ({
    footer: [centred(`Page ${i + 1} of ${total}`, 34, 9, measure)],
  }));
}

export async function buildBrentSnapshot(): Promise<SnapshotBuild> {
  const files = new Map<string, Uint8Array>();
  const entries: ManifestEntry[] = [];
  const add = (file: string, body: string | Uint8Array, contentType: string, lastModified: string, hrefs: string[]) => {
    files.set(file, typeof body === "string" ? new TextEncoder().encode(body) : body);
    for (const href of hrefs) entries.push({ url: brentManifestUrl(href), file, contentType, lastModified });
  };

  const sizes = new Map<string, number>();
  for (const m of brentMeetings) {
    for (const item of m.items) {
      if (!item.report) continue;
      const bytes = await buildReportPdf(m, item.report);
      const href = brentHrefs.doc(item.report);
      sizes.set(href, bytes.length);
      add(`documents/s${item.report.id}.pdf`, bytes, TYPES.pdf, stamp(item.report.published), [href]);
    }
  }
  for (const m of brentMeetings) {
    add(
      `pages/ieListDocuments-CId${m.cid}-MId${m.mid}.html`,
      renderBrentMeetingPage(m, (href) => sizes.get(href)),
      TYPES.html,
      meetingModified(m),
      [brentHrefs.meeting(m), `ieListDocuments.aspx?MId=${m.mid}`],
    );
    add(`pages/mgMeetingAttendance-ID${m.mid}.html`, renderBrentAttendancePage(m), TYPES.html, meetingModified(m), [
      brentHrefs.attendance(m.mid),
    ]);
  }
  for (const c of brentCommittees) {
    const own = brentMeetings.filter((m) => m.cid === c.cid).reverse();
    const modified = own.map(meetingModified).sort().at(-1) ?? SITE_UPDATED;
    add(`pages/mgCommitteeDetails-ID${c.cid}.html`, renderBrentCommitteeDetails(c.cid), TYPES.html, SITE_UPDATED, [
      brentHrefs.committeeDetails(c.cid),
    ]);
    add(`pages/ieListMeetings-CId${c.cid}.html`, renderBrentMeetingList(c.cid, own), TYPES.html, modified, [
      brentHrefs.meetings(c.cid),
    ]);
  }
  add("pages/mgListCommittees.html", renderBrentCommitteeList(), TYPES.html, SITE_UPDATED, [
    brentHrefs.committeeList,
    "mgListCommittees.aspx",
  ]);
  for (const c of brentCouncillors)
    add(`pages/mgUserInfo-UID${c.uid}.html`, renderBrentUserInfo(c), TYPES.html, SITE_UPDATED, [
      brentHrefs.user(c.uid),
    ]);
  add("robots.txt", robotsTxt, TYPES.text, stamp("2024-03-01"), ["/robots.txt"]);

  const manifest: Manifest = {
    council: { ...brentCouncil },
    generatedFor: brentGeneratedFor,
    entries: entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
  };
  files.set("manifest.json", new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
  files.set("README.md", new TextEncoder().encode(renderBrentReadme(manifest)));
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), manifest };
}

function renderBrentReadme(manifest: Manifest): string {
  const rows = brentMeetings.map((m) => {
    const published =
      [m.agendaPublished && "Agenda", m.minutesPublished && "Minutes"].filter(Boolean).join(", ") ||
      "Nothing published";
    const reports = m.items
      .filter((i) => i.report)
      .map((i) => `s${i.report!.id}`)
      .join(", ");
    return `| ${m.cid} ${brentCommittee(m.cid).title} | ${m.mid} | ${m.date} ${m.time} | ${published} | ${reports || "-"} |`;
  });
  return `# Brent ModernGov snapshot (offline replay fixture)

A small, **fictionalised** copy of a Brent Council ModernGov site (\`${brentCouncil.baseUrl}\`): the second council
that proves a council is one configuration entry (\`lib/councils.ts\`). Everything in this folder is **generated** by
\`npx tsx scripts/build-snapshot.ts\` from \`scripts/snapshot/brent/\`: do not edit it by hand.

- Pages use ModernGov's markup (the same templates as the Harrow snapshot) inside a plain page; Brent's theme is not
  modelled. Committee ids, councillors, meetings and reports are invented.
- ${manifest.entries.length} URLs; the snapshot's "today" is ${brentGeneratedFor}.

| committee | MId | when | published | report PDFs |
|---|---|---|---|---|
${rows.join("\n")}
`;
}
