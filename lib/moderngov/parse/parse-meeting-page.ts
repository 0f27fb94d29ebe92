import type { CheerioAPI } from "cheerio";
import { findAttendanceTables, readAttendanceTable } from "./attendance-table";
import { PageParseError } from "./errors";
import { parseMeetingTitle } from "./meeting-title";
import { loadModernGovPage, validateResult } from "./page-kind";
import { parseAgendaItems } from "./parse-agenda-items";
import { parseMeetingLinks } from "./parse-meeting-links";
import { normaliseText } from "./text";
import {
  meetingPageSchema,
  type AgendaItem,
  type MeetingDocument,
  type MeetingPage,
  type MeetingStatus,
  type Venue,
} from "./types";
import { COMMITTEE_ID_PARAMS, MEETING_ID_PARAMS, readQueryInt, resolveUrl } from "./urls";

// ieListDocuments.aspx: the meeting page (agenda, decisions, minutes). See docs/moderngov.md#meeting-page for the
// markup.

export function parseMeetingPage(html: string, pageUrl: string): MeetingPage {
  const $ = loadModernGovPage(html, pageUrl, ["meeting"]);
  const root = $("#modgov");
  const subtitle = root.find(".mgSubTitleTxt").first();
  const title = normaliseText(subtitle.text()) || normaliseText(root.find("h1").first().text());
  const parsedTitle = parseMeetingTitle(title);
  const committeeHref = subtitle.find('a[href*="mgCommitteeDetails.aspx" i]').attr("href");
  const { attendanceUrl, documents } = parseMeetingLinks($, pageUrl);
  const items = parseAgendaItems($, pageUrl);
  const webcastUrl = readWebcastUrl($, pageUrl);

  const meetingId =
    readQueryInt(pageUrl, MEETING_ID_PARAMS) ??
    readQueryInt(attendanceUrl, ["ID"]) ??
    readQueryInt(webcastUrl, ["mg_m_id"]);
  if (meetingId === null) throw new PageParseError("malformed", pageUrl, "no meeting id in the URL or the page");

  const modified = $('meta[name="DC.date.modified"]').attr("content") ?? "";
  return validateResult(
    meetingPageSchema,
    {
      ...parsedTitle,
      url: resolveUrl(pageUrl, pageUrl),
      meetingId,
      committeeId: readQueryInt(committeeHref, ["ID"]) ?? readQueryInt(pageUrl, COMMITTEE_ID_PARAMS),
      committeeName: parsedTitle.committeeName,
      heading: normaliseText(root.find("h1").first().text()) || null,
      title,
      status: readStatus(parsedTitle, documents, items),
      venue: readVenue($, pageUrl),
      contact: readLabelledParagraph($, /contact/i),
      webcastUrl,
      attendanceUrl,
      documents,
      items,
      attendance: findAttendanceTables($, root)
        .toArray()
        .flatMap((t) => readAttendanceTable($, $(t), pageUrl)),
      notices: readNotices($),
      modifiedDate: /^\d{4}-\d{2}-\d{2}$/.test(modified) ? modified : null,
    },
    pageUrl,
  );
}

function readStatus(
  flags: { cancelled: boolean; postponed: boolean },
  documents: MeetingDocument[],
  items: AgendaItem[],
): MeetingStatus {
  if (flags.cancelled) return "cancelled";
  if (flags.postponed) return "postponed";
  const outcomes = documents.some((d) => d.kind === "printed-minutes" || d.kind === "printed-decisions");
  if (outcomes || items.some((i) => i.minutes || i.decision)) return "held";
  return "scheduled";
}

function findLabelledParagraph($: CheerioAPI, label: RegExp) {
  return $("#modgov p")
    .filter((_, p) => label.test(normaliseText($(p).find(".mgLabel").first().text())))
    .first();
}

function readLabelledParagraph($: CheerioAPI, label: RegExp): MeetingPage["contact"] {
  const p = findLabelledParagraph($, label);
  if (p.length === 0) return null;
  const clone = p.clone();
  clone.find(".mgLabel").remove();
  const text = normaliseText(clone.text());
  const email =
    p
      .find('a[href^="mailto:" i]')
      .first()
      .attr("href")
      ?.replace(/^mailto:/i, "")
      .trim() || null;
  const phone = /Tel(?:ephone)?:?\s*([+\d][\d\s()-]{6,}\d)/i.exec(text)?.[1]?.trim() ?? null;
  return { text, email, phone };
}

function readVenue($: CheerioAPI, pageUrl: string): Venue | null {
  const p = findLabelledParagraph($, /venue/i);
  if (p.length === 0) return null;
  const clone = p.clone();
  clone.find(".mgLabel").remove();
  const directions = clone.find('a[href*="mgLocationDetails.aspx" i]');
  const locationUrl = resolveUrl(directions.first().attr("href"), pageUrl);
  directions.filter((_, a) => /directions/i.test($(a).text())).remove();
  const text = normaliseText(clone.text()).replace(/\s*\.?\s*View directions\s*$/i, "");
  return text ? { text, locationUrl, roomId: readQueryInt(locationUrl, ["RID"]) } : null;
}

function readWebcastUrl($: CheerioAPI, pageUrl: string): string | null {
  const labelled = findLabelledParagraph($, /webcast|media/i)
    .find("a[href]")
    .first()
    .attr("href");
  if (labelled) return resolveUrl(labelled, pageUrl);
  const link = $("#modgov a[href]")
    .filter((_, a) => /webcast|mg_bounce|public-i\.tv\/.*mg_m_id/i.test(`${$(a).text()} ${$(a).attr("href")}`))
    .first()
    .attr("href");
  if (link) return resolveUrl(link, pageUrl);
  // Some installs embed the player instead: mgMeetingMedia = new mgMediaPlayer(mgJQuery, "…", [{"Url": …}]).
  const script = $("script")
    .toArray()
    .map((s) => $(s).text())
    .find((t) => t.includes("mgMediaPlayer("));
  const media = script ? /"Url"\s*:\s*"([^"]+)"/.exec(script)?.[1] : undefined;
  return media ? resolveUrl(media.replace(/\\\//g, "/"), pageUrl) : null;
}

function readNotices($: CheerioAPI): string[] {
  // Page-level notices only: item descriptions ("There are no items … in private") are not about the meeting.
  return $("#modgov p")
    .filter((_, p) => $(p).closest("table").length === 0)
    .toArray()
    .map((p) => normaliseText($(p).text()))
    .filter((t) => /^(no documents|there are no|this meeting has been (cancelled|postponed))/i.test(t))
    .filter((t, i, all) => all.indexOf(t) === i);
}
