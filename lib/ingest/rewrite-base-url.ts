// Scraping a mirror (the local replay server, a staging copy) while storing the council's real URLs: the scraper
// works in canonical URLs throughout and only this wrapper knows where requests actually go.
import type { FetchRequest, FetchResult, HttpClient } from "@/lib/moderngov/http/http-client";

export function withBaseUrlRewrite(http: HttpClient, canonicalBase: string, actualBase: string): HttpClient {
  const canonical = canonicalBase.replace(/\/+$/, "");
  const actual = actualBase.replace(/\/+$/, "");
  if (canonical === actual) return http;
  const swap = (url: string, from: string, to: string) =>
    url === from || url.startsWith(`${from}/`) ? to + url.slice(from.length) : url;
  return {
    options: http.options,
    readStats: () => http.readStats(),
    async fetchResource(url: string, request: FetchRequest): Promise<FetchResult> {
      const result = await http.fetchResource(swap(url, canonical, actual), request);
      return { ...result, url: swap(result.url, actual, canonical) };
    },
  };
}

/** Every request through `http` (and each of its redirect hops and robots.txt) passes `guard` first. */
export function withHostGuard(http: HttpClient, guard: NonNullable<FetchRequest["guard"]>): HttpClient {
  return {
    options: http.options,
    readStats: () => http.readStats(),
    fetchResource: (url: string, request: FetchRequest) => http.fetchResource(url, { ...request, guard }),
  };
}
