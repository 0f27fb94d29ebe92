import { detectBlockPage } from "../parse/block-page";
import { FetchError } from "./fetch-errors";
import type { ExpectedContent } from "./fetch-options";

// Councils' firewalls answer blocked clients with a small HTML page and status 200, and restricted papers
// resolve to a login page: both would otherwise be stored as if they were the agenda or the PDF. So every body
// is checked against what the caller expected, by header AND by its first bytes (headers are often wrong).

const ACCEPTED_TYPES: Record<ExpectedContent, (mime: string) => boolean> = {
  html: (m) => m === "text/html" || m === "application/xhtml+xml",
  // Some installs serve documents as octet-stream; the %PDF- sniff below still guards those.
  pdf: (m) => ["application/pdf", "application/x-pdf", "application/octet-stream", "binary/octet-stream"].includes(m),
  xml: (m) => m === "text/xml" || m === "application/xml" || m.endsWith("+xml"),
  text: (m) => m.startsWith("text/"),
};

// Block pages are small; checking only small bodies keeps the regexes cheap on multi-MB pages.
const BLOCK_PAGE_MAX_BYTES = 256 * 1024;

export function readMimeType(contentType: string | null): string | null {
  if (!contentType) return null;
  const mime = contentType.split(";")[0]?.trim().toLowerCase();
  return mime ? mime : null;
}

/** Vendor of the firewall/challenge page this body looks like, or null (shares block-page.ts with the parsers). */
export function findBlockPage(body: Buffer): string | null {
  if (body.length > BLOCK_PAGE_MAX_BYTES || isPdfBytes(body)) return null;
  return detectBlockPage(body.toString("utf8"))?.vendor ?? null;
}

export function isPdfBytes(body: Buffer): boolean {
  // Acrobat accepts the header anywhere in the first 1024 bytes; some generators prepend junk.
  return body.subarray(0, 1024).includes("%PDF-");
}

/** Whether the declared Content-Type is acceptable (a missing header is left to the sniff). */
export function isDeclaredTypeAccepted(expect: ExpectedContent, contentType: string | null): boolean {
  const mime = readMimeType(contentType);
  return mime === null || ACCEPTED_TYPES[expect](mime);
}

/** Why the bytes do not look like `expect`, or null if they plausibly do. */
export function sniffMismatch(expect: ExpectedContent, body: Buffer): string | null {
  if (body.length === 0) return expect === "pdf" ? "the body is empty" : null;
  const isPdf = isPdfBytes(body);
  if (expect === "pdf") return isPdf ? null : `the body does not start with %PDF- (starts ${describeStart(body)})`;
  if (isPdf) return "the body is a PDF";
  const start = stripBom(body.subarray(0, 512).toString("utf8")).trimStart();
  if (expect === "xml") {
    if (!start.startsWith("<")) return `the body is not XML (starts ${describeStart(body)})`;
    if (/^(<!doctype html|<html)/i.test(start)) return "the body is an HTML page";
  }
  // A stray NUL (a page template's comment, say) does not make a page binary; many do (an image, UTF-16).
  if (countNuls(body.subarray(0, 1024)) >= 4) return "the body is binary";
  return null;
}

/** Throws "blocked" or "content-type" when the response is not what the caller asked for. */
export function assertExpectedContent(
  expect: ExpectedContent,
  contentType: string | null,
  body: Buffer,
  url: string,
  status: number,
): void {
  const blockPage = findBlockPage(body);
  if (blockPage) {
    throw new FetchError("blocked", `${url} returned a ${blockPage} block page (HTTP ${status}) instead of content`, {
      url,
      status,
    });
  }
  if (!isDeclaredTypeAccepted(expect, contentType)) {
    throw new FetchError("content-type", `${url}: expected ${expect} but the server sent ${contentType}`, {
      url,
      status,
    });
  }
  const mismatch = sniffMismatch(expect, body);
  if (mismatch) {
    throw new FetchError("content-type", `${url}: expected ${expect} but ${mismatch}`, { url, status });
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describeStart(body: Buffer): string {
  return JSON.stringify(body.subarray(0, 24).toString("latin1").replace(/\s+/g, " "));
}

function countNuls(bytes: Buffer): number {
  let n = 0;
  for (const b of bytes) if (b === 0) n++;
  return n;
}
