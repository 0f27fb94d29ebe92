import { categoryOrder, committee, committees } from "../committees";
import { esc, mgEnc, mgTitleAttr } from "../format";
import { councillor, officer } from "../people";
import { hrefs } from "../urls";
import { mgHeader, renderShell, settingsScript } from "./shell";
import { wordPara } from "./word";

// mgCommitteeStructure.aspx / mgListCommittees.aspx (h2.mgSectionTitle per category, ul.mgBulletList of
// mgCommitteeDetails links) and mgCommitteeDetails.aspx, after the saved Kingston pages.

function committeeLinks(cids: number[]): string {
  const lis = cids.map((cid) => {
    const t = committee(cid).title;
    return `\t\t\t\t\t\t<li><a  href="${hrefs.committeeDetails(cid)}"  title="${mgTitleAttr(`Link to details for ${t}`)}" >${mgEnc(t)}</a></li>`;
  });
  return `\n\n<ul  class="mgBulletList" >\n${lis.join("\n")}\n\n</ul>`;
}

function byCategory(): string {
  return categoryOrder
    .map((cat) => {
      const cids = committees.filter((c) => c.category === cat).map((c) => c.cid);
      return cids.length ? `<h2 class="mgSectionTitle">${mgEnc(cat)}</h2>\n\t\t\t\t\t\t${committeeLinks(cids)}` : "";
    })
    .filter(Boolean)
    .join("\n");
}

export function renderCommitteeStructure(): string {
  const modgov = `${mgHeader("Committee structure")}
${settingsScript}
	<div class="mgLinks" >

</div>
<div class="mgContent" >

${byCategory()}
<div class="mgHelpLine" >
</div>

</div>`;
  return renderShell({
    title: "Committee structure",
    breadcrumb: [{ text: "Committee structure" }],
    active: "committees",
    modgov,
  });
}

export function renderCommitteeList(): string {
  const modgov = `${mgHeader("Committees")}
${settingsScript}
	<div class="mgLinks" >
<ul  class="mgActionList" >
		<li><a  href="${hrefs.committeeStructure}"  title="Link&#32;to&#32;committee&#32;structure">View the committee structure</a></li>
</ul>
</div>
<div class="mgContent" >
<p>Select a committee to see its membership, its purpose and its meetings.</p>
${byCategory()}
</div>`;
  return renderShell({ title: "Committees", breadcrumb: [{ text: "Committees" }], active: "committees", modgov });
}

export function renderCommitteeDetails(cid: number): string {
  const com = committee(cid);
  const roleText = { Chair: "&#40;Chair&#41;", "Vice-Chair": "&#40;Vice-Chair&#41;", Member: "", Reserve: "" };
  const members = com.members.filter((m) => m.role !== "Reserve");
  const reserves = com.members.filter((m) => m.role === "Reserve");
  const memberLi = (uid: number, role: keyof typeof roleText): string => {
    const name = `Councillor ${councillor(uid).name}`;
    return `\t\t\t\t\t\t\t<li><a  href="${hrefs.user(uid)}"  title="${mgTitleAttr(`Link to user information for ${name}`)}">${esc(name)}</a>&nbsp; ${roleText[role]}&nbsp; </li>`;
  };
  const others = (com.otherMembers ?? []).map((o) => `\t\t\t\t\t\t\t<li>${mgEnc(o)}&nbsp; &nbsp; </li>`);
  const support = officer(com.supportOfficer);
  const modgov = `${mgHeader("Committee details", esc(com.title))}
${settingsScript}
	<div class="mgLinks" >


<ul  class="mgActionList" >
			<li><a  href="${hrefs.meetings(cid)}"  title="${mgTitleAttr(`Link to meetings for ${com.title}`)}">Browse meetings and agendas for this committee</a></li>
			<li><a  href="mgCommitteeMailingList.aspx?ID=${cid}"  title="${mgTitleAttr(`Link to contact details for the members of ${com.title}`)}">View contact details for the members of this committee</a></li>
			<li><a  href="mgAttendanceSummary.aspx?RPID=${cid}"  title="${mgTitleAttr(`Link to attendance statistics for ${com.title}`)}">View attendance statistics</a></li>
			<li><a  href="mgListDeclarationsOfInterest.aspx?RPID=${cid}"  title="Link&#32;to&#32;declarations&#32;of&#32;interest">View declarations of interest</a></li>

</ul>
</div>
<div class="mgContent" >
<link rel="alternate" type="application/rss+xml" title="modern.gov - What's new"  href="mgRss.aspx?CID=${cid}"  />

<h2 class="mgSectionTitle">Purpose of committee</h2>
		${wordPara(com.purpose.join("\n\n"))}
<h2 class="mgSectionTitle">Membership<a name="#MEM"></a></h2>


<ul  class="mgBulletList" >

${[...members.map((m) => memberLi(m.uid, m.role)), ...others].join("\n\n")}

</ul>
${
  reserves.length
    ? `<h2 class="mgSectionTitle">Reserve Members</h2>\n\n<ul  class="mgBulletList" >\n${reserves.map((m) => memberLi(m.uid, m.role)).join("\n")}\n</ul>`
    : ""
}
<h2 class="mgSectionTitle">Contact information</h2>

		<p><span  class="mgLabel" >Support officer: </span>${esc(support.name)}, ${esc(support.jobTitle)}.  Tel: ${esc(support.tel ?? "")} / E-mail: &nbsp;<a href="mailto:${esc(support.email ?? "")}">${esc(support.email ?? "")}</a></p>
<div class="mgHelpLine" >
</div>

</div>`;
  return renderShell({
    title: `Committee details - ${com.title}`,
    breadcrumb: [{ href: hrefs.committeeList, text: "Committees" }, { text: "Committee details" }],
    active: "committees",
    modgov,
  });
}
