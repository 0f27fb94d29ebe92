// The scrape's options, progress events and result, apart from the scrape itself so the steps that emit events
// (scrape-meeting.ts) and the CLI that shows them (lib/cli/scrape-progress.ts) need not import scrape-council.ts.
import type { Window } from "./list-meetings";
import type { RecordedError, RunCounters } from "./run-record";

export interface ScrapeOptions {
  /** The council, with its canonical ModernGov root (what the site links to) */
  council: {
    slug: string;
    name: string;
    baseUrl: string;
    extraHosts?: readonly string[];
    /** read mgListRecordedVotes.aspx (lib/councils.ts) */ recordedVoteList?: boolean;
  };
  /** Where to fetch from instead of the canonical root: a local replay server or a mirror */
  fetchBaseUrl?: string;
  window: Window;
  committeeIds?: number[];
  meetingIds?: number[];
  /**
   * false: reuse the stored committee list, details and members instead of fetching them (the frequent meetings
   * poll; committees change rarely and are refreshed weekly). Falls back to fetching when nothing is stored yet.
   */
  refreshCommittees?: boolean;
  now?: Date;
  /**
   * The instant that decides whether a meeting is past or future (default: now). A replayed snapshot passes the
   * day it was taken (SNAPSHOT_NOW), so its "future" meetings stay future whatever the date.
   */
  asOf?: Date;
  onEvent?: (event: ScrapeEvent) => void;
  /** Bytes of page bodies the run keeps to reuse within itself (default DEFAULT_RUN_CACHE_BYTES, lib/ingest/page-cache.ts). */
  pageCacheBytes?: number;
}

export type ScrapeEvent =
  | { type: "meetings-found"; total: number }
  | {
      type: "meeting-done";
      title: string;
      outcome: "fetched" | "updated" | "unchanged" | "failed";
      bytesDownloaded: number;
    }
  | { type: "documents-found"; total: number }
  | { type: "document-done"; title: string; outcome: string }
  | { type: "log"; message: string };

export interface ScrapeResult {
  runId: number;
  status: "succeeded" | "partial" | "failed";
  failureReason: string | null;
  counters: RunCounters;
  errors: RecordedError[];
  /** Meetings whose page or documents changed in this run (to re-summarise). */
  changedMeetingIds: number[];
}
