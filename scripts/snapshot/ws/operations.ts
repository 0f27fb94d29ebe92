import { committee, committees, venues } from "../committees";
import { ddmmyyyy, time12 } from "../format";
import { wordSection } from "../html/word";
import { displayNumber, hasPapers, isRestricted, itemDocs } from "../meeting-rules";
import { councillor, councillors, partyCode, photoPath } from "../people";
import type { Meeting } from "../types";
import { BASE_URL, hrefs } from "../urls";
import { count, el, htmlThenXml, parent, raw, xmlDocument, type XmlNode } from "./xml-writer";

// mgWebService.asmx responses in the shapes of the LGSF fixtures (tests/fixtures/moderngov/lgsf-xml): GetCommittees,
// GetMeetings, GetAllMeetingsByDate, GetMeeting and GetCouncillorsByWard, all as the bare XML documents the
// HTTP-GET binding returns.

const abs = (href: string): string => `${BASE_URL}/${href}`;

export function getCommittees(): string {
  return xmlDocument(
    parent("committees", [
      el("committeescount", count(committees.length)),
      ...committees.map((c) =>
        parent("committee", [
          el("committeeid", c.cid),
          raw("committeetitle", htmlThenXml(c.title)),
          el("committeedeleted", false),
          el("committeeexpired", false),
          raw("committeecategory", htmlThenXml(c.category)),
        ]),
      ),
    ]),
  );
}

/** ModernGov labels special meetings after a semicolon in the status. */
function status(m: Meeting): string {
  if (m.status === "Cancelled") return "Cancelled";
  return m.prefix?.startsWith("(Special") ? "Confirmed; Special Meeting" : "Confirmed";
}

function meetingSummary(m: Meeting, withCommittee: boolean): XmlNode {
  return parent("meeting", [
    el("meetingid", m.mid),
    el("meetingdate", ddmmyyyy(m.date)),
    el("meetingstatus", status(m)),
    el("meetingtime", time12(m.time)),
    ...(withCommittee ? [el("committeeid", m.cid), raw("committeetitle", htmlThenXml(committee(m.cid).title))] : []),
    el("iswebcast", Boolean(m.webcastId)),
  ]);
}

/** GetMeetings for one committee. Like Lambeth's install, it returns the committee's whole history. */
export function getMeetings(cid: number, meetings: Meeting[]): string {
  const own = meetings.filter((m) => m.cid === cid).sort((a, b) => a.date.localeCompare(b.date));
  return xmlDocument(
    parent("getmeetings", [
      el("meetingscount", count(own.length)),
      el("committeescount", count(1)),
      parent("committee", [
        el("committeeid", cid),
        raw("committeetitle", htmlThenXml(committee(cid).title)),
        el("committeemeetingcount", count(own.length)),
        parent(
          "committeemeetings",
          own.map((m) => meetingSummary(m, false)),
        ),
      ]),
    ]),
  );
}

export function getAllMeetingsByDate(meetings: Meeting[]): string {
  const sorted = [...meetings].sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
  return xmlDocument(
    parent("getmeetingsbydate", [
      el("meetingscount", count(sorted.length)),
      parent(
        "meetings",
        sorted.map((m) => meetingSummary(m, true)),
      ),
    ]),
  );
}

export function getMeeting(m: Meeting): string {
  const com = committee(m.cid);
  const papers = hasPapers(m);
  const items = papers
    ? m.items.map((item, index) => {
        const docs = itemDocs(item);
        const restricted = Boolean(item.restricted);
        return parent("agendaitem", [
          el("agendaitemid", item.aiId),
          raw("agendaitemtitle", htmlThenXml(item.title)),
          el("agendatext", item.description ? wordSection(item.description) : ""),
          el("actualmeetingdate", ddmmyyyy(m.date)),
          el("agendaitemnumber", index + 1),
          el("agendaitemsubnumber", ""),
          el("fulldisplaynumberformat", displayNumber(m, item)),
          el("authorusername", ""),
          el("commentlabel1", "Presented By"),
          el("commenttext1", ""),
          el("commentlabel2", "Actions"),
          el("commenttext2", ""),
          el("minutesnonemptyhtmlbody", m.minutesPublished && item.minutes ? wordSection(item.minutes) : ""),
          el("declarationcount", 0),
          el("iscallin", false),
          el("iscomment", false),
          el("isdecision", Boolean(item.decision)),
          el("isdecisionpublished", Boolean(item.decision && m.decisionsPublished)),
          el("isminutepublished", Boolean(item.minutes && m.minutesPublished)),
          el("ispubliccanspeak", false),
          el("isrestricted", restricted),
          el("isdisplayallowed", true),
          el("meetingdate", ddmmyyyy(m.date)),
          el("meetingtime", time12(m.time)),
          el("minutesitemnumber", item.minuteNumber ?? ""),
          el("minutesitemsubnumber", ""),
          el("preferreddate", ddmmyyyy(m.date)),
          raw("refertocommittee", htmlThenXml(com.title)),
          parent(
            "linkeddocuments",
            docs.map((d, i) =>
              parent("linkeddoc", [
                el("attachmentid", d.id),
                raw("title", htmlThenXml(d.title)),
                el("isurl", false),
                el("url", abs(hrefs.convert(d.id))),
                el("isrestricted", isRestricted(item, d)),
                el("restrictionsRef", isRestricted(item, d) ? "Paragraph 3" : ""),
                el("itemnum", i + 1),
                el("publicationdate", ddmmyyyy(d.published)),
                el("meetingdate", ddmmyyyy(m.date)),
                el("decisiondate", ddmmyyyy(m.date)),
                raw("committeetitle", htmlThenXml(com.title)),
                el("isdecisionattachment", false),
                raw("ownertitle", htmlThenXml(item.title)),
              ]),
            ),
          ),
        ]);
      })
    : [];
  // Officers are not committee members and do not appear among attendees; they are on the HTML page only.
  const attendees = m.attendance
    .filter((a) => a.uid !== undefined)
    .map((a) => {
      const c = councillor(a.uid!);
      const attrs: Record<string, string> = {
        membertype: "U",
        memberid: String(c.uid),
        name: `Councillor ${c.name}`,
        roledescription: a.role,
        attendance: a.status,
        politicalparty: partyCode(c.party),
        ward: c.ward,
      };
      if (c.keyPosts) attrs.keyposts = c.keyPosts;
      return parent(
        "attendee",
        [
          el("url", abs(hrefs.user(c.uid))),
          el("photosmallurl", abs(photoPath(c.uid, "smallpic"))),
          el("photobigurl", abs(photoPath(c.uid, "bigpic"))),
        ],
        attrs,
      );
    });
  return xmlDocument(
    parent("meeting", [
      el("meetingid", m.mid),
      el("meetingdate", ddmmyyyy(m.date)),
      el("meetingstatus", status(m)),
      el("isdisplayallowed", true),
      el("meetingtime", time12(m.time)),
      el("meetingactualstarttime", m.minutesPublished ? (m.startedAt ?? "") : ""),
      el("meetingplannedfinishtime", ""),
      el("meetingactualfinishtime", m.minutesPublished ? (m.closedAt ?? "") : ""),
      el("meetinglocation", venues[m.venue].name),
      el("iswebcast", Boolean(m.webcastId)),
      el("agendaid", m.agendaId),
      el("agendapublished", papers),
      el("decisionpublished", Boolean(m.decisionsPublished)),
      el("minutepublished", Boolean(m.minutesPublished)),
      el("meetingroom", ""),
      { tag: "agendaitems", children: items },
      { tag: "attendees", children: attendees },
    ]),
  );
}

export function getCouncillorsByWard(): string {
  const wards = [...new Set(councillors.map((c) => c.ward))].sort();
  return xmlDocument(
    parent("councillorsbyward", [
      parent(
        "wards",
        wards.map((ward) => {
          const members = councillors.filter((c) => c.ward === ward);
          return parent("ward", [
            raw("wardtitle", htmlThenXml(ward)),
            parent("councillors", [
              el("councillorcount", count(members.length)),
              ...members.map((c) =>
                parent("councillor", [
                  el("councillorid", c.uid),
                  el("fullusername", `Councillor ${c.name}`),
                  el("photosmallurl", abs(photoPath(c.uid, "smallpic"))),
                  el("photobigurl", abs(photoPath(c.uid, "bigpic"))),
                  el("politicalpartytitle", c.party),
                  el("districttitle", ward),
                  el("representing", ""),
                  raw("keyposts", c.keyPosts ? htmlThenXml(c.keyPosts) : ""),
                  parent("workaddress", [
                    el("line1", "Harrow Council Hub"),
                    el("line2", "Kenmore Avenue"),
                    el("line3", "Harrow"),
                    el("postcode", "HA3 8LU"),
                    el("email", c.email),
                  ]),
                  parent("termsofoffice", [parent("termofoffice", [el("startdate", c.termStart), el("enddate", "")])]),
                ]),
              ),
            ]),
          ]);
        }),
      ),
    ]),
  );
}
