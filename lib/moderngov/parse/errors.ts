// Parsers throw instead of returning empty data: an empty list from a firewall page or a half-downloaded agenda
// would otherwise be stored as "this committee has no meetings" and silently erase real records.

export type PageParseErrorKind =
  | "empty" // no body at all
  | "blocked" // a firewall / bot-protection / captcha page was served instead of the ModernGov page
  | "truncated" // the body stops before the end of the document (interrupted download)
  | "wrong-kind" // a genuine ModernGov page or response, but not the kind this parser reads
  | "malformed"; // not recognisably a ModernGov page, or missing a part every page of this kind has

export class PageParseError extends Error {
  readonly kind: PageParseErrorKind;
  readonly url: string;

  constructor(kind: PageParseErrorKind, url: string, message: string, options?: { cause?: unknown }) {
    super(`${url}: ${message}`, options);
    this.name = "PageParseError";
    this.kind = kind;
    this.url = url;
  }
}

export function isPageParseError(error: unknown): error is PageParseError {
  return error instanceof PageParseError;
}
