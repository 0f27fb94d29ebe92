// Small pure helpers that turn a meeting row into the words and links of a digest section.
import { z } from "zod";
import { formatDayMonth, formatTime } from "@/lib/london-time";
import { bulletText, groupBullets } from "@/lib/summarize/bullets";
import type { DigestSection } from "../data/digest-content";

/** "Thursday 23 October, 6.00 pm": London time, written as on the site; the email's week makes the year plain. */
export function formatMeetingWhen(startsAt: Date): string {
  return `${formatDayMonth(startsAt)}, ${formatTime(startsAt)}`;
}

// Only the parts of lib/summarize's MeetingSummary a digest shows; read leniently so that a summary written by an
// older or newer engine still contributes its bullets.
const summaryContentSchema = z.object({
  sections: z
    .array(
      z.object({
        heading: z.string(),
        decision: z.string().nullable().catch(null).default(null),
        bullets: z.array(z.object({ text: z.string(), lead: z.string().optional().catch(undefined) })).catch([]),
      }),
    )
    .catch([]),
});

export const MAX_SECTIONS = 4;
export const MAX_BULLETS_PER_SECTION = 3;
const MAX_BULLET_LENGTH = 400;

export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

/**
 * The first few sections of a stored summary: each item's decision, then its first bullets; [] when it has none or
 * is unreadable. A section is kept when it says what was decided or has bullets: an item whose only line is its
 * decision ("The Fly-tipping and Littering Strategy was approved.") is the news, not a section to drop.
 */
export function digestSections(content: unknown): DigestSection[] {
  const parsed = summaryContentSchema.safeParse(content);
  if (!parsed.success) return [];
  return parsed.data.sections
    .map((s): DigestSection => ({
      heading: clip(s.heading, 160),
      ...(s.decision?.trim() ? { decision: clip(s.decision, MAX_BULLET_LENGTH) } : {}),
      bullets: emailBullets(s.bullets)
        .slice(0, MAX_BULLETS_PER_SECTION)
        .map((b) => clip(b, MAX_BULLET_LENGTH))
        .filter(Boolean),
    }))
    .filter((s) => s.heading !== "" && (Boolean(s.decision) || s.bullets.length > 0))
    .slice(0, MAX_SECTIONS);
}

/**
 * The email's bullets: a list's points as one line after the sentence that introduces them ("Since March 2025, the
 * service has: Created three teams; Recruited 4 advisers."), the lead said once and never a point without it.
 */
function emailBullets(bullets: { text: string; lead?: string }[]): string[] {
  return groupBullets(bullets).map((g) =>
    g.lead
      ? bulletText({
          lead: g.lead,
          text: g.items.map((b, i, all) => (i < all.length - 1 ? b.text.replace(/[.;]\s*$/, "") : b.text)).join("; "),
        })
      : g.items.map((b) => b.text).join(" "),
  );
}

// The papers a reader most wants first: what was decided, then what was discussed.
const DOCUMENT_ORDER = [
  "printed_minutes",
  "printed_decisions",
  "public_reports_pack",
  "agenda_frontsheet",
  "supplement",
];
export const MAX_DOCUMENTS = 5;

export function httpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password
      ? url.toString()
      : null;
  } catch {
    return null;
  }
}

export function keyDocuments(
  docs: { title: string; url: string | null; kind: string }[],
): { title: string; url: string }[] {
  const rank = (kind: string) => {
    const i = DOCUMENT_ORDER.indexOf(kind);
    return i === -1 ? DOCUMENT_ORDER.length : i;
  };
  return docs
    .map((d, i) => ({ title: clip(d.title, 160), url: httpUrl(d.url), rank: rank(d.kind), i }))
    .filter((d): d is { title: string; url: string; rank: number; i: number } => d.url !== null && d.title !== "")
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .slice(0, MAX_DOCUMENTS)
    .map(({ title, url }) => ({ title, url }));
}
