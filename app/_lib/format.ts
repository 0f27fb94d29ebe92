// Sizes and counts as British readers write them. Dates and times come from lib/london-time.ts, the one way the
// site, the emails and the feeds write them ("Tuesday 8 July 2025, 6.30 pm", always in London time).
export { formatDateTime, formatDay, formatShortDate, formatTime } from "@/lib/london-time";

/** "262 KB", "1.4 MB" (1 KB = 1024 bytes, as ModernGov prints sizes) */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
