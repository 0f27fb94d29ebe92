// Reading the outbox folder back, for the development page /dev/outbox. Names are checked against the shape the
// outbox transport writes, so a request can never name a path outside the folder.
import fs from "node:fs/promises";
import path from "node:path";
import type { OutboxSidecar } from "./outbox-transport";

const NAME = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/;

export interface OutboxEntry {
  name: string;
  to: string;
  subject: string;
  date: string;
}

export interface OutboxMessage extends OutboxSidecar {
  name: string;
  /** the raw header block of the .eml, unfolded, one field per line */
  headerLines: string[];
  /** the whole .eml as written */
  raw: string;
}

export function isOutboxName(name: string): boolean {
  return NAME.test(name);
}

/** Newest first; unreadable files are passed over. */
export async function listOutboxMessages(dir: string, limit = 200): Promise<OutboxEntry[]> {
  let files: string[];
  try {
    files = await fs.readdir(dir);
  } catch {
    return [];
  }
  const names = files
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5))
    .filter(isOutboxName)
    .sort()
    .reverse()
    .slice(0, limit);
  const entries = await Promise.all(
    names.map(async (name) => {
      try {
        const sidecar = JSON.parse(await fs.readFile(path.join(dir, `${name}.json`), "utf8")) as OutboxSidecar;
        return { name, to: sidecar.to, subject: sidecar.subject, date: sidecar.date };
      } catch {
        return null;
      }
    }),
  );
  return entries.filter((e): e is OutboxEntry => e !== null);
}

export async function readOutboxMessage(dir: string, name: string): Promise<OutboxMessage | null> {
  if (!isOutboxName(name)) return null;
  try {
    const [json, raw] = await Promise.all([
      fs.readFile(path.join(dir, `${name}.json`), "utf8"),
      fs.readFile(path.join(dir, `${name}.eml`), "utf8"),
    ]);
    const headerBlock = raw.split(/\r?\n\r?\n/, 1)[0] ?? "";
    const headerLines = headerBlock.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/);
    return { ...(JSON.parse(json) as OutboxSidecar), name, headerLines, raw };
  } catch {
    return null;
  }
}
