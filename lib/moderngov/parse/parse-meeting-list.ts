import type { Cheerio, CheerioAPI } from "cheerio";
// Type-only: domhandler is the DOM cheerio is built on, erased at runtime.
import type { Element } from "domhandler";
import { pickMeetingDateTime } from "./dates";
import { peelPrefixMarkers, readMeetingFlags, splitSuffixMarkers } from "./meeting-title";
import { loadModernGovPage, validateResult } from "./page-kind";
import { extractBlockText, normaliseText } from "./text";
import { meetingListSchema, type MeetingList, type MeetingListEntry } from "./types";
import { COMMITTEE_ID_PARAMS, MEETING_ID_PARAMS, readQueryInt, resolveUrl } from "./urls";

// ieListMeetings.aspx (BrowseMeetings.html): one row per meeting, "15 Jan 2026 7:30 pm - Agenda, Decisions,
// Minutes" / " - CANCELLED", with Earlier/Later paging links. A committee with no meetings in the window is a
// genuine empty list, so an empty result is returned only when the page's own list furniture is present.

// What a row can say is published; anything else after the date is a status marker.
const PUBLISHED = /^(agenda|decisions?|minutes|printed minutes|draft minutes|reports?|supplements?)$/i;

export function parseMeetingList(html: string, pageUrl: string): MeetingList {
  const $ = loadModernGovPage(html, pageUrl, ["meeting-list"]);
  const root = $("#modgov");
  const hidden = Number(root.find('input[name="hCommitteeId"]').attr("value"));
  const committeeId =
    readQueryInt(pageUrl, COMMITTEE_ID_PARAMS) ??
    (hidden > 0 ? hidden : null) ??
    readQueryInt(root.find('a[href*="mgCommitteeDetails.aspx" i]').first().attr("href"), ["ID"]);

  const meetings: MeetingListEntry[] = [];
  const seen = new Set<number>();
  root.find('a.mgMeetingTableLnk, .mgNonBulletTableList a[href*="ieListDocuments.aspx" i]').each((_, a) => {
    const entry = readRow($, $(a), pageUrl, committeeId);
    if (entry && !seen.has(entry.meetingId)) {
      seen.add(entry.meetingId);
      meetings.push(entry);
    }
  });

  const paging = (act: string) => resolveUrl(root.find(`a[href*="Act=${act}" i]`).first().attr("href"), pageUrl);
  const info = root.find("h2.mgSubTitleTxt").filter((_, h) => /^information about/i.test(normaliseText($(h).text())));
  return validateResult(
    meetingListSchema,
    {
      url: resolveUrl(pageUrl, pageUrl),
      committeeId,
      committeeName: normaliseText(root.find(".mgSubTitle .mgSubTitleTxt").first().text()) || null,
      meetings,
      earlierUrl: paging("earlier"),
      laterUrl: paging("later"),
      years: root
        .find("#YearSelect option")
        .toArray()
        .map((o) => Number($(o).attr("value")))
        .filter((y) => y > 1900),
      information: info.length > 0 ? extractBlockText(info.first().nextAll(".mgWordPara").first()) || null : null,
    },
    pageUrl,
  );
}

function readRow(
  $: CheerioAPI,
  a: Cheerio<Element>,
  pageUrl: string,
  committeeId: number | null,
): MeetingListEntry | null {
  const url = resolveUrl(a.attr("href"), pageUrl);
  const meetingId = readQueryInt(url, MEETING_ID_PARAMS);
  if (!url || meetingId === null) return null;
  const row = a.closest("li, tr");
  const title = normaliseText((row.length > 0 ? row : a).text());
  const when = pickMeetingDateTime(title);
  const before = when ? title.slice(0, when.index) : "";
  const after = when ? title.slice(when.index + when.length) : title;
  const prefix = peelPrefixMarkers(before.replace(/[\s,\-–]+$/, ""));
  // Unrecognised words before the date are still status wording ("Extraordinary, 3 Mar 2026 …"): keep them.
  const markers = prefix.rest ? [...prefix.markers, prefix.rest] : prefix.markers;
  const published: string[] = [];
  for (const token of splitSuffixMarkers(after)) {
    if (PUBLISHED.test(token)) published.push(token);
    else markers.push(token);
  }
  return {
    ...readMeetingFlags(markers),
    meetingId,
    committeeId: readQueryInt(url, COMMITTEE_ID_PARAMS) ?? committeeId,
    url,
    title,
    date: when?.date ?? null,
    startsAt: when?.startsAt ?? null,
    published,
  };
}
