// Types for page-files.mjs (plain JavaScript, imported by the ISR cache handler that Next.js loads at run time).
export const GZIP_THRESHOLD_BYTES: number;
export const MAX_SEGMENT_BYTES: number;
export const DEFAULT_MAX_BYTES: number;
export const DEFAULT_MAX_PAGES: number;
export function pageFileName(pathname: string): string | undefined;
export function pathnameOfCacheKey(key: string): string | undefined;
export function servableAsFile(data: unknown, ctx: unknown, html: string): boolean;
export class PageFiles {
  constructor(options: { dir: string; maxBytes?: number; maxPages?: number; now?: () => number });
  readonly dir: string;
  readonly usage: { pages: number; bytes: number };
  settled(): Promise<void>;
  write(pathname: string, html: string, stillCurrent: () => boolean): Promise<void>;
  clear(): Promise<void>;
  sweep(maxAgeMs: number): Promise<void>;
}
