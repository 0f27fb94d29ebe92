import { FetchError } from "./fetch-errors";

// Streams a response body with a hard size cap, so a runaway or hostile response cannot fill memory, and turns
// an early connection close into a clear "truncated" error instead of silently storing half a PDF.

export type ReadBodyOptions = {
  url: string;
  maxBytes: number;
  /** Counts bytes as they arrive, so failed attempts still show up in the run's totals. */
  onBytes?: (n: number) => void;
  /** Stop quietly at maxBytes and return what arrived (used to peek at a mismatched body). */
  stopAtLimit?: boolean;
  /** When this has fired, stream errors are the caller's to classify (timeout / abort), not "truncated". */
  signal?: AbortSignal;
};

export function readContentLength(headers: Headers): number | undefined {
  const raw = headers.get("content-length");
  if (raw === null || !/^\d+$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}

export async function readBodyCapped(response: Response, options: ReadBodyOptions): Promise<Buffer> {
  const { url, maxBytes } = options;
  const declared = readContentLength(response.headers);
  // undici decodes gzip/br transparently, so Content-Length then counts encoded bytes and cannot be compared.
  const encoded = (response.headers.get("content-encoding") ?? "identity").toLowerCase() !== "identity";

  if (!options.stopAtLimit && declared !== undefined && !encoded && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchError("too-large", `${url} is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} cap`, {
      url,
      status: response.status,
    });
  }
  if (!response.body) return Buffer.alloc(0);

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      options.onBytes?.(value.byteLength);
      if (total + value.byteLength > maxBytes) {
        if (options.stopAtLimit) {
          chunks.push(value.subarray(0, maxBytes - total));
          total = maxBytes;
          await reader.cancel().catch(() => undefined);
          break;
        }
        await reader.cancel().catch(() => undefined);
        throw new FetchError("too-large", `${url} exceeded the ${formatBytes(maxBytes)} cap while downloading`, {
          url,
          status: response.status,
        });
      }
      total += value.byteLength;
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FetchError || options.signal?.aborted) throw error;
    const expected = declared !== undefined && !encoded ? ` of ${formatBytes(declared)}` : "";
    throw new FetchError("truncated", `${url}: connection closed after ${formatBytes(total)}${expected}`, {
      url,
      status: response.status,
      cause: error,
    });
  }

  if (!options.stopAtLimit && declared !== undefined && !encoded && total < declared) {
    throw new FetchError(
      "truncated",
      `${url}: body ended after ${formatBytes(total)} of ${formatBytes(declared)} (Content-Length)`,
      { url, status: response.status },
    );
  }
  return Buffer.concat(chunks, total);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
