import { committee } from "../committees";
import { esc, meetingTitle, mgTitleAttr } from "../format";
import { councillor } from "../people";
import type { Attendance, Meeting } from "../types";
import { hrefs } from "../urls";
import { mgHeader, renderShell, settingsScript } from "./shell";

// mgMeetingAttendance.aspx?ID={MId}. No real page was saved; the table follows what public scrapers select:
// table[summary="Table of meeting attendance"] tbody tr with Attendee (mgUserInfo link) | Role | Attendance |
// Notes, officers in the same table with the role "Officer" and no link.

export function attendeeName(a: Attendance): string {
  if (a.uid !== undefined) return `Councillor ${councillor(a.uid).name}`;
  return a.label ?? "";
}

export function renderAttendancePage(m: Meeting): string {
  const com = committee(m.cid);
  const rows = m.attendance.map((a) => {
    const name = attendeeName(a);
    const who =
      a.uid !== undefined
        ? `<a  href="${hrefs.user(a.uid)}"  title="${mgTitleAttr(`Link to user information for ${name}`)}">${esc(name)}</a>`
        : esc(name);
    return `<tr><td>${who}</td><td>${esc(a.role)}</td><td>${esc(a.status)}</td><td>${esc(a.note ?? "")}</td></tr>`;
  });
  const modgov = `${mgHeader("Attendance details", `<a  href="${esc(hrefs.meeting(m))}"  title="${mgTitleAttr(`Link to meeting details for ${com.title}`)}">${esc(meetingTitle(m))}</a>`)}
${settingsScript}
	<div class="mgLinks" >
<ul  class="mgActionList" >
		<li><a  href="${esc(hrefs.meeting(m))}"  title="Link&#32;to&#32;agenda&#32;and&#32;documents">Agenda, reports and minutes for this meeting</a></li>
		<li><a  href="${hrefs.committeeDetails(m.cid)}"  title="${mgTitleAttr(`Link to ${com.title}`)}">${esc(com.title)}</a></li>
</ul>
</div>
<div class="mgContent" >
<table class="mgStatsTable" summary="Table of meeting attendance">
<caption class="mgSectionTitle">Attendance</caption>
<thead><tr><th scope="col">Attendee</th><th scope="col">Role</th><th scope="col">Attendance</th><th scope="col">Notes</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>`;
  return renderShell({
    title: `Attendance details - ${com.title}`,
    breadcrumb: [
      { href: hrefs.committeeList, text: "Committees" },
      { href: hrefs.committeeDetails(m.cid), text: "Committee details" },
      { href: hrefs.meeting(m), text: "Meeting" },
      { text: "Attendance details" },
    ],
    active: "committees",
    modgov,
  });
}
