import { esc, mgEnc, mgTitleAttr, shortDate, time12 } from "../format";
import { wordPara } from "../html/word";
import { brentCommittee, brentCommittees, brentCouncillor, brentHrefs, type BrentMeeting } from "./data";
import { brentHeader, renderBrentShell } from "./shell";

// mgListCommittees.aspx, mgCommitteeDetails.aspx and ieListMeetings.aspx for the Brent snapshot.

export function renderBrentCommitteeList(): string {
  const lis = brentCommittees.map(
    (c) =>
      `<li><a href="${brentHrefs.committeeDetails(c.cid)}" title="${mgTitleAttr(`Link to details for ${c.title}`)}">${mgEnc(c.title)}</a></li>`,
  );
  const modgov = `${brentHeader("Committees")}
<div class="mgContent">
<h2 class="mgSectionTitle">Committees</h2>
<ul class="mgBulletList">
${lis.join("\n")}
</ul>
</div>`;
  return renderBrentShell({ title: "Committees", modgov });
}

export function renderBrentCommitteeDetails(cid: number): string {
  const com = brentCommittee(cid);
  const roleText = { Chair: " &#40;Chair&#41;", "Vice-Chair": " &#40;Vice-Chair&#41;", Member: "" };
  const members = com.members.map((m) => {
    const name = `Councillor ${brentCouncillor(m.uid).name}`;
    return `<li><a href="${brentHrefs.user(m.uid)}" title="${mgTitleAttr(`Link to user information for ${name}`)}">${esc(name)}</a>${roleText[m.role]}</li>`;
  });
  const modgov = `${brentHeader("Committee details", esc(com.title))}
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="${brentHrefs.meetings(cid)}" title="${mgTitleAttr(`Link to meetings for ${com.title}`)}">Browse meetings and agendas for this committee</a></li>
<li><a href="mgCommitteeMailingList.aspx?ID=${cid}">View contact details for the members of this committee</a></li>
</ul>
</div>
<div class="mgContent">
<h2 class="mgSectionTitle">Purpose of committee</h2>
${wordPara(com.purpose)}
<h2 class="mgSectionTitle">Membership</h2>
<ul class="mgBulletList">
${members.join("\n")}
</ul>
<h2 class="mgSectionTitle">Contact information</h2>
<p><span class="mgLabel">Support officer: </span>Governance Team. E-mail: <a href="mailto:democratic.services@brent.gov.uk">democratic.services@brent.gov.uk</a></p>
</div>`;
  return renderBrentShell({ title: `Committee details - ${com.title}`, modgov });
}

/** " - Agenda, Minutes": what the row says has been published. */
function published(m: BrentMeeting): string {
  const parts = [m.agendaPublished && "Agenda", m.minutesPublished && "Minutes"].filter(Boolean);
  return parts.length ? ` - ${parts.join(", ")}` : "";
}

export function renderBrentMeetingList(cid: number, meetings: BrentMeeting[]): string {
  const com = brentCommittee(cid);
  const rows = meetings.map(
    (m) =>
      `<li><a class="mgMeetingTableLnk" href="${esc(brentHrefs.meeting(m))}" title="${mgTitleAttr(`Link to meeting details for ${com.title} meeting of ${shortDate(m.date)}`)}">${shortDate(m.date)}&nbsp;${time12(m.time)}</a>${published(m)}</li>`,
  );
  const modgov = `${brentHeader("Browse meetings", esc(com.title))}
<form method="post" action="ieListMeetings.aspx" id="FormYearSelect">
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="${brentHrefs.committeeDetails(cid)}">More information about ${esc(com.title)}</a></li>
</ul>
</div>
<div class="mgContent">
<input type="hidden" name="hCommitteeId" value="${cid}" />
<div class="mgTableBorder">
<ul class="mgNonBulletTableList">${rows.join("")}</ul>
</div>
</div>
</form>`;
  return renderBrentShell({ title: `Browse meetings - ${com.title}`, modgov });
}
