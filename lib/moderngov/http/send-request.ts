import { FetchError } from "./fetch-errors";

// One HTTP exchange with a deadline that covers the headers AND the body: the timer only stops once `handle`
// has finished reading. Low-level failures are turned into FetchErrors that name the URL.

export type SendOptions = {
  headers: Record<string, string>;
  redirect: "manual" | "follow";
  timeoutMs: number;
  signal?: AbortSignal;
};

/** The signal handed to `handle` fires on timeout or caller abort, so body readers can tell why they stopped. */
export async function sendRequest<T>(
  url: URL,
  options: SendOptions,
  handle: (response: Response, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  if (options.signal?.aborted) throw abortedError(url);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`timed out after ${options.timeoutMs} ms`, "TimeoutError"));
  }, options.timeoutMs);
  const onCallerAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onCallerAbort, { once: true });

  try {
    const response = await fetch(url, {
      method: "GET",
      headers: options.headers,
      redirect: options.redirect,
      signal: controller.signal,
    });
    return await handle(response, controller.signal);
  } catch (error) {
    if (timedOut) {
      throw new FetchError("timeout", `${url.href} did not respond completely within ${options.timeoutMs} ms`, {
        url: url.href,
        cause: error,
      });
    }
    if (options.signal?.aborted) throw abortedError(url, error);
    if (error instanceof FetchError) throw error;
    throw new FetchError("network", `${url.href}: network error (${describeNetworkError(error)})`, {
      url: url.href,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onCallerAbort);
  }
}

function abortedError(url: URL, cause?: unknown): FetchError {
  return new FetchError("aborted", `${url.href}: request cancelled by the caller`, { url: url.href, cause });
}

// undici reports "fetch failed" with the useful part (ECONNREFUSED, ENOTFOUND, ...) in error.cause.
function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === "string" ? `${code}: ${cause.message}` : cause.message;
  }
  return String(cause);
}
