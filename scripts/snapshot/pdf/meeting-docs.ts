import { committee } from "../committees";
import { dayMonthYear, meetingTitle, stamp } from "../format";
import { hasPapers, isRestricted } from "../meeting-rules";
import type { AttachedDoc, Item, Meeting } from "../types";
import { hrefs, packHref, supplementHref } from "../urls";
import { scannedPages, truncatePdf } from "./fixtures";
import { PAGE, layout, type LaidPage, type Measure, type Op } from "./layout";
import { decisionsBlocks, frontsheetBlocks, minutesBlocks, type PageRefs } from "./meeting-blocks";
import { centred, rightAligned, writePdf, type Furniture } from "./render";
import { readReport, reportBlocks, supplementBlocks } from "./report-blocks";

// Produces every PDF of one meeting. Each document is laid out once; the standalone file and the public reports
// pack are then written from the same laid-out pages, so the pack is exactly the concatenation of the frontsheet
// and the item papers (plus ModernGov's stamps), as on the real site.

export interface BuiltFile {
  href: string;
  bytes: Uint8Array;
  /** ISO timestamp of publication, used for Last-Modified. */
  published: string;
  /** Attachment id for the mgConvert2PDF.aspx?ID= alias the web service uses. */
  attachmentId?: number;
}

export interface DocContext {
  measure: Measure;
  /** Laid-out printed minutes of another meeting (for "minutes of the previous meeting" attachments). */
  minutesPagesOf: (mid: number) => LaidPage[];
  /** The published bytes of that meeting's printed minutes: the attachment is the same file, re-attached. */
  minutesBytesOf: (mid: number) => Uint8Array;
}

const FOOT_Y = 34;

const pageOf =
  (measure: Measure) =>
  (index: number, total: number): Furniture => ({
    footer: [centred(`Page ${index + 1} of ${total}`, FOOT_Y, 9, measure)],
  });

export function minutesFurniture(m: Meeting, measure: Measure) {
  return (index: number): Furniture => ({
    footer: [
      {
        kind: "text",
        text: `${committee(m.cid).title} - ${dayMonthYear(m.date)}`,
        x: PAGE.left,
        y: FOOT_Y,
        size: 8.5,
        font: "regular",
      },
      rightAligned(String(index + 1), FOOT_Y, 9, measure),
    ],
  });
}

export function docPages(doc: AttachedDoc, m: Meeting, ctx: DocContext): LaidPage[] {
  switch (doc.source.kind) {
    case "markdown":
      return layout(reportBlocks(doc, m, readReport(doc.source.file)), ctx.measure);
    case "scanned":
      return scannedPages(doc.source.pages, doc.id);
    case "minutes-of":
      return ctx.minutesPagesOf(doc.source.mid);
    case "restricted":
      return [];
  }
}

export function minutesPages(m: Meeting, measure: Measure): LaidPage[] {
  return layout(minutesBlocks(m), measure);
}

function docFurniture(doc: AttachedDoc, measure: Measure): (index: number, total: number) => Furniture {
  if (doc.source.kind === "scanned") return () => ({}); // a scan has no text at all, not even a page number
  return pageOf(measure);
}

export async function buildMeetingPdfs(m: Meeting, ctx: DocContext): Promise<BuiltFile[]> {
  if (!hasPapers(m)) return [];
  const { measure } = ctx;
  const title = meetingTitle(m);
  const out: BuiltFile[] = [];
  const agendaStamp = stamp(m.agendaPublished!);

  // Item papers, laid out once.
  const papers: { item: Item; doc: AttachedDoc; pages: LaidPage[] }[] = [];
  for (const item of m.items) {
    for (const doc of [...(item.report ? [item.report] : []), ...(item.additional ?? [])]) {
      if (isRestricted(item, doc)) continue;
      const pages = docPages(doc, m, ctx);
      papers.push({ item, doc, pages });
      const docMeta = { title: doc.title, subject: title, date: stamp(doc.published) };
      let bytes =
        doc.source.kind === "minutes-of"
          ? ctx.minutesBytesOf(doc.source.mid)
          : await writePdf(pages, docMeta, docFurniture(doc, measure));
      if (doc.corrupt) bytes = truncatePdf(bytes);
      out.push({ href: hrefs.doc(doc), bytes, published: stamp(doc.published), attachmentId: doc.id });
    }
  }

  // Frontsheet: lay out, work out where each item's papers start in the pack, lay out again until stable.
  let refs: PageRefs = new Map();
  let front: LaidPage[] = [];
  for (let pass = 0; pass < 4; pass++) {
    front = layout(frontsheetBlocks(m, refs), measure);
    const next: PageRefs = new Map();
    let page = front.length + 1;
    for (const p of papers) {
      const prev = next.get(p.item.aiId);
      next.set(p.item.aiId, { from: prev?.from ?? page, to: page + p.pages.length - 1 });
      page += p.pages.length;
    }
    const stable = [...next].every(([k, v]) => refs.get(k)?.from === v.from && refs.get(k)?.to === v.to);
    refs = next;
    if (stable && pass > 0) break;
  }
  const plainNumber = (n: number): Op[] => [centred(`Page ${n}`, FOOT_Y, 9, measure)];
  out.push({
    href: packHref(m, 0),
    bytes: await writePdf(front, { title: `Agenda frontsheet - ${title}`, date: agendaStamp }, (i) => ({
      footer: plainNumber(i + 1),
    })),
    published: agendaStamp,
  });

  // Public reports pack: frontsheet pages then every published paper, with ModernGov's stamps.
  const packPages: LaidPage[] = [...front];
  const packFurniture: Furniture[] = front.map((_, i) => ({ footer: plainNumber(i + 1) }));
  const firstOfItem = new Set<number>();
  for (const p of papers) {
    const ref = refs.get(p.item.aiId)!;
    p.pages.forEach((page, i) => {
      const n = packPages.length + 1;
      const header: Op[] = [];
      if (!firstOfItem.has(p.item.aiId) && i === 0) {
        firstOfItem.add(p.item.aiId);
        header.push(rightAligned(`Agenda Item ${p.item.number ?? ""}`.trim(), PAGE.height - 36, 12, measure, "bold"));
        header.push(rightAligned(`Pages ${ref.from} - ${ref.to}`, PAGE.height - 50, 9.5, measure));
      }
      packPages.push(page);
      packFurniture.push({ header, footer: plainNumber(n) });
    });
  }
  out.push({
    href: packHref(m, 10),
    bytes: await writePdf(
      packPages,
      { title: `Public reports pack - ${title}`, date: agendaStamp },
      (i) => packFurniture[i]!,
    ),
    published: agendaStamp,
  });

  for (const s of m.supplements ?? []) {
    const pages = layout(supplementBlocks(m, s), measure);
    out.push({
      href: supplementHref(m, s),
      bytes: await writePdf(pages, { title: `${s.title} - ${title}`, date: stamp(s.published) }, pageOf(measure)),
      published: stamp(s.published),
    });
  }
  if (m.decisionsPublished) {
    const pages = layout(decisionsBlocks(m), measure);
    out.push({
      href: packHref(m, 2),
      bytes: await writePdf(
        pages,
        { title: `Decisions - ${title}`, date: stamp(m.decisionsPublished) },
        pageOf(measure),
      ),
      published: stamp(m.decisionsPublished),
    });
  }
  if (m.minutesPublished) {
    const pages = minutesPages(m, measure);
    out.push({
      href: packHref(m, 1),
      bytes: await writePdf(
        pages,
        { title: `Printed minutes - ${title}`, date: stamp(m.minutesPublished) },
        minutesFurniture(m, measure),
      ),
      published: stamp(m.minutesPublished),
    });
  }
  return out;
}
