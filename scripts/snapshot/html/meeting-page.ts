import { committee, venues } from "../committees";
import { esc, longDate, meetingTitle, mgEnc, mgTitleAttr, time12 } from "../format";
import { officer } from "../people";
import { displayNumber, isPlanning, isRestricted } from "../meeting-rules";
import type { AttachedDoc, Item, Meeting } from "../types";
import { hrefs, packHref, supplementHref } from "../urls";
import { mgHeader, renderShell, settingsScript } from "./shell";
import { wordPara } from "./word";

// ieListDocuments.aspx: the meeting page. Structure, ids and classes follow the saved Kingston page
// (Agenda_151.html); wording, titles, numbering and the Planning "Note" column follow Harrow (docs/harrow.md).

export interface SizeLookup {
  /** Byte size of the file behind an href, for the "PDF 161 KB" residue ModernGov prints. */
  (href: string): number | undefined;
}

export function fileSizeLabel(bytes: number | undefined): string {
  if (bytes === undefined) return "PDF 0 KB";
  if (bytes >= 1024 * 1024) return `PDF ${Math.round(bytes / (1024 * 1024))} MB`;
  return `PDF ${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const pdfIcon = (size: string): string =>
  `<span  class="mgFileSize" ><img height="12" src="mgimages/logo-pdf-1.gif" width="12" alt="pdf icon" /> ${size}</span>`;

/** h1 wording depends on what has been published, exactly as ModernGov varies it. */
export function meetingHeading(m: Meeting): string {
  if (m.status === "Cancelled" || !m.agendaPublished) return "Meeting";
  if (m.decisionsPublished && m.minutesPublished) return "Agenda, decisions and minutes";
  if (m.minutesPublished) return "Agenda and minutes";
  if (m.decisionsPublished) return "Agenda and decisions";
  return "Agenda";
}

export function renderMeetingPage(m: Meeting, size: SizeLookup): string {
  const com = committee(m.cid);
  const title = meetingTitle(m);
  const when = `${longDate(m.date)} ${time12(m.time)}`;
  const links: string[] = [
    `<li><a  href="${hrefs.attendance(m.mid)}"  title="${mgTitleAttr(`Link to attendance details for the meeting of ${com.title} ${when}`)}">Attendance details</a></li>`,
  ];
  if (m.agendaPublished && m.status !== "Cancelled") {
    const front = packHref(m, 0);
    links.push(
      `<li><a  href="${esc(front)}"   title="Link&#32;to&#32;agenda&#32;frontsheet&#32;pdf&#32;file">Agenda frontsheet\n\t\t\t${pdfIcon(fileSizeLabel(size(front)))} </a>\n\t\t\t</li>`,
    );
    const pack = packHref(m, 10);
    links.push(
      `<li><a  href="${esc(pack)}"  title="Link&#32;to&#32;agenda&#32;reports&#32;document&#32;pack">Agenda reports pack ${pdfIcon(fileSizeLabel(size(pack)))} </a></li>`,
    );
    for (const s of m.supplements ?? []) {
      const href = supplementHref(m, s);
      links.push(`<li><a  href="${esc(href)}"  >${mgEnc(s.title)} ${pdfIcon(fileSizeLabel(size(href)))} </a></li>`);
    }
    if (m.decisionsPublished) {
      const dec = packHref(m, 2);
      links.push(
        `<li><a  href="${esc(dec)}"   title="Link&#32;to&#32;printed&#32;decisions&#32;pdf&#32;file">Printed decisions\n\t\t\t${pdfIcon(fileSizeLabel(size(dec)))} </a>\n\t\t    </li>`,
      );
    }
    if (m.minutesPublished) {
      const min = packHref(m, 1);
      const label = m.minutesDraft ? "Printed draft minutes" : "Printed minutes";
      links.push(
        `<li><a  href="${esc(min)}"   title="Link&#32;to&#32;printed&#32;minutes&#32;pdf&#32;file">${label}\n${pdfIcon(fileSizeLabel(size(min)))} </a>\n\t\t\t\t</li>`,
      );
    }
  }
  const venue = venues[m.venue];
  const contact = officer(m.contact);
  const content: string[] = [
    `<p><span  class="mgLabel" >Venue: </span>${esc(venue.name)}. <a  href="${hrefs.location(venue.rid)}"  title="${mgTitleAttr(`Link to directions to ${venue.name}`)}"> View directions</a></p>`,
    `<p><span  class="mgLabel" >Contact: </span>${esc(contact.name)}, ${esc(contact.jobTitle)}&nbsp; \n\t\tTel: ${esc(contact.tel ?? "")} / E-mail: &nbsp;<a href="mailto:${esc(contact.email ?? "")}">${esc(contact.email ?? "")}</a>\n\t\t\n\t\t</p>`,
  ];
  if (m.webcastId) {
    content.push(
      `<h2  class="mgSectionTitle" >Media</h2>\n\t\t\t<p><span  class="mgLabel" >Webcast: </span><a  href="${hrefs.webcast(m.webcastId)}"  title="View&#32;the&#32;webcast">View the webcast</a> </p>`,
    );
  }
  if (m.notice) content.push(`<p>${esc(m.notice)}</p>`);
  if (m.agendaPublished && m.status !== "Cancelled" && m.items.length > 0) content.push(itemTable(m, size));
  else if (!m.notice) content.push(`<p>No documents are available for this meeting</p>`);

  const modgov = `${mgHeader(meetingHeading(m), `<a  href="${hrefs.committeeDetails(m.cid)}"  title="${mgTitleAttr(`Link to ${com.title}`)}">${esc(title)}</a>`)}
			<p>You can view the individual reports for this meeting by selecting the headings from the numbered list of items at the bottom of this page. Alternatively you can view the entire agenda by selecting 'Agenda Reports Pack' below.</p>
${settingsScript}
	<div class="mgLinks" >


<ul  class="mgActionList" >

		${links.join("\n\t\t")}

</ul>
</div>
<div class="mgContent" >
						${content.join("\n\t\t")}
</div>`;
  const dcTitle = `Agenda for ${com.title} on ${longDate(m.date)}, ${time12(m.time)}`;
  const published = [m.minutesPublished, m.decisionsPublished, m.agendaPublished].find(Boolean);
  return renderShell({
    title: dcTitle,
    dc: {
      title: dcTitle,
      description: `All published information, including reports, for ${dcTitle}`,
      date: m.date,
      modified: published ?? m.date,
      created: m.agendaPublished ?? m.date,
    },
    breadcrumb: [
      { href: hrefs.committeeList, text: "Committees" },
      { href: hrefs.committeeDetails(m.cid), text: "Committee details" },
      { href: hrefs.meetings(m.cid), text: "Meetings" },
      { text: meetingHeading(m) },
    ],
    active: "committees",
    modgov,
  });
}

function itemTable(m: Meeting, size: SizeLookup): string {
  const planning = isPlanning(m);
  const head = `     <tr>\n${planning ? `            <th class="mgHide" abbr="Note" scope="col">Note</th>\n` : ""}            <th class="mgHide" abbr="No" scope="col">No.</th>\n            <th class="mgHide" abbr="Item" scope="col">Item</th>\n    </tr>`;
  const rows = m.items.map((item) => itemRow(m, item, planning, size));
  return `<table class="mgItemTable"  summary="Table of agenda items" id="mgItemTable">\n\t\t<caption  class="mgSectionTitle" >Items</caption>\n\n${head}\n${rows.join("\n")}\n\t</table>`;
}

function docLink(doc: AttachedDoc, itemLabel: string, size: SizeLookup, restricted: boolean): string {
  const href = hrefs.doc(doc);
  if (restricted) {
    // Exempt papers: ModernGov names them only "Restricted enclosure"; the link leads to a login page.
    return `<li>\n\t\t\t\t\t\t    <a  href="${esc(href)}"   title="Link to restricted document">Restricted enclosure <span  class="mgHide" >, ${itemLabel}</span>\n\t\t\t\t\t\t    </a>  </li>`;
  }
  return `<li>\n\t\t\t\t\t\t    <a  href="${esc(href)}"   title="${mgTitleAttr(`Link to document '${doc.title}' pdf file`)}">${mgEnc(doc.title)} <span  class="mgHide" >, ${itemLabel}</span>\n\t\t\t\t\t\t    ${pdfIcon(fileSizeLabel(size(href)))} </a>  </li>`;
}

function itemRow(m: Meeting, item: Item, planning: boolean, size: SizeLookup): string {
  const number = displayNumber(m, item);
  const itemLabel = number ? `item ${number}` : "item";
  const parts: string[] = [];
  const mainRestricted = item.report ? isRestricted(item, item.report) : Boolean(item.restricted);
  if (item.report && !mainRestricted) {
    const href = hrefs.doc(item.report);
    parts.push(
      `<p  class="mgAiTitleTxt" ><a  class="mgAiTitleLnk"   href="${esc(href)}"    \n\t\t\t\t\ttitle="${mgTitleAttr(`Link to document '${item.title}' pdf file`)}">${mgEnc(item.title)} ${pdfIcon(fileSizeLabel(size(href)))} </a></p>`,
    );
  } else {
    parts.push(`<p  class="mgAiTitleTxt" >${mgEnc(item.title)}</p>`);
  }
  if (item.description) parts.push(wordPara(item.description));
  const extra = [...(mainRestricted && item.report ? [item.report] : []), ...(item.additional ?? [])];
  if (item.report || extra.length > 0) {
    // Harrow prints the label even when the list under it is empty.
    const lis = extra.map((d) => docLink(d, itemLabel, size, isRestricted(item, d)));
    parts.push(
      `<p class="mgSubItemTitleTxt">Additional documents:</p>\n\n<ul  class="mgBulletList" >\n${lis.join("\n")}\n\n</ul>`,
    );
  }
  if (item.issue !== undefined) {
    // As ModernGov prints it (Reading's markup): a one-entry list linking the issue's history.
    parts.push(
      `<ul> <li><a href="${esc(hrefs.issue(item.issue))}" title="Link to issue details for ${itemLabel}.">View the background to ${itemLabel}.</a></li> </ul>`,
    );
  }
  if (m.decisionsPublished && item.decision) {
    parts.push(
      `<p class="mgSubItemTitleTxt">Decision:</p>\n\t\t\t\t${wordPara(item.decision + (item.decisionReason ? `\n\n${item.decisionReason}` : ""))}`,
    );
  }
  if (m.minutesPublished && item.minutes) {
    parts.push(`\t\t\t<p class="mgSubItemTitleTxt">Minutes:</p>\n${wordPara(item.minutes)} `);
  }
  if ((m.decisionsPublished || m.minutesPublished) && item.recordedVote) {
    // Kingston's real markup: the "Recorded Vote" table, then the link to who voted which way.
    const v = item.recordedVote;
    parts.push(
      `\t\t\t\t\t<table  class="mgTableNoBorderFullWidth" >\n\t\t\t\t\t\t\n\t\t\t\t\t\t<caption  class="mgSectionTitle" >Recorded Vote</caption>\n\t\t\t\t\t\t<thead>\n\t\t\t\t\t\t\n\t\t\t\t\t\t<th scope="col">Title</th><th scope="col">Type</th><th scope="col">Recorded Vote text</th><th scope="col">Result</th>\n\t\t\t\t\t\t</th>\n\t\t\t\t\t\t<tr>\n\t\t\t\t\t\t\t<td>${mgEnc(v.title)}</td>\n\t\t\t\t\t\t\t<td>${esc(v.type)}</td>\n\t\t\t\t\t\t\t<td>\n\t\t\t\t\t\t\t\n\t\t\t\t\t\t\t</td>\n\t\t\t\t\t\t\t<td>\n\t\t\t\t\t\t\t<img alt='' src='mgImages/motions/MotionPositive.png' />${esc(v.result)}\n\t\t\t\t\t\t\t</td>\n\t\t\t\t\t\t</tr>\t\n\n\t\t\t\t\t</table>\n\t\t\t\t\t\n\t\t\t\t\t<li><a  href="${esc(hrefs.recordedVotes(item.aiId, m.mid))}"  title="Link&#32;to&#32;recorded&#32;votes&#32;for&#32;this&#32;item">View Recorded Vote for this item</a></li>  <!-- FB9901-->`,
    );
  }
  const noteCell = planning ? `\n\t\t\t<td >${item.note ? esc(item.note) : ""}</td>` : "";
  return `		<tr>
${noteCell}
			<td  class="mgItemNumberCell" ><p  class="mgAiTitleTxt" ><a name="AI${item.aiId}" aria-disabled="true"></a>${esc(number)}</p></td>

		<td >

					${parts.join("\n")}

        </td>
		</tr>
`;
}
