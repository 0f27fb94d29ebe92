import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { esc, longDate, mgEnc, mgTitleAttr, stamp, time12 } from "@/scripts/snapshot/format";
import { mgHeader, renderShell } from "@/scripts/snapshot/html/shell";
import { wordPara } from "@/scripts/snapshot/html/word";
import { layout, PAGE, type LayoutBlock } from "@/scripts/snapshot/pdf/layout";
import { centred, getMeasure, writePdf } from "@/scripts/snapshot/pdf/render";
import type { Block } from "@/scripts/snapshot/text/markdown";
import type { Corpus } from "./load-corpus";
import type { ServedMeeting, CorpusReport } from "./schema";

// Turns the real-text corpus into a ModernGov site on disk that the replay server serves and the real scraper
// reads: the committee list, each committee's details and meetings list, each meeting page (items with their
// minutes, as Harrow's pages print them) and its printed-minutes PDF; a corpus report becomes the PDF linked from
// its item, and a corpus's long printed minutes are served as any meeting: its page and its printed-minutes PDF.
// Markup follows the snapshot's templates, which follow real ModernGov pages.

export const CORPUS_BASE_URL = "https://moderngov.harrow.gov.uk";

interface Entry {
  url: string;
  file: string;
  contentType: string;
  lastModified: string;
}

const HTML = "text/html; charset=utf-8";
const PDF = "application/pdf";

/** A report as a meeting of its own, with one item carrying the report and the minute recorded for it. */
export function reportAsMeeting(report: CorpusReport): ServedMeeting {
  return {
    kind: "report",
    mid: report.mid,
    cid: report.cid,
    committee: report.committee,
    title: `${report.committee} - ${longDate(report.date)} ${time12(report.time)}`,
    date: report.date,
    time: report.time,
    venue: "The Auditorium - Harrow Council Hub, Kenmore Avenue, Harrow, HA3 8LU",
    origin: { urls: [`${CORPUS_BASE_URL}/`], note: report.note },
    attendees: [],
    items: [
      {
        number: report.itemNumber,
        title: report.itemTitle,
        description: null,
        minutes: report.minutes,
        applicationRefs: [],
      },
    ],
    facts: report.facts,
  };
}

const meetingHref = (m: ServedMeeting) => `ieListDocuments.aspx?CId=${m.cid}&MId=${m.mid}&Ver=4`;
const minutesHref = (m: ServedMeeting) =>
  `documents/g${m.mid}/Printed%20minutes%20${m.date}%20${m.committee.replace(/[^A-Za-z ]/g, "").replace(/ /g, "%20")}.pdf?T=1`;
const reportHref = (r: CorpusReport) => `documents/s${r.mid}/${r.slug}.pdf`;
const aiId = (m: ServedMeeting, index: number) => m.mid * 100 + index + 1;

/**
 * A paragraph of " | " rows with the same number of cells, three or more columns or a header and two or more rows
 * (a performance table): the header and rows of a table printed as one (a Word table on the page, a ruled table in
 * the PDF). Two-line, two-column paragraphs (the reserves' "Ordinary Member | Reserve Member") stay paragraphs.
 */
export function pipeTable(para: string): { header: string[]; rows: string[][] } | null {
  const lines = para.trim().split(/\n/);
  const cells = lines.map((line) => line.split(" | ").map((cell) => cell.trim()));
  const width = cells[0]!.length;
  if (width < 2 || cells.some((row) => row.length !== width)) return null;
  if (width < 3 && lines.length < 3) return null;
  return { header: cells[0]!, rows: cells.slice(1) };
}

/** Minute text as the markdown-lite the page and PDF writers take: paragraphs by blank lines, "(1) …" items. */
export function minuteMarkdown(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((para) => {
      const table = pipeTable(para);
      if (table) {
        const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
        return [row(table.header), row(table.header.map(() => "---")), ...table.rows.map(row)].join("\n");
      }
      // "•" points are a list (Word's bulleted paragraphs on the page); a point's second line runs on in it.
      return (
        bulletLines(para)
          // A "(1)", "(a)" or "(ii)" clause starts its own line (Word's numbered paragraph); other lines run on.
          .map((line) =>
            line.replace(/\s*\n\s*/g, (m, at: number, all: string) =>
              NUMBERED.test(all.slice(at + m.length)) ? "\n" : " ",
            ),
          )
          .map((line) => line.replace(BULLET, "- "))
          .join("\n")
      );
    })
    .join("\n\n");
}

/** A numbered clause, "(1) …", "(b) …" or "(iii) …", at the start of a line. */
const NUMBERED = /^\(\w{1,4}\)\s/;

/** A minute's list point, "• the number of …", at the start of a line. */
const BULLET = /^\s*\u2022\s+/;

/** A paragraph cut before each line that starts a "•" point: the lead-in (if any), then one chunk per point. */
function bulletLines(para: string): string[] {
  return para.split(/\n(?=\s*\u2022\s)/);
}

function page(title: string, h1: string, body: string, subtitleHtml?: string): string {
  return renderShell({
    title,
    dc: { title },
    breadcrumb: [{ href: "mgListCommittees.aspx", text: "Committees" }, { text: h1 }],
    active: "committees",
    modgov: `${mgHeader(h1, subtitleHtml)}\n<div class="mgContent" >\n${body}\n</div>`,
  });
}

function committeeList(committees: Map<number, string>): string {
  const lis = [...committees].map(
    ([cid, name]) =>
      `<li><a  href="mgCommitteeDetails.aspx?ID=${cid}"  title="${mgTitleAttr(`Link to details for ${name}`)}" >${esc(name)}</a></li>`,
  );
  return page(
    "Committees",
    "Committees",
    `<h2 class="mgSectionTitle">Committees</h2>\n<ul  class="mgBulletList" >\n${lis.join("\n")}\n</ul>`,
  );
}

function committeeDetails(cid: number, name: string): string {
  const links = `<div class="mgLinks" ><ul  class="mgActionList" ><li><a  href="ieListMeetings.aspx?CommitteeId=${cid}"  title="${mgTitleAttr(`Link to meetings for ${name}`)}">Browse meetings and agendas for this committee</a></li></ul></div>`;
  return page(
    `Committee details - ${name}`,
    "Committee details",
    `${links}\n<h2 class="mgSectionTitle">Purpose of committee</h2>\n<p>${esc(name)}.</p>`,
    esc(name),
  );
}

function meetingList(cid: number, name: string, meetings: ServedMeeting[]): string {
  const rows = [...meetings]
    .sort((a, b) => (a.date < b.date ? 1 : -1))
    .map((m) => {
      const when = `${longDate(m.date).replace(/^\w+ /, "")}`;
      return `<li  class="mgTableEvenRow" ><a  class="mgMeetingTableLnk"    href="${esc(meetingHref(m))}"  title="${mgTitleAttr(`Link to meeting details for ${name} meeting of ${when}`)}">${esc(when)}&nbsp;${time12(m.time)}</a> - Agenda, Minutes</li>`;
    });
  const body = `<div class="mgLinks" ><ul  class="mgActionList" ><li><a  href="mgCommitteeDetails.aspx?ID=${cid}"   title="${mgTitleAttr(`Link to more information about ${name}`)}">More information about ${esc(name)}</a></li></ul></div>
<div class="mgList" ><div class="mgHiddenField" ><input type="hidden" name="hCommitteeId"  value="${cid}" /></div>
<div  class="mgTableBorder" ><div  class="mgTableTitleTxt" >Meetings</div>
<ul  class="mgNonBulletTableList"  >${rows.join("")}</ul></div></div>`;
  return page(`Browse meetings - ${name}`, "Browse meetings", body, esc(name));
}

function meetingPage(m: ServedMeeting, report: CorpusReport | undefined, sizes: Map<string, number>): string {
  const kb = (href: string) =>
    `<span  class="mgFileSize" > PDF ${Math.max(1, Math.round((sizes.get(href) ?? 0) / 1024))} KB</span>`;
  const links = `<div class="mgLinks" ><ul  class="mgActionList" ><li><a  href="${esc(minutesHref(m))}"   title="Link&#32;to&#32;printed&#32;minutes&#32;pdf&#32;file">Printed minutes ${kb(minutesHref(m))} </a></li></ul></div>`;
  const venue = m.venue ? `<p><span  class="mgLabel" >Venue: </span>${esc(m.venue)}. </p>` : "";
  const rows = m.items.map((item, index) => {
    const parts: string[] = [];
    if (report && index === 0) {
      parts.push(
        `<p  class="mgAiTitleTxt" ><a  class="mgAiTitleLnk"   href="${esc(reportHref(report))}" title="${mgTitleAttr(`Link to document '${item.title}' pdf file`)}">${mgEnc(item.title)} ${kb(reportHref(report))} </a></p>`,
      );
      parts.push(`<p class="mgSubItemTitleTxt">Additional documents:</p>\n<ul  class="mgBulletList" >\n</ul>`);
    } else {
      parts.push(`<p  class="mgAiTitleTxt" >${mgEnc(item.title)}</p>`);
    }
    if (item.description) parts.push(wordPara(minuteMarkdown(item.description)));
    if (item.minutes)
      parts.push(`<p class="mgSubItemTitleTxt">Minutes:</p>\n${wordPara(minuteMarkdown(item.minutes))}`);
    return `<tr><td  class="mgItemNumberCell" ><p  class="mgAiTitleTxt" ><a name="AI${aiId(m, index)}" aria-disabled="true"></a>${esc(item.number ?? "")}</p></td>\n<td >\n${parts.join("\n")}\n</td></tr>`;
  });
  const table = `<table class="mgItemTable"  summary="Table of agenda items" id="mgItemTable">\n<caption  class="mgSectionTitle" >Items</caption>\n<tr><th class="mgHide" abbr="No" scope="col">No.</th><th class="mgHide" abbr="Item" scope="col">Item</th></tr>\n${rows.join("\n")}\n</table>`;
  const subtitle = `<a  href="mgCommitteeDetails.aspx?ID=${m.cid}"  title="${mgTitleAttr(`Link to ${m.committee}`)}">${esc(m.title)}</a>`;
  const title = `Agenda for ${m.committee} on ${longDate(m.date)}, ${time12(m.time)}`;
  return renderShell({
    title,
    dc: { title, date: m.date },
    breadcrumb: [{ href: "mgListCommittees.aspx", text: "Committees" }, { text: "Agenda and minutes" }],
    active: "committees",
    modgov: `${mgHeader("Agenda and minutes", subtitle)}\n${links}\n<div class="mgContent" >\n${venue}\n${table}\n</div>`,
  });
}

function minutesBlocks(m: ServedMeeting, frame: { front: LayoutBlock[]; back: LayoutBlock[] }): LayoutBlock[] {
  const blocks: LayoutBlock[] = [
    { kind: "title", text: `${m.committee}` },
    { kind: "para", text: `MINUTES OF PROCEEDINGS, ${longDate(m.date).toUpperCase()}` },
  ];
  if (m.venue) blocks.push({ kind: "para", text: `Venue: ${m.venue}` });
  blocks.push(...frame.front);
  for (const item of m.items) {
    blocks.push({
      kind: "heading",
      level: 2,
      text: `${item.number ? `${item.number.replace(/\.$/, "")}. ` : ""}${item.title}`,
    });
    for (const para of (item.minutes ?? "").split(/\n\s*\n|\n(?=\(\w{1,3}\)\s)/)) {
      const table = pipeTable(para);
      if (table) {
        blocks.push({ kind: "table", header: table.header, rows: table.rows });
        continue;
      }
      for (const chunk of bulletLines(para)) {
        const text = chunk.replace(/\s+/g, " ").trim();
        if (!text) continue;
        // "•" points print as the PDF's bulleted list, one list for the points in a row.
        const last = blocks[blocks.length - 1];
        if (!BULLET.test(text)) blocks.push({ kind: "para", text });
        else if (last?.kind === "bullets") last.items.push(text.replace(BULLET, ""));
        else blocks.push({ kind: "bullets", items: [text.replace(BULLET, "")] });
      }
    }
  }
  blocks.push(...frame.back);
  return blocks;
}

function reportBlocks(report: CorpusReport): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  report.pages.forEach((blocks, index) => {
    if (index > 0) out.push({ kind: "pagebreak" } as Block);
    for (const b of blocks) {
      if (b.type === "heading") out.push({ kind: "heading", level: 2, text: b.text });
      else if (b.type === "para") out.push({ kind: "para", text: b.text });
      else if (b.type === "list") {
        if (b.lead) out.push({ kind: "para", text: b.lead });
        out.push({ kind: "bullets", items: b.items });
      } else {
        if (b.caption) out.push({ kind: "para", text: b.caption, bold: true });
        out.push({ kind: "table", header: b.header, rows: b.rows });
      }
    }
  });
  return out;
}

async function pdf(
  blocks: LayoutBlock[],
  title: string,
  date: string,
  runningHead: string | null = null,
): Promise<Uint8Array> {
  const measure = await getMeasure();
  // Printed minutes break paragraphs at a page's foot as Word does (two lines kept together), under a running head.
  const pages = layout(blocks, measure, runningHead ? { keepTogetherLines: 2 } : {});
  return writePdf(pages, { title, date: `${date}T12:00:00Z` }, (index, total) => ({
    header: runningHead ? [centred(runningHead, PAGE.height - 40, 9, measure)] : [],
    footer: [centred(`Page ${index + 1} of ${total}`, 40, 9, measure)],
  }));
}

/**
 * What a printed-minutes PDF carries around its minutes, as Harrow prints them: the attendance list under the title
 * ("Chair: * Councillor …", "* Denotes Member present"), the "Resolved Items" divider, and at the end the closing
 * time and the Chair's signature. The names are the councillors the minutes name, the first as Chair.
 */
function printedFrame(m: ServedMeeting): { front: LayoutBlock[]; back: LayoutBlock[] } {
  const named = [
    ...new Set(
      m.items.flatMap((i) =>
        [...(i.minutes ?? "").matchAll(/\bCouncillor ([A-Z][a-z]+(?: [A-Z][a-z'-]+){1,2})/g)].map((x) => x[1]!),
      ),
    ),
  ];
  const [chair, ...members] = named.length > 0 ? named : ["Anne Example"];
  const rows: [string, string][] = [["Chair:", `* Councillor ${chair}`]];
  for (let i = 0; i < Math.min(members.length, 8); i += 2)
    rows.push([
      i === 0 ? "Councillors:" : "",
      members
        .slice(i, i + 2)
        .map((n) => `* ${n}`)
        .join("    "),
    ]);
  const closes = m.time ? `${time12(m.time)}` : "7.30 pm";
  return {
    front: [
      { kind: "keyvalue", rows },
      { kind: "para", text: "* Denotes Member present" },
      { kind: "para", text: "RESOLVED ITEMS" },
    ],
    // Minutes written with their own closing lines keep them; the others are given Harrow's.
    back: /\(Signed\)|closed at/i.test(m.items.at(-1)?.minutes ?? "")
      ? []
      : [
          { kind: "para", text: `(Note: The meeting, having commenced at ${closes}, closed at 9.47 pm).` },
          { kind: "para", text: `(Signed) COUNCILLOR ${chair!.toUpperCase()}` },
          { kind: "para", text: "Chair" },
        ],
  };
}

/** pdf-lib's standard fonts speak WinAnsi only: the few characters outside it are spelled plainly. */
export function winAnsi(text: string): string {
  return text
    .replace(/[\u2010-\u2012\u2212]/g, "-")
    .replace(/[\u2192]/g, "->")
    .replace(
      /[^\u0000-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\u2122]/g,
      "?",
    );
}

const ansiDeep = <T>(value: T): T =>
  JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === "string" ? winAnsi(v) : v)) as T;

/** Writes the corpus site into dir (replacing it) and returns the meetings it holds, reports included. */
export async function buildCorpusSite(corpus: Corpus, dir: string): Promise<ServedMeeting[]> {
  await rm(dir, { recursive: true, force: true });
  const entries: Entry[] = [];
  const write = async (
    file: string,
    body: string | Uint8Array,
    url: string,
    contentType: string,
    lastModified: string,
  ) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), body);
    entries.push({ url: `/${url.replace(/^\//, "")}`, file, contentType, lastModified });
  };
  const reports = new Map(corpus.reports.map((r) => [r.mid, ansiDeep(r)]));
  const meetings: ServedMeeting[] = [
    ...corpus.meetings.map(ansiDeep),
    ...[...reports.values()].map(reportAsMeeting),
    ...corpus.minutes.map(ansiDeep),
  ];
  const sizes = new Map<string, number>();
  for (const m of meetings) {
    const modified = stamp(m.date);
    // Printed as Harrow prints its minutes: attendance, running head, paragraphs broken at a page's foot, the
    // sitting times and the signature (docs/summaries.md#printed-minutes-as-harrow-prints-them).
    const minutes = await pdf(
      minutesBlocks(m, printedFrame(m)),
      `Minutes - ${m.committee} - ${m.date}`,
      m.date,
      `${m.committee} - ${longDate(m.date)}`,
    );
    sizes.set(minutesHref(m), minutes.length);
    await write(`documents/g${m.mid}.pdf`, minutes, minutesHref(m), PDF, modified);
    const report = reports.get(m.mid);
    if (report) {
      const bytes = await pdf(reportBlocks(report), report.itemTitle, report.date);
      sizes.set(reportHref(report), bytes.length);
      await write(`documents/s${report.mid}.pdf`, bytes, reportHref(report), PDF, modified);
    }
    await write(`pages/meeting-${m.mid}.html`, meetingPage(m, report, sizes), meetingHref(m), HTML, modified);
  }
  const committees = new Map<number, string>();
  for (const m of meetings) if (!committees.has(m.cid)) committees.set(m.cid, m.committee);
  const updated = stamp("2026-11-01");
  for (const [cid, name] of committees) {
    await write(
      `pages/details-${cid}.html`,
      committeeDetails(cid, name),
      `mgCommitteeDetails.aspx?ID=${cid}`,
      HTML,
      updated,
    );
    await write(
      `pages/meetings-${cid}.html`,
      meetingList(
        cid,
        name,
        meetings.filter((m) => m.cid === cid),
      ),
      `ieListMeetings.aspx?CommitteeId=${cid}`,
      HTML,
      updated,
    );
  }
  await write("pages/committees.html", committeeList(committees), "mgListCommittees.aspx?bcr=1", HTML, updated);
  entries.push({
    url: "/mgListCommittees.aspx",
    file: "pages/committees.html",
    contentType: HTML,
    lastModified: updated,
  });
  await write("robots.txt", "User-agent: *\nDisallow:\n", "robots.txt", "text/plain", updated);
  const manifest = {
    council: { slug: "harrow", name: "Harrow Council", baseUrl: CORPUS_BASE_URL },
    generatedFor: "2026-12-01",
    entries,
  };
  await writeFile(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return meetings;
}
