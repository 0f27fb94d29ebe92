import type { ExpectedContent, Validators } from "./fetch-options";

// Request headers of the polite client: who we are, what we want, and what we already have (conditional GET).

export const ACCEPT_HEADERS: Record<ExpectedContent, string> = {
  html: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
  pdf: "application/pdf,*/*;q=0.1",
  xml: "text/xml,application/xml;q=0.9,*/*;q=0.1",
  text: "text/plain,*/*;q=0.1",
};

export function buildHeaders(
  userAgent: string,
  expect: ExpectedContent,
  validators?: Validators,
): Record<string, string> {
  const headers: Record<string, string> = { "user-agent": userAgent, accept: ACCEPT_HEADERS[expect] };
  if (validators?.etag) headers["if-none-match"] = validators.etag;
  const lastModified = formatLastModified(validators?.lastModified);
  if (lastModified) headers["if-modified-since"] = lastModified;
  return headers;
}

export function hasValidators(validators?: Validators): boolean {
  return Boolean(validators?.etag || validators?.lastModified);
}

export function formatLastModified(value: string | Date | null | undefined): string | undefined {
  if (!value) return undefined;
  return value instanceof Date ? value.toUTCString() : value;
}
