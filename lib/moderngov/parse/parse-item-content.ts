import type { Cheerio, CheerioAPI } from "cheerio";
// Type-only: domhandler is the DOM cheerio is built on, erased at runtime.
import type { AnyNode, Element } from "domhandler";
import { isDocumentHref, isRestrictedLink, parseDocumentLink, readLinkTitle } from "./parse-document-link";
import { extractBlockText, normaliseText } from "./text";
import type { MeetingDocument, RecordedVote } from "./types";
import { resolveUrl } from "./urls";

// The content cell of one agenda row, read in document order: p.mgAiTitleTxt (title, maybe linking the report),
// the standing description, then sections introduced by p.mgSubItemTitleTxt labels ("Additional documents:",
// "Decision:", "Minutes:"). Everything after a label belongs to it until the next label.

export type ItemContent = {
  title: string;
  description: string | null;
  minutes: string | null;
  minutesTruncated: boolean;
  fullTextUrl: string | null;
  decision: string | null;
  decisionUrl: string | null;
  issueHistoryUrl: string | null;
  recordedVotesUrl: string | null;
  documents: MeetingDocument[];
  restricted: boolean;
  recordedVotes: RecordedVote[];
};

type Section = "description" | "documents" | "minutes" | "decision";

function sectionForLabel(label: string): Section | "other" {
  const text = label.toLowerCase();
  if (/minute/.test(text)) return "minutes";
  if (/decision/.test(text)) return "decision";
  if (/document|enclosure|appendi|attachment|paper|report/.test(text)) return "documents";
  return "other";
}

export function parseItemContent($: CheerioAPI, cell: Cheerio<Element>, pageUrl: string): ItemContent {
  const out: ItemContent = {
    title: "",
    description: null,
    minutes: null,
    minutesTruncated: false,
    fullTextUrl: null,
    decision: null,
    decisionUrl: null,
    issueHistoryUrl: null,
    recordedVotesUrl: null,
    documents: [],
    restricted: false,
    recordedVotes: [],
  };
  const texts: Record<Section, AnyNode[]> = { description: [], documents: [], minutes: [], decision: [] };
  let section: Section = "description";
  let titleSeen = false;

  cell.contents().each((_, node) => {
    if (node.type === "text") {
      if (normaliseText((node as unknown as { data: string }).data)) texts[section].push(node);
      return;
    }
    if (node.type !== "tag") return;
    const el = $(node as Element);
    if (!titleSeen && el.is("p.mgAiTitleTxt, .mgAiTitleTxt")) {
      titleSeen = true;
      readTitle($, el, pageUrl, out);
      return;
    }
    if (el.is(".mgSubItemTitleTxt")) {
      const next = sectionForLabel(normaliseText(el.text()));
      // Unrecognised labels ("Comments:") stay visible as part of the description rather than vanish.
      if (next === "other") texts.description.push(node);
      section = next === "other" ? "description" : next;
      return;
    }
    if (el.is("table") && /recorded vote/i.test(el.find("caption").first().text())) {
      out.recordedVotes.push(...readRecordedVotes($, el));
      return;
    }
    collectLinks($, el, pageUrl, section, out);
    if (section !== "documents" && !isNavigationOnly($, el)) texts[section].push(node);
  });

  for (const key of ["description", "minutes", "decision"] as const) {
    const nodes = texts[key];
    if (nodes.length === 0) continue;
    const wrapper = $("<div></div>").append($(nodes).clone());
    // Long minutes end "… view the full minutes text for item 59." linking mgAi.aspx: keep the ellipsis as
    // the cut mark, drop the link wording, and hand the full-text URL to the scraper.
    const more = wrapper.find('a[href*="mgAi.aspx" i]').filter((_, a) => /view the full/i.test($(a).text()));
    if (more.length > 0) {
      if (key === "minutes") out.minutesTruncated = true;
      out.fullTextUrl ??= resolveUrl(more.first().attr("href"), pageUrl);
      more.remove();
    }
    const text = extractBlockText(wrapper);
    out[key] = (more.length > 0 ? text.replace(/\s*\.\.\.\s*$/, " …") : text) || null;
  }
  if (out.title && isRestrictedLink(out.title, null)) out.restricted = true;
  if (out.documents.some((d) => d.restricted)) out.restricted = true;
  return out;
}

// "View the decision for item 5.", "View Recorded Vote for this item": links to other pages, not item text.
const NAVIGATION_HREF = /(ieDecisionDetails|mgIssueHistoryHome|ieIssueDetails|mgListRecordedVotes\w*)\.aspx/i;

function isNavigationOnly($: CheerioAPI, el: Cheerio<Element>): boolean {
  if (el.is(".mgActionList")) return true;
  const links = el.is("a") ? el : el.find("a[href]");
  if (links.length === 0) return false;
  const allNavigation = links.toArray().every((a) => NAVIGATION_HREF.test($(a).attr("href") ?? ""));
  return allNavigation && normaliseText(el.text()) === normaliseText(links.text());
}

function readTitle($: CheerioAPI, el: Cheerio<Element>, pageUrl: string, out: ItemContent): void {
  const link = el
    .find("a[href]")
    .filter((_, a) => isDocumentHref($(a).attr("href")))
    .first();
  if (link.length > 0) out.documents.push(parseDocumentLink($, link, pageUrl, "item-report"));
  out.title = readLinkTitle($, el);
}

function collectLinks($: CheerioAPI, el: Cheerio<Element>, pageUrl: string, section: Section, out: ItemContent): void {
  const anchors = el.is("a") ? el : el.find("a[href]");
  anchors.each((_, node) => {
    const a = $(node);
    const href = a.attr("href") ?? "";
    if (/ieDecisionDetails\.aspx/i.test(href)) out.decisionUrl ??= resolveUrl(href, pageUrl);
    else if (/mgIssueHistoryHome\.aspx|ieIssueDetails\.aspx/i.test(href))
      out.issueHistoryUrl ??= resolveUrl(href, pageUrl);
    else if (/mgListRecordedVotes\w*\.aspx/i.test(href)) out.recordedVotesUrl ??= resolveUrl(href, pageUrl);
    else if (section === "documents" && isDocumentHref(href)) {
      out.documents.push(parseDocumentLink($, a, pageUrl, "additional-document"));
    }
  });
  if (section !== "documents") return;
  // Exempt papers are listed without a usable link ("Restricted enclosure View the reasons why…").
  el.find("li")
    .addBack("li")
    .each((_, node) => {
      const li = $(node as Element);
      const text = normaliseText(li.text());
      const hasDocLink = li
        .find("a[href]")
        .toArray()
        .some((a) => isDocumentHref($(a).attr("href")));
      if (!hasDocLink && isRestrictedLink(text, li.find("a").attr("href"))) {
        out.documents.push(parseDocumentLink($, li, pageUrl, "additional-document"));
      }
    });
}

function readRecordedVotes($: CheerioAPI, table: Cheerio<Element>): RecordedVote[] {
  const votes: RecordedVote[] = [];
  table.find("tr").each((_, tr) => {
    const cells = $(tr)
      .children("td")
      .toArray()
      .map((td) => normaliseText($(td).text()));
    if (cells.length === 0 || !cells[0]) return;
    votes.push({ title: cells[0], type: cells[1] || null, text: cells[2] || null, result: cells[3] || null });
  });
  return votes;
}
