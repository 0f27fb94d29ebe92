import type { CheerioAPI } from "cheerio";
import { isDocumentHref, parseDocumentLink, readDocumentIds, readLinkTitle } from "./parse-document-link";
import type { DocumentKind, MeetingDocument } from "./types";
import { resolveUrl } from "./urls";

// The meeting-level links under div.mgLinks (Agenda_151.html): attendance, frontsheet, reports pack,
// supplements, printed decisions and minutes. The T= code is authoritative when present; the wording is the
// fallback for installs that link the converter or the pack chooser instead.

/** Kind of a meeting-level document from its T= code, SID and wording. */
export function classifyMeetingDocument(title: string, url: string | null): DocumentKind {
  const { packType, supplementId } = readDocumentIds(url);
  const text = title.toLowerCase();
  if (supplementId !== null || packType === 9) return "supplement";
  if (packType === 0) return "agenda-frontsheet";
  if (packType === 10) return "reports-pack";
  if (packType === 1) return "printed-minutes";
  if (packType === 2) return "printed-decisions";
  if (/supplement|late material|addendum|additional (papers|information)/.test(text)) return "supplement";
  if (/frontsheet|front sheet/.test(text)) return "agenda-frontsheet";
  if (/reports? pack/.test(text)) return "reports-pack";
  if (/minutes/.test(text)) return "printed-minutes";
  if (/decisions?/.test(text)) return "printed-decisions";
  return "other";
}

export type MeetingLinks = { attendanceUrl: string | null; documents: MeetingDocument[] };

export function parseMeetingLinks($: CheerioAPI, pageUrl: string): MeetingLinks {
  let attendanceUrl: string | null = null;
  const documents: MeetingDocument[] = [];
  $("#modgov .mgLinks a[href], #modgov > .mgActionList a[href]").each((_, node) => {
    const a = $(node);
    const href = a.attr("href");
    if (/mgMeetingAttendance\.aspx/i.test(href ?? "")) {
      attendanceUrl ??= resolveUrl(href, pageUrl);
      return;
    }
    if (!isDocumentHref(href)) return;
    const kind = classifyMeetingDocument(readLinkTitle($, a), resolveUrl(href, pageUrl));
    documents.push(parseDocumentLink($, a, pageUrl, kind));
  });
  return { attendanceUrl, documents: dedupeDocuments(documents) };
}

/** The same pack is sometimes linked twice (icon and text); keep the first of each URL. */
export function dedupeDocuments(documents: MeetingDocument[]): MeetingDocument[] {
  const seen = new Set<string>();
  return documents.filter((doc) => {
    const key = doc.url ?? `restricted:${doc.attachmentId ?? ""}:${doc.title}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
