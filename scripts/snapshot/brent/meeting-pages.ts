import { esc, longDate, mgEnc, mgTitleAttr, time12 } from "../format";
import { wordPara } from "../html/word";
import {
  brentCommittee,
  brentCommittees,
  brentCouncillor,
  brentHrefs,
  type BrentCouncillor,
  type BrentItem,
  type BrentMeeting,
} from "./data";
import { brentHeader, renderBrentShell } from "./shell";

// ieListDocuments.aspx (the meeting), mgMeetingAttendance.aspx and mgUserInfo.aspx for the Brent snapshot.

export function brentMeetingTitle(m: BrentMeeting): string {
  return `${brentCommittee(m.cid).title} - ${longDate(m.date)} ${time12(m.time)}`;
}

const sizeLabel = (bytes: number | undefined) => `PDF ${Math.max(1, Math.round((bytes ?? 0) / 1024))} KB`;

function itemRow(m: BrentMeeting, item: BrentItem, size: (href: string) => number | undefined): string {
  const parts: string[] = [];
  if (item.report) {
    const href = brentHrefs.doc(item.report);
    parts.push(
      `<p class="mgAiTitleTxt"><a class="mgAiTitleLnk" href="${esc(href)}" title="${mgTitleAttr(`Link to document '${item.title}' pdf file`)}">${mgEnc(item.title)} <span class="mgFileSize">${sizeLabel(size(href))}</span></a></p>`,
    );
  } else {
    parts.push(`<p class="mgAiTitleTxt">${mgEnc(item.title)}</p>`);
  }
  if (m.minutesPublished && item.minutes)
    parts.push(`<p class="mgSubItemTitleTxt">Minutes:</p>\n${wordPara(item.minutes)}`);
  return `<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt"><a name="AI${item.aiId}"></a>${esc(item.number)}.</p></td>
<td>
${parts.join("\n")}
</td>
</tr>`;
}

export function renderBrentMeetingPage(m: BrentMeeting, size: (href: string) => number | undefined): string {
  const com = brentCommittee(m.cid);
  const heading = m.minutesPublished ? "Agenda and minutes" : m.agendaPublished ? "Agenda" : "Meeting";
  const content = [
    `<p><span class="mgLabel">Venue: </span>Conference Hall - Brent Civic Centre, Engineers Way, Wembley, HA9 0FJ</p>`,
    `<p><span class="mgLabel">Contact: </span>Governance Team, E-mail: <a href="mailto:democratic.services@brent.gov.uk">democratic.services@brent.gov.uk</a></p>`,
  ];
  if (m.agendaPublished && m.items.length > 0) {
    const rows = m.items.map((item) => itemRow(m, item, size));
    content.push(
      `<table class="mgItemTable" summary="Table of agenda items" id="mgItemTable">\n<caption class="mgSectionTitle">Items</caption>\n<tr><th abbr="No" scope="col">No.</th><th abbr="Item" scope="col">Item</th></tr>\n${rows.join("\n")}\n</table>`,
    );
  } else {
    content.push(`<p>No documents are available for this meeting</p>`);
  }
  const modgov = `${brentHeader(heading, `<a href="${brentHrefs.committeeDetails(m.cid)}" title="${mgTitleAttr(`Link to ${com.title}`)}">${esc(brentMeetingTitle(m))}</a>`)}
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="${brentHrefs.attendance(m.mid)}" title="${mgTitleAttr(`Link to attendance details for the meeting of ${com.title}`)}">Attendance details</a></li>
</ul>
</div>
<div class="mgContent">
${content.join("\n")}
</div>`;
  const modified = m.minutesPublished ?? m.agendaPublished ?? m.date;
  return renderBrentShell({
    title: `Agenda for ${com.title} on ${longDate(m.date)}, ${time12(m.time)}`,
    modified,
    modgov,
  });
}

export function renderBrentAttendancePage(m: BrentMeeting): string {
  const com = brentCommittee(m.cid);
  const rows = m.attendance.map((a) => {
    const c = brentCouncillor(a.uid);
    const name = `Councillor ${c.name}`;
    const role = com.members.find((x) => x.uid === a.uid)?.role ?? "Member";
    return `<tr><td><a href="${brentHrefs.user(a.uid)}" title="${mgTitleAttr(`Link to user information for ${name}`)}">${esc(name)}</a></td><td>${role === "Member" ? "Committee Member" : role}</td><td>${a.status}</td><td></td></tr>`;
  });
  const modgov = `${brentHeader("Attendance details", `<a href="${esc(brentHrefs.meeting(m))}">${esc(brentMeetingTitle(m))}</a>`)}
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="${esc(brentHrefs.meeting(m))}">Agenda, reports and minutes for this meeting</a></li>
<li><a href="${brentHrefs.committeeDetails(m.cid)}">${esc(com.title)}</a></li>
</ul>
</div>
<div class="mgContent">
<table class="mgStatsTable" summary="Table of meeting attendance">
<caption class="mgSectionTitle">Attendance</caption>
<thead><tr><th scope="col">Attendee</th><th scope="col">Role</th><th scope="col">Attendance</th><th scope="col">Notes</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>`;
  return renderBrentShell({ title: `Attendance details - ${com.title}`, modgov });
}

export function renderBrentUserInfo(c: BrentCouncillor): string {
  const name = `Councillor ${c.name}`;
  const appointments = brentCommittees.flatMap((com) =>
    com.members
      .filter((m) => m.uid === c.uid)
      .map(
        (m) =>
          `<li><a href="${brentHrefs.committeeDetails(com.cid)}">${mgEnc(com.title)}</a>${m.role === "Member" ? "" : ` &#40;${m.role}&#41;`}</li>`,
      ),
  );
  const modgov = `${brentHeader(name)}
<div class="mgContent">
<div class="mgUserSideBar">
<p><span class="mgLabel">Party:&nbsp;</span>${esc(c.party)}</p>
<p><span class="mgLabel">Ward:&nbsp;</span>${esc(c.ward)}</p>
</div>
<div class="mgUserBody">
<h2 class="mgSectionTitle">Committee appointments</h2>
<ul class="mgBulletList">
${appointments.join("\n")}
</ul>
</div>
</div>`;
  return renderBrentShell({ title: name, modgov });
}
