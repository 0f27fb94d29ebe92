import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import {
  corpusMeetingSchema,
  corpusMinutesSchema,
  corpusReportSchema,
  type CorpusMeeting,
  type CorpusMinutes,
  type CorpusReport,
} from "./schema";

// Reads and validates every file of the real-text corpus. A bad file stops the evaluation naming the file.

export const CORPUS_DIR = path.resolve(import.meta.dirname, "../../../tests/fixtures/real-harrow");

/** MIds kept aside for independent checking: never part of the corpus. */
export const KEPT_ASIDE = new Set([65121, 65435, 65794, 65887, 65911, 65928, 65944, 65953, 65965, 65971, 65977, 65989]);

export interface Corpus {
  meetings: CorpusMeeting[];
  reports: CorpusReport[];
  /** Long invented printed minutes of whole meetings (tests/fixtures/real-harrow/minutes) */
  minutes: CorpusMinutes[];
}

function readAll<T>(dir: string, schema: z.ZodType<T>): T[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const parsed = schema.safeParse(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
    if (!parsed.success) throw new Error(`${path.join(dir, file)}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

export function loadCorpus(dir = CORPUS_DIR): Corpus {
  const meetings = readAll(path.join(dir, "meetings"), corpusMeetingSchema);
  const reports = readAll(path.join(dir, "reports"), corpusReportSchema);
  const minutes = readAll(path.join(dir, "minutes"), corpusMinutesSchema);
  const aside = meetings.filter((m) => KEPT_ASIDE.has(m.mid));
  if (aside.length)
    throw new Error(`the corpus must not hold meetings kept aside for checking: ${aside.map((m) => m.mid).join(", ")}`);
  const mids = [...meetings.map((m) => m.mid), ...reports.map((r) => r.mid), ...minutes.map((m) => m.mid)];
  const dup = mids.find((mid, i) => mids.indexOf(mid) !== i);
  if (dup !== undefined) throw new Error(`MId ${dup} appears twice in the corpus`);
  return { meetings, reports, minutes };
}
