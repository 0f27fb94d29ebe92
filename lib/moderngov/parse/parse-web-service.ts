import type { Cheerio, CheerioAPI } from "cheerio";
// Type-only: domhandler is the DOM cheerio is built on, erased at runtime.
import type { Element } from "domhandler";
import { readAttendanceStatus } from "./attendance-table";
import { combineDateAndTime, parseSlashDate } from "./dates";
import { validateResult } from "./page-kind";
import { decodeHtmlEntities, normaliseText } from "./text";
import {
  wsCommitteeSchema,
  wsMeetingSchema,
  wsMeetingSummarySchema,
  type WsAgendaItem,
  type WsAttendee,
  type WsCommittee,
  type WsLinkedDocument,
  type WsMeeting,
  type WsMeetingSummary,
} from "./types";
import { readQueryInt, resolveUrl } from "./urls";
import { childBoolean, childElements, childHtmlText, childInt, childText, loadWebServiceRoot } from "./web-service-xml";

// mgWebService.asmx GetCommittees / GetMeetings / GetAllMeetingsByDate / GetMeeting (docs/moderngov.md#web-service).

export function parseGetCommittees(xml: string, url: string): WsCommittee[] {
  const { $, root } = loadWebServiceRoot(xml, url, ["committees"]);
  return childElements($, root, "committee")
    .toArray()
    .map((node) => {
      const c = $(node);
      return validateResult(
        wsCommitteeSchema,
        {
          committeeId: childInt($, c, "committeeid"),
          title: childText($, c, "committeetitle") ?? "",
          deleted: childBoolean($, c, "committeedeleted"),
          expired: childBoolean($, c, "committeeexpired"),
          category: childText($, c, "committeecategory"),
        },
        url,
      );
    });
}

/** GetMeetings (meetings grouped by committee) and GetAllMeetingsByDate (flat, committee per meeting). */
export function parseGetMeetings(xml: string, url: string): WsMeetingSummary[] {
  const { $, root } = loadWebServiceRoot(xml, url, ["getmeetings", "getmeetingsbydate", "getallmeetingsbydate"]);
  const meetings: WsMeetingSummary[] = [];
  root.find("meeting").each((_, node) => {
    const m = $(node);
    const committee = m.parents("committee").first();
    const scope = committee.length > 0 ? committee : m;
    meetings.push(
      validateResult(
        wsMeetingSummarySchema,
        {
          ...readMeetingCore($, m),
          committeeId: childInt($, scope, "committeeid"),
          committeeTitle: childText($, scope, "committeetitle"),
        },
        url,
      ),
    );
  });
  return meetings;
}

export function parseGetMeeting(xml: string, url: string): WsMeeting {
  const { $, root } = loadWebServiceRoot(xml, url, ["meeting"]);
  const items = childElements($, childElements($, root, "agendaitems"), "agendaitem")
    .toArray()
    .map((node) => readAgendaItem($, $(node), url));
  const attendees = childElements($, childElements($, root, "attendees"), "attendee")
    .toArray()
    .map((node) => readAttendee($, $(node), url));
  return validateResult(
    wsMeetingSchema,
    {
      ...readMeetingCore($, root),
      location: childText($, root, "meetinglocation"),
      agendaId: childInt($, root, "agendaid"),
      agendaPublished: childBoolean($, root, "agendapublished"),
      decisionsPublished: childBoolean($, root, "decisionpublished"),
      minutesPublished: childBoolean($, root, "minutepublished"),
      items,
      attendees,
    },
    url,
  );
}

function readMeetingCore($: CheerioAPI, m: Cheerio<Element>) {
  const date = parseSlashDate(childText($, m, "meetingdate"));
  const time = childText($, m, "meetingtime");
  // "Confirmed; Budget Council": the part after the semicolon is a label, not a status.
  const [status, ...label] = (childText($, m, "meetingstatus") ?? "").split(";").map((s) => s.trim());
  return {
    meetingId: childInt($, m, "meetingid"),
    date,
    time,
    startsAt: combineDateAndTime(date, time),
    status: status || null,
    statusLabel: label.join("; ") || null,
    cancelled: /cancel/i.test(status ?? ""),
    isWebcast: childBoolean($, m, "iswebcast"),
  };
}

function readAgendaItem($: CheerioAPI, item: Cheerio<Element>, url: string): WsAgendaItem {
  const documents = childElements($, childElements($, item, "linkeddocuments"), "linkeddoc")
    .toArray()
    .map((node) => readLinkedDocument($, $(node), url));
  return {
    agendaItemId: childInt($, item, "agendaitemid") ?? 0,
    title: childText($, item, "agendaitemtitle") ?? "",
    // Section rows ("Resolved Items") have no display number; their agendaitemnumber is only a position.
    number: childText($, item, "fulldisplaynumberformat"),
    position: childInt($, item, "agendaitemnumber"),
    agendaText: childHtmlText($, item, "agendatext"),
    minutesText: childHtmlText($, item, "minutesnonemptyhtmlbody"),
    restricted: childBoolean($, item, "isrestricted"),
    isDecision: childBoolean($, item, "isdecision"),
    decisionPublished: childBoolean($, item, "isdecisionpublished"),
    minutesPublished: childBoolean($, item, "isminutepublished"),
    documents,
  };
}

function readLinkedDocument($: CheerioAPI, doc: Cheerio<Element>, url: string): WsLinkedDocument {
  const restricted = childBoolean($, doc, "isrestricted");
  // Links come back as http:// on some installs; resolveUrl keeps them absolute and canonical.
  const href = resolveUrl(childText($, doc, "url"), url);
  return {
    attachmentId: childInt($, doc, "attachmentid") ?? readQueryInt(href, ["ID"]),
    title: childText($, doc, "title") ?? "",
    url: restricted ? null : href,
    isUrl: childBoolean($, doc, "isurl"),
    restricted,
    publicationDate: parseSlashDate(childText($, doc, "publicationdate")),
    isDecisionAttachment: childBoolean($, doc, "isdecisionattachment"),
  };
}

function readAttendee($: CheerioAPI, a: Cheerio<Element>, url: string): WsAttendee {
  const attr = (name: string) => normaliseText(decodeHtmlEntities(a.attr(name) ?? "")) || null;
  const attendance = attr("attendance");
  const memberId = Number(attr("memberid"));
  return {
    personId: memberId > 0 ? memberId : null,
    memberType: attr("membertype"),
    name: attr("name") ?? "",
    role: attr("roledescription"),
    attendance,
    status: readAttendanceStatus(attendance ?? ""),
    party: attr("politicalparty"),
    ward: attr("ward"),
    keyPosts: attr("keyposts"),
    profileUrl: resolveUrl(childText($, a, "url"), url),
    photoUrl: resolveUrl(childText($, a, "photobigurl") ?? childText($, a, "photosmallurl"), url),
  };
}
