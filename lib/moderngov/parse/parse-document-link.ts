import type { Cheerio, CheerioAPI } from "cheerio";
// Type-only: domhandler is the DOM cheerio is built on, erased at runtime.
import type { Element } from "domhandler";
import { normaliseText, parseFileSize } from "./text";
import type { DocumentKind, MeetingDocument } from "./types";
import { readQueryInt, readQueryParam, resolveUrl } from "./urls";

// One document link (meeting-level pack or item paper) → MeetingDocument. Exempt papers must never come back with a
// fetchable URL (docs/moderngov.md#documents: they lead to a login page), so anything that looks restricted keeps its
// title, gets restricted: true and url: null.

const RESTRICTED_TEXT =
  /\b(restricted enclosure|restricted document|exempt (?:information|appendix|report)|not for publication|confidential (?:appendix|report|enclosure))\b/i;
const RESTRICTED_HREF = /(mgLogin|Login\.aspx|ieRestricted|mgRestricted|RestrictionReason|mgExempt)/i;

/** Whether a link or list entry denotes an exempt paper. */
export function isRestrictedLink(text: string, href: string | null | undefined): boolean {
  return (
    RESTRICTED_TEXT.test(text) || (href ? RESTRICTED_HREF.test(href) : false) || /view the reasons why/i.test(text)
  );
}

/** Title text of a link without the "PDF 161 KB" size residue, the hidden ", item 59." and icons. */
export function readLinkTitle($: CheerioAPI, el: Cheerio<Element>): string {
  const clone = el.clone();
  clone.find(".mgFileSize, .mgHide, img, script").remove();
  return normaliseText(clone.text());
}

/** Ids ModernGov encodes in document URLs: s{attachment}, g{agenda}, b{bundle}, ?ID=, T=, SID=. */
export function readDocumentIds(
  url: string | null,
): Pick<MeetingDocument, "attachmentId" | "agendaId" | "bundleId" | "packType" | "supplementId"> {
  const path = url ? decodeURIComponent(url.split("?")[0] ?? "") : "";
  const sId = /\/documents\/s(\d+)\//i.exec(path)?.[1];
  const gId = /\/documents\/g(\d+)\//i.exec(path)?.[1];
  const bId = /\/documents\/b(\d+)\//i.exec(path)?.[1];
  const isConvert = /mgConvert2PDF\.aspx$/i.test(path);
  const isPack = /mgChooseDocPack\.aspx$/i.test(path);
  const idParam = readQueryInt(url, ["ID"]);
  const t = readQueryParam(url, ["T"]);
  const packType = t && /^\d+$/.test(t) ? Number(t) : null;
  return {
    // mgConvert2PDF with a T= code converts a whole pack (id = agenda id), without one a single attachment.
    attachmentId: sId ? Number(sId) : isConvert && packType === null ? idParam : null,
    agendaId: gId ? Number(gId) : isPack || (isConvert && packType !== null) ? idParam : null,
    bundleId: bId ? Number(bId) : null,
    packType,
    supplementId: readQueryInt(url, ["SID"]),
  };
}

/** Builds a MeetingDocument from an <a> (or, for restricted entries without a link, from its list item). */
export function parseDocumentLink(
  $: CheerioAPI,
  el: Cheerio<Element>,
  pageUrl: string,
  kind: DocumentKind,
): MeetingDocument {
  const href = usableHref(el.is("a") ? el.attr("href") : undefined);
  const sizeText = normaliseText(el.find(".mgFileSize").first().text()) || null;
  const title = readLinkTitle($, el);
  const restricted = isRestrictedLink(normaliseText(el.text()), href);
  const url = restricted ? null : resolveUrl(href, pageUrl);
  const { format, bytes } = parseFileSize(sizeText);
  return {
    kind,
    title,
    url,
    restricted,
    sizeText,
    sizeBytes: bytes,
    format,
    ...readDocumentIds(resolveUrl(href, pageUrl)),
  };
}

/**
 * The href to follow: a `javascript:` link is unusable unless it wraps a document address in quotes
 * (`javascript:window.open('mgConvert2PDF.aspx?ID=1')`), which is then used. Unusable links are not documents:
 * they used to be stored as if they were restricted papers.
 */
export function usableHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  if (!/^\s*javascript:/i.test(href)) return href;
  for (const match of href.matchAll(/['"]([^'"]+)['"]/g)) {
    const candidate = match[1]!;
    if (!/^\s*javascript:/i.test(candidate) && isPlainDocumentHref(candidate)) return candidate;
  }
  return undefined;
}

/** Whether an href points at a document (PDF pack, attachment, converter) rather than another page. */
export function isDocumentHref(href: string | null | undefined): boolean {
  return isPlainDocumentHref(usableHref(href));
}

function isPlainDocumentHref(href: string | null | undefined): boolean {
  if (!href) return false;
  return (
    /(^|\/)documents\/[sgb]\d+\//i.test(href) ||
    /mgConvert2PDF\.aspx|mgChooseDocPack\.aspx|\.(pdf|docx?|xlsx?|pptx?|rtf|odt)(\?|$)/i.test(href)
  );
}
