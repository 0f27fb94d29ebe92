import { readBodyCapped } from "./body-reader";
import { findBlockPage } from "./content-check";
import { FetchError } from "./fetch-errors";
import { parseRetryAfter } from "./retry-policy";

// Turns a non-2xx response into a FetchError: a firewall's 403/503 page is reported as "blocked", and a
// Retry-After is carried along so the retry loop can honour it.

// Enough of an error page to recognise a firewall's block page without downloading a huge body.
export const ERROR_PEEK_BYTES = 64 * 1024;

export async function readHttpError(
  url: URL,
  res: Response,
  signal: AbortSignal,
  onBytes: (n: number) => void,
): Promise<FetchError> {
  let peek: Buffer = Buffer.alloc(0);
  try {
    peek = await readBodyCapped(res, { url: url.href, maxBytes: ERROR_PEEK_BYTES, stopAtLimit: true, onBytes, signal });
  } catch {
    // The status is the story; an unreadable error body does not change it.
  }
  const blockPage = findBlockPage(peek);
  if (blockPage) {
    return new FetchError("blocked", `${url.href} returned a ${blockPage} block page (HTTP ${res.status})`, {
      url: url.href,
      status: res.status,
    });
  }
  const retryAfterMs = parseRetryAfter(res.headers.get("retry-after"));
  const statusText = res.statusText ? ` ${res.statusText}` : "";
  return new FetchError("http", `${url.href} answered HTTP ${res.status}${statusText}`, {
    url: url.href,
    status: res.status,
    retryAfterMs,
  });
}
