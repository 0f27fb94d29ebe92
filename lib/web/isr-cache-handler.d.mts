// Types for isr-cache-handler.mjs (plain JavaScript, loaded by Next.js at run time).
export const CONTENT_CHANGES_CONFIG: unique symbol;
export const CONTENT_CHANGED_CHANNEL: string;
export const HEARTBEAT_CHANNEL: string;
export const LISTENER_APPLICATION_NAME: string;
export const MAX_AGE_MS: number;
export const MIN_REFRESH_MS: number;
export const MAX_TRACKED: number;
export const PAGE_CACHE_CONFIG: unique symbol;
export const DEFAULT_MAX_DISK_BYTES: number;
export const MAX_NAME_BYTES: number;
export const MAX_PATH_BYTES: number;
export class DiskBudget {
  constructor(maxBytes: number);
  readonly totalBytes: number;
  readonly entries: number;
  maxBytes: number;
  record(base: string, bytes: number, key?: string): { base: string; key: string | undefined }[];
  forget(base: string): void;
}
export function entryBytes(base: string): number;
export function scanEntries(dir: string): { base: string; bytes: number; mtimeMs: number }[];
export function storablePath(file: string): boolean;
export function stripScripts(html: string): string;
export class ContentFreshness {
  constructor(options?: { now?: () => number; maxAgeMs?: number; minRefreshMs?: number; maxTracked?: number });
  readonly tracked: number;
  version: number;
  listening: boolean;
  changed(table?: string): void;
  setListening(listening: boolean): void;
  check(key: string): "fresh" | "stale" | "timer";
  missing(key: string): void;
  stored(key: string): number;
  onChange(listener: () => void): void;
  isCurrent(version: number): boolean;
}
export function listenForContentChanges(
  databaseUrl: string,
  state: ContentFreshness,
  options?: { heartbeatMs?: number },
): {
  connection(): import("pg").Client | undefined;
  stop(): Promise<void>;
};
declare const ScriptFreePageCache: new (ctx: unknown) => {
  get(key: string, ctx: unknown): Promise<unknown>;
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
};
export default ScriptFreePageCache;
