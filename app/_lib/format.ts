// Dates, sizes and counts as the council and British readers write them: "Tuesday 8 July 2025, 6.30 pm",
// always in London time whatever the server's zone.
import { LONDON_TIME_ZONE } from "@/lib/urls";

const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON_TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hour12: true,
});

function parts(iso: string): Record<string, string> {
  return Object.fromEntries(PARTS.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
}

/** "Tuesday 8 July 2025" */
export function formatDay(iso: string): string {
  const p = parts(iso);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "8 Jul 2025", for dense lists */
export function formatShortDate(iso: string): string {
  const p = parts(iso);
  return `${p.day} ${p.month?.slice(0, 3)} ${p.year}`;
}

/** "6.30 pm", the council's own style */
export function formatTime(iso: string): string {
  const p = parts(iso);
  return `${p.hour}.${p.minute} ${(p.dayPeriod ?? "").toLowerCase()}`.trim();
}

/** "Tuesday 8 July 2025, 6.30 pm" */
export function formatDateTime(iso: string): string {
  return `${formatDay(iso)}, ${formatTime(iso)}`;
}

/** "262 KB", "1.4 MB" (1 KB = 1024 bytes, as ModernGov prints sizes) */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
