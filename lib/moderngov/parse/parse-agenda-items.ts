import type { Cheerio, CheerioAPI } from "cheerio";
// Type-only: domhandler is the DOM cheerio is built on, erased at runtime.
import type { Element } from "domhandler";
import { parseItemContent } from "./parse-item-content";
import { normaliseText } from "./text";
import type { AgendaItem } from "./types";

// table.mgItemTable rows. Cells are located by class, not position, because Harrow's Planning Committee adds a
// leading "Note" column ("Note | No. | Item"). Rows without a number are either section headings ("Agenda -
// Part I", "Resolved Items", "Planning Applications Received") or unnumbered items ("Public Notice", "Prayers").

// Unnumbered rows that head a section even when they carry text (Planning's "Planning Applications Received"
// has the Chief Planning Officer's note under it).
const SECTION_HEADING =
  /^(agenda\s*[-–]\s*part\b|part\s+(i|ii|1|2)\b|recommended items?|resolved items?|items? for (decision|information|consideration)|for (consideration|decision|information)\b|planning applications received|exempt items?|confidential items?|part (i|ii) items?)/i;

// Planning references: P/0941/23 (to 2023), PL/0117/23 (later), once written PL-2968-24.
const APPLICATION_REF = /\b(PL|P)[/\-](\d{3,5})[/\-](\d{2})\b/g;

/** Planning application references in a text, normalised to slashes and de-duplicated. */
export function extractApplicationRefs(text: string): string[] {
  const refs = [...text.matchAll(APPLICATION_REF)].map((m) => `${m[1]}/${m[2]}/${m[3]}`);
  return [...new Set(refs)];
}

/** Direct rows of a table (not rows of tables nested in minutes). */
function directRows($: CheerioAPI, table: Cheerio<Element>): Cheerio<Element> {
  return table.children("tbody, thead, tfoot").children("tr").add(table.children("tr"));
}

export function parseAgendaItems($: CheerioAPI, pageUrl: string): AgendaItem[] {
  const table = $("#modgov table.mgItemTable, #modgov #mgItemTable").first();
  if (table.length === 0) return [];
  const items: AgendaItem[] = [];
  let section: string | null = null;

  directRows($, table).each((_, tr) => {
    const cells = $(tr).children("td");
    if (cells.length === 0) return; // header row of <th>
    let numberCell = cells.filter(".mgItemNumberCell").first();
    const contentCell = cells.last();
    if (numberCell.length === 0 && cells.length >= 2) numberCell = cells.eq(cells.length - 2);
    if (numberCell.length > 0 && numberCell.is(contentCell)) numberCell = $([]);
    const numberIndex = numberCell.length > 0 ? cells.index(numberCell) : cells.length - 1;
    const note = normaliseText(cells.slice(0, Math.max(0, numberIndex)).text()) || null;

    const anchorName = $(tr).find('a[name^="AI"]').first().attr("name") ?? "";
    const agendaItemId = /^AI(\d+)$/.exec(anchorName)?.[1];
    const number = normaliseText(numberCell.text()) || null;
    const content = parseItemContent($, contentCell, pageUrl);
    // Some section rows carry their words in a bare cell, not in p.mgAiTitleTxt.
    if (!content.title && !number && content.description && !/\n/.test(content.description)) {
      content.title = content.description;
      content.description = null;
    }
    if (!content.title && !number && !content.description && !content.minutes && content.documents.length === 0) {
      return; // spacer row
    }

    const hasBody = Boolean(content.description || content.minutes || content.decision || content.documents.length);
    const isHeading = !number && (!hasBody || SECTION_HEADING.test(content.title));
    items.push({
      order: items.length + 1,
      agendaItemId: agendaItemId ? Number(agendaItemId) : null,
      number,
      isHeading,
      section: isHeading ? null : section,
      note,
      title: content.title,
      description: content.description,
      minutes: content.minutes,
      minutesTruncated: content.minutesTruncated,
      fullTextUrl: content.fullTextUrl,
      decision: content.decision,
      decisionUrl: content.decisionUrl,
      issueHistoryUrl: content.issueHistoryUrl,
      recordedVotesUrl: content.recordedVotesUrl,
      documents: content.documents,
      restricted: content.restricted,
      applicationRefs: extractApplicationRefs(`${content.title} ${note ?? ""}`),
      recordedVotes: content.recordedVotes,
    });
    if (isHeading) section = content.title || section;
  });
  return items;
}
