import { isDocumentHref, parseDocumentLink } from "./parse-document-link";
import { loadModernGovPage, type PageKind } from "./page-kind";
import type { MeetingDocument } from "./types";

// mgChooseDocPack.aspx?ID={agendaId}[&SID={supplementId}]: ModernGov's "document pack" page, linked where some
// installs would link the reports pack or a supplement PDF. It is an HTML page that lists the pack's PDFs
// (documents/g{A}/….pdf?T=…, documents/b{B}/…, mgConvert2PDF.aspx?…); those are the documents to download.
// The page's furniture varies by install, so any document link inside #modgov counts, except links back to a
// chooser.

const ANY_KIND: readonly PageKind[] = [
  "meeting",
  "attendance",
  "meeting-list",
  "committee-details",
  "committee-list",
  "member",
  "member-index",
  "item",
  "unknown",
];

export function isDocPackChooser(url: string | null | undefined): boolean {
  return !!url && /\/mgChooseDocPack\.aspx(\?|$)/i.test(url);
}

export function parseDocPackPage(html: string, url: string): MeetingDocument[] {
  const $ = loadModernGovPage(html, url, ANY_KIND);
  const found = new Map<string, MeetingDocument>();
  $("#modgov a[href]").each((_, a) => {
    const href = $(a).attr("href");
    if (!isDocumentHref(href) || /mgChooseDocPack\.aspx/i.test(href ?? "")) return;
    const doc = parseDocumentLink($, $(a), url, "reports-pack");
    if (doc.url && !doc.restricted && !found.has(doc.url)) found.set(doc.url, doc);
  });
  return [...found.values()];
}
