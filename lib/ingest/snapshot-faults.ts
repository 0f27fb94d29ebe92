// The bundled snapshots plant faults on purpose, so a first `npm start` shows how a bad paper is recorded: the
// run then ends "partial", which would alarm a newcomer unless the output says these are expected.
import type { RecordedError } from "./run-record";

export interface PlantedFault {
  /** a part of the document's URL unique to it */
  urlPart: string;
  kind: string;
  what: string;
}

export const PLANTED_FAULTS: Record<string, PlantedFault[]> = {
  harrow: [
    { urlPart: "/s206301/", kind: "pdf:corrupt", what: "a truncated (corrupt) report" },
    { urlPart: "/s206702/", kind: "pdf:no-text", what: "a scanned appendix with no text" },
  ],
};

function isPlanted(slug: string, error: RecordedError): boolean {
  return (PLANTED_FAULTS[slug] ?? []).some((f) => error.kind === f.kind && error.url.includes(f.urlPart));
}

/** A line saying which of a snapshot run's errors were planted on purpose; null when none were. */
export function describePlantedFaults(slug: string, errors: RecordedError[]): string | null {
  const planted = errors.filter((e) => isPlanted(slug, e));
  if (planted.length === 0) return null;
  const whats = (PLANTED_FAULTS[slug] ?? [])
    .filter((f) => planted.some((e) => e.url.includes(f.urlPart)))
    .map((f) => f.what);
  const list = whats.length === 2 ? `${whats[0]} and ${whats[1]}` : whats.join(", ");
  const count =
    planted.length === 1
      ? "This error is"
      : planted.length === 2
        ? "Both errors are"
        : `These ${planted.length} errors are`;
  if (planted.length === errors.length) {
    return `${count} expected: the snapshot plants ${list} on purpose, to show how an unreadable paper is recorded (hence "partial").`;
  }
  return `${planted.length} of the ${errors.length} errors are expected (the snapshot plants ${list} on purpose); the others are not.`;
}
