// Long minutes: the meeting page shows their start, cut at "…", with ModernGov's link to the full text
// (mgAi.aspx?ID={AIId}). That page is read and its whole minutes stored in the item's minutesText, which the
// summaries, search and the meeting page use. When it cannot be read the item is marked `minutesIncomplete`
// (the cut text is all we have) and the next run tries again.
import type { PrismaClient } from "@/lib/db";
import type { AgendaItem } from "@/lib/moderngov/parse/types";
import { parseItemPage } from "@/lib/moderngov/parse/parse-item-page";
import type { PageFetch, PageParse, PageRole } from "./page-cache";
import type { RunRecorder } from "./run-record";
import { itemSourceKey } from "./upsert-meeting";

export interface MinutesContext {
  page: (url: string, role: PageRole) => Promise<PageFetch>;
  parse: PageParse;
}

/** Returns true when an item's stored minutes changed. */
export async function completeItemMinutes(
  prisma: PrismaClient,
  run: RunRecorder,
  ctx: MinutesContext,
  meetingId: number,
  items: AgendaItem[],
  pageChanged: boolean,
): Promise<boolean> {
  let changed = false;
  for (const item of items) {
    if (item.isHeading || !item.minutesTruncated) continue;
    const row = await prisma.agendaItem.findUnique({
      where: { meetingId_sourceKey: { meetingId, sourceKey: itemSourceKey(item) } },
      select: { id: true, minutesText: true, minutesIncomplete: true },
    });
    if (!row) continue;
    let full: string | null = null;
    if (item.fullTextUrl) {
      try {
        full = (await ctx.parse(await ctx.page(item.fullTextUrl, "optional"), "item-page", parseItemPage)).minutes;
        if (!full) throw new Error(`${item.fullTextUrl} has no "Minutes:" text`);
      } catch (error) {
        await run.pageFailed(item.fullTextUrl, error, "optional", meetingId);
      }
    }
    if (full) {
      if (row.minutesText !== full || row.minutesIncomplete) {
        await prisma.agendaItem.update({
          where: { id: row.id },
          data: { minutesText: full, minutesIncomplete: false },
        });
        changed = true;
      }
    } else if (pageChanged && !row.minutesIncomplete) {
      // The page was rewritten with the cut text: say so. (An unchanged page keeps the full text stored before.)
      await prisma.agendaItem.update({ where: { id: row.id }, data: { minutesIncomplete: true } });
      changed = true;
    }
  }
  return changed;
}
