import { committee } from "../committees";
import { esc, mgTitleAttr, pagingStamp, shortDate, time12 } from "../format";
import type { Meeting } from "../types";
import { hrefs } from "../urls";
import { mgHeader, renderShell, settingsScript } from "./shell";
import { wordPara } from "./word";

// ieListMeetings.aspx, after the saved Kingston BrowseMeetings.html: year selector form, Earlier/Later paging,
// ul.mgNonBulletTableList of meeting links with the " - Agenda, Decisions, Minutes" residue.

/** The trailing text ModernGov appends to a meeting row, naming what has been published. */
export function publishedResidue(m: Meeting): string {
  if (m.status === "Cancelled") return " - CANCELLED";
  const parts = [
    m.agendaPublished && "Agenda",
    m.decisionsPublished && "Decisions",
    m.minutesPublished && "Minutes",
  ].filter(Boolean);
  return parts.length ? ` - ${parts.join(", ")}` : "";
}

export interface ListVariant {
  /** Meetings to show, newest first. Empty for the paging pages beyond the snapshot's range. */
  meetings: Meeting[];
  /** Whether to print Earlier/Later links (ModernGov omits them when there is nothing further). */
  paging?: { earlier: string; later: string };
}

export function pagingFor(meetings: Meeting[]): { earlier: string; later: string } | undefined {
  if (meetings.length === 0) return undefined;
  const newest = meetings[0]!;
  const oldest = meetings[meetings.length - 1]!;
  return { earlier: pagingStamp(oldest.date, oldest.time), later: pagingStamp(newest.date, newest.time) };
}

export function renderMeetingList(cid: number, variant: ListVariant): string {
  const com = committee(cid);
  const rows = variant.meetings.map((m, i) => {
    const cls = i % 2 === 0 ? "mgTableEvenRow" : "mgTableOddRow";
    const title = mgTitleAttr(`Link to meeting details for ${com.title} meeting of ${shortDate(m.date)}`);
    return `<li  class="${cls}" ><a  class="mgMeetingTableLnk"    href="${esc(hrefs.meeting(m))}"  title="${title}">${shortDate(m.date)}&nbsp;${time12(m.time)}</a>${publishedResidue(m)}</li>`;
  });
  const paging = variant.paging
    ? `
	    <div  class='mgMeetingsEarlierLater' ><p>

			<a   class="mgTableNextLnk"   href="${esc(hrefs.meetingsPaging(cid, "earlier", variant.paging.earlier))}"  ><img src="mgimages/left5.gif" alt=""/>Earlier meetings</a><span class='mgLinkSep'>. </span>

			   <a   class="mgTableNextLnk"   href="${esc(hrefs.meetingsPaging(cid, "later", variant.paging.later))}"  >Later meetings<img src="mgimages/right5.gif" alt=""/></a><span class='mgLinkSep'>. </span>

         </p></div>`
    : "";
  const years = [2022, 2023, 2024, 2025, 2026, 2027].map((y) => `\t\t\t<option value="${y}">${y}</option>`).join("\n");
  const modgov = `${mgHeader("Browse meetings", esc(com.title))}
			<p>This page lists the meetings for ${esc(com.title)}.</p>

<a href="https://harrow.public-i.tv/core/portal/home">Watch Harrow Council meetings here</a>
${settingsScript}

	<form method="post"  action="ieListMeetings.aspx"  id="FormYearSelect">
<div class="mgLinks" >


<ul  class="mgActionList" >
		<li><a  href="${hrefs.committeeDetails(cid)}"   title="${mgTitleAttr(`Link to more information about ${com.title}`)}">More information about ${esc(com.title)}</a></li>

        <li><label for="YearSelect">Show meetings for the year: </label>
		<select	size="1" id="YearSelect" name="YearSelect" >
		<option value="0"> </option>
${years}
		</select>
        <input  class="mgGoButton"   type="submit" name="Submit" value="Go" id="Submit1"/></li>

</ul>
</div>
<div class="mgContent" >
<div class="mgList" >


	<div class="mgHiddenField" >
	 <input type="hidden" name="hCommitteeId"  value="${cid}" />
	 <input type="hidden" name="hCategoryId"  value="0" />
	 <input type="hidden" name="IsInfo"  value="0" id="mgHidden10"/>
	 <input type="hidden" name="MD"  value="ielistmeetings" id="metadata"/>
	</div>
${paging}

	<div  class="mgTableBorder" >
		<div  class="mgTableTitleTxt" >
           Meetings
		</div>
<ul  class="mgNonBulletTableList"  >${rows.join("")}</ul>
	</div>
${paging}
</div>
<h2 class="mgSubTitleTxt">Information about ${esc(com.title)}</h2>
${wordPara(com.purpose.join("\n\n"))}
</div>


	</form>`;
  return renderShell({
    title: `Browse meetings - ${com.title}`,
    breadcrumb: [
      { href: hrefs.committeeList, text: "Committees" },
      { href: hrefs.committeeDetails(cid), text: "Committee details" },
      { text: "Meetings" },
    ],
    active: "committees",
    modgov,
  });
}
