// Bullets that are points of one list: kept under the sentence that introduces them ("Since March 2025, the service
// has:"), so none reads without its subject. Shared by every renderer of a summary and by whatever reads one bullet
// on its own (the weekly email, the evaluation's fact check).
import type { SummaryBullet } from "./types";

/** A run of bullets: a list under its lead, or one bullet on its own (lead null). */
export interface BulletGroup<T> {
  lead: string | null;
  items: T[];
}

/** Consecutive bullets with the same lead, grouped in reading order. */
export function groupBullets<T extends Pick<SummaryBullet, "lead">>(bullets: T[]): BulletGroup<T>[] {
  const groups: BulletGroup<T>[] = [];
  for (const b of bullets) {
    const last = groups.at(-1);
    if (b.lead && last?.lead === b.lead) last.items.push(b);
    else groups.push({ lead: b.lead ?? null, items: [b] });
  }
  return groups;
}

/**
 * A bullet read on its own: a list's point with its lead ("Since March 2025, the service has: Recruited …"). The point
 * keeps its capital: it may be a name ("Shaw Trust, a charity …").
 */
export function bulletText(bullet: Pick<SummaryBullet, "text" | "lead">): string {
  return bullet.lead ? `${bullet.lead} ${bullet.text}` : bullet.text;
}
