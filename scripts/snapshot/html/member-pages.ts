import { committee, committees } from "../committees";
import { esc, mgEnc, mgTitleAttr } from "../format";
import { councillors, photoPath } from "../people";
import type { Councillor } from "../types";
import { hrefs } from "../urls";
import { mgHeader, renderShell, settingsScript } from "./shell";

// mgMemberIndex.aspx (div.mgThumbsList > ul > li with the link, then <p>ward</p><p>party</p>) and mgUserInfo.aspx
// (div.mgUserSideBar with div.mgBigPhoto and "Party:"/"Ward:" labels, div.mgUserBody with h2.mgSectionTitle sections).
// No saved page was available; the shape follows the selectors that several public ModernGov scrapers rely on (LGSF,
// AI-DOGE, Dublin City; page kinds in docs/moderngov.md#page-kinds).

const byName = (a: Councillor, b: Councillor): number => {
  const surname = (c: Councillor): string => c.name.split(" ").slice(-1)[0]!;
  return surname(a).localeCompare(surname(b)) || a.name.localeCompare(b.name);
};

function memberLi(c: Councillor, withPhoto: boolean): string {
  const name = `Councillor ${c.name}`;
  const img = withPhoto
    ? `<img src="${photoPath(c.uid, "smallpic")}" alt="${esc(`Profile image for ${name}`)}" width="90" height="120" /><br />`
    : "";
  const posts = c.keyPosts ? `<p>${mgEnc(c.keyPosts)}</p>` : "";
  return `<li><a  href="${hrefs.user(c.uid)}"  title="${mgTitleAttr(`Link to user information for ${name}`)}">${img}${esc(name)}</a><p>${esc(c.ward)}</p><p>${esc(c.party)}</p>${posts}</li>`;
}

/** mgMemberIndex.aspx?bcr=1: everyone alphabetically, with thumbnails. */
export function renderMemberIndex(): string {
  const lis = [...councillors].sort(byName).map((c) => memberLi(c, true));
  const modgov = `${mgHeader("Your Councillors")}
${settingsScript}
	<div class="mgLinks" >
<ul  class="mgActionList" >
		<li><a  href="${esc(hrefs.memberIndexByWard)}"  title="Link&#32;to&#32;councillors&#32;by&#32;ward">View councillors by ward</a></li>
</ul>
</div>
<div class="mgContent" >
<div class="mgThumbsList" >
<ul >
${lis.join("\n")}
</ul>
</div>
</div>`;
  return renderShell({
    title: "Your Councillors",
    breadcrumb: [{ text: "Councillors" }],
    active: "councillors",
    modgov,
  });
}

/** mgMemberIndex.aspx?FN=WARD&VW=LIST&PIC=0: grouped by ward, no pictures. */
export function renderMemberIndexByWard(): string {
  const wards = [...new Set(councillors.map((c) => c.ward))].sort();
  const sections = wards.map((ward) => {
    const lis = councillors
      .filter((c) => c.ward === ward)
      .sort(byName)
      .map((c) => memberLi(c, false));
    return `<h2 class="mgSectionTitle">${esc(ward)}</h2>\n<div class="mgThumbsList" >\n<ul >\n${lis.join("\n")}\n</ul>\n</div>`;
  });
  const modgov = `${mgHeader("Your Councillors by ward")}
${settingsScript}
<div class="mgContent" >
${sections.join("\n")}
</div>`;
  return renderShell({
    title: "Your Councillors by ward",
    breadcrumb: [{ href: hrefs.memberIndex, text: "Councillors" }, { text: "By ward" }],
    active: "councillors",
    modgov,
  });
}

export function renderUserInfo(c: Councillor): string {
  const name = `Councillor ${c.name}`;
  const appointments = committees.flatMap((com) =>
    com.members.filter((m) => m.uid === c.uid).map((m) => ({ cid: com.cid, role: m.role })),
  );
  const appointmentLis = appointments.map(
    (a) =>
      `<li><a  href="${hrefs.committeeDetails(a.cid)}"  title="${mgTitleAttr(`Link to details for ${committee(a.cid).title}`)}">${mgEnc(committee(a.cid).title)}</a>&nbsp;${a.role === "Member" ? "" : `&#40;${a.role}&#41;`}</li>`,
  );
  const modgov = `${mgHeader(name)}
${settingsScript}
<div class="mgContent" >
<div class="mgUserSideBar" >
	<div class="mgBigPhoto" ><img src="${photoPath(c.uid, "bigpic")}" alt="${esc(`Profile image for ${name}`)}" /></div>
	<p><span class="mgLabel" >Party:&nbsp;</span>${esc(c.party)}</p>
	<p><span class="mgLabel" >Ward:&nbsp;</span>${esc(c.ward)}</p>
</div>
<div class="mgUserBody" >
${c.keyPosts ? `<h2 class="mgSectionTitle">Posts</h2>\n<ul  class="mgBulletList" >\n<li>${mgEnc(c.keyPosts)}</li>\n</ul>` : ""}
<h2 class="mgSectionTitle">Contact information</h2>
<p><span class="mgLabel" >Work email: </span><a href="mailto:${esc(c.email)}">${esc(c.email)}</a></p>
${appointmentLis.length ? `<h2 class="mgSectionTitle">Committee appointments</h2>\n<ul  class="mgBulletList" >\n${appointmentLis.join("\n")}\n</ul>` : ""}
<h2 class="mgSectionTitle">Terms of office</h2>
<ul  class="mgBulletList" >
<li>${mgEnc(c.termStart)} - </li>
</ul>
<h2 class="mgSectionTitle">More information about this councillor</h2>
<ul  class="mgBulletList" >
<li><a  href="mgAttendance.aspx?UID=${c.uid}"  title="Link&#32;to&#32;attendance&#32;record">Attendance record</a></li>
<li><a  href="mgRofI.aspx?UID=${c.uid}&amp;FID=0&amp;HPID=0"  title="Link&#32;to&#32;register&#32;of&#32;interests">Register of interests</a></li>
</ul>
</div>
</div>`;
  return renderShell({
    title: name,
    breadcrumb: [{ href: hrefs.memberIndex, text: "Councillors" }, { text: name }],
    active: "councillors",
    modgov,
  });
}
