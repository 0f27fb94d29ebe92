import { committee } from "../committees";
import { ddmmyyyy, esc, longDate as longDateOf, mgEnc, mgTitleAttr, time12 as time12Of } from "../format";
import { forwardPlan, type SnapshotIssue } from "../issues";
import { displayNumber } from "../meeting-rules";
import type { Item, Meeting } from "../types";
import { hrefs } from "../urls";
import { mgHeader, renderShell, settingsScript } from "./shell";
import { wordPara } from "./word";

// mgIssueHistoryHome.aspx?IId= (issue details and the meetings it came up at), mgPlansHome.aspx and
// mgListPlanItems.aspx (the Cabinet's forward plan). Labels, their order and the meeting lines follow the
// councils' public pages noted in tests/fixtures/moderngov/issue-html/ORIGIN.md; the wrapping markup uses the
// class names of ModernGov's meeting pages.

export interface IssueAppearance {
  meeting: Meeting;
  item: Item;
}

function fieldGroup(issue: SnapshotIssue, withMaker: boolean): string {
  const line = (label: string, value: string) =>
    `<p><span class="mgLabel" >${esc(label)}:&nbsp;</span>${esc(value)}</p>`;
  const lines = [
    ...(withMaker ? [line("Decision maker", /\bby\s+(.+)$/.exec(issue.due)?.[1] ?? "Cabinet")] : []),
    line("Decision type", issue.decisionType),
    line("Decision status", issue.status),
    line("Wards affected", `${issue.wards};`),
    line("Notice of proposed decision first published", issue.firstPublished),
    ...(issue.restricted
      ? [`<p><span class="mgLabel" >Anticipated restriction:&nbsp;</span>${esc(issue.restricted)}</p>`]
      : []),
    line("Decision due", issue.due),
    line("Lead member", issue.leadMember),
    line("Lead director", issue.leadDirector),
  ];
  return `<div class="mgFieldGroup" >\n${lines.join("\n")}\n</div>`;
}

/** The issue's details and its meetings, most recent first (as ModernGov lists them). */
export function renderIssuePage(issue: SnapshotIssue, appearances: IssueAppearance[]): string {
  const sorted = [...appearances].sort((a, b) =>
    (b.meeting.date + b.meeting.time).localeCompare(a.meeting.date + a.meeting.time),
  );
  const meetings = sorted.map(({ meeting, item }) => {
    const com = committee(meeting.cid);
    const number = displayNumber(meeting, item).replace(/\.$/, "");
    return `<li><a  href="${esc(hrefs.meeting(meeting))}"  title="${mgTitleAttr(`Link to meeting of ${com.title}`)}">Meeting: ${ddmmyyyy(meeting.date)} - ${esc(com.title)}${number ? ` (Item ${esc(number)})` : ""}</a></li>`;
  });
  const modgov = `${mgHeader("Issue details", mgEnc(issue.title))}
${settingsScript}
<div class="mgContent" >
${wordPara(issue.purpose)}
${fieldGroup(issue, false)}
<h2  class="mgSectionTitle" >Agenda items</h2>
${meetings.length ? `<ul  class="mgBulletList" >\n${meetings.join("\n")}\n</ul>` : "<p>There are no agenda items for this issue.</p>"}
</div>`;
  return renderShell({
    title: `Issue details - ${issue.title}`,
    dc: { title: `Issue details - ${issue.title}` },
    breadcrumb: [{ href: forwardPlanHomeHref, text: "Forward plans" }, { text: "Issue details" }],
    active: "committees",
    modgov,
  });
}

const forwardPlanHomeHref = hrefs.plansHome;

/** mgPlansHome.aspx: the forward plans, the current one first. */
export function renderPlansHome(): string {
  const modgov = `${mgHeader("Browse forward plans", esc(committee(forwardPlan.rp).title))}
${settingsScript}
<div class="mgContent" >
<p>The forward plan gives at least 28 clear days' notice of the key decisions the Cabinet expects to take, who takes each one and when.</p>
<ul  class="mgBulletList" >
<li><a  href="${esc(hrefs.planItems(forwardPlan.planId, forwardPlan.rp))}"  title="${mgTitleAttr(`Link to ${forwardPlan.title}`)}">${esc(forwardPlan.title)}</a></li>
</ul>
</div>`;
  return renderShell({
    title: "Browse forward plans",
    dc: { title: "Browse forward plans" },
    breadcrumb: [{ text: "Forward plans" }],
    active: "committees",
    modgov,
  });
}

/** mgListPlanItems.aspx?PlanId=&RP=: each key decision links its issue, with its details block. */
export function renderPlanItems(planIssues: SnapshotIssue[]): string {
  const items = planIssues.map(
    (issue) => `<div class="mgPlanItem" >
<h3  class="mgSubItemTitleTxt" ><a  href="${esc(hrefs.planIssue(issue.iid, forwardPlan.planId))}"  title="${mgTitleAttr(`Link to issue details for ${issue.title}`)}">${mgEnc(issue.title)}</a></h3>
${wordPara(issue.purpose)}
${fieldGroup(issue, true)}
</div>`,
  );
  const modgov = `${mgHeader("Forward plan", esc(forwardPlan.title))}
${settingsScript}
<div class="mgContent" >
<p><span class="mgLabel" >Plan published:&nbsp;</span>${ddmmyyyy(forwardPlan.published)}</p>
<p><span class="mgLabel" >Plan last updated:&nbsp;</span>${ddmmyyyy(forwardPlan.lastUpdated)}</p>
<h2  class="mgSectionTitle" >Plan items</h2>
${items.join("\n")}
</div>`;
  return renderShell({
    title: forwardPlan.title,
    dc: { title: forwardPlan.title },
    breadcrumb: [{ href: forwardPlanHomeHref, text: "Forward plans" }, { text: forwardPlan.title }],
    active: "committees",
    modgov,
  });
}

/** mgListRecordedVotesShort.aspx?AIID=&MID=: who voted which way on the item (Bromsgrove's layout, names linked). */
export function renderRecordedVotes(m: Meeting, item: Item, nameOf: (uid: number) => string): string {
  const v = item.recordedVote!;
  const com = committee(m.cid);
  const row = (label: string, uids: number[]) =>
    `<tr><td>${label}</td><td>${uids.length ? uids.map((u) => `<a href="${esc(hrefs.user(u))}">${esc(nameOf(u))}</a>`).join(", ") : "None"}</td><td>${uids.length}</td></tr>`;
  const modgov = `${mgHeader("Voting record")}
${settingsScript}
<div class="mgContent" >
<h2 class="mgSubTitleTxt">${esc(com.title)}, ${esc(longDateOf(m.date))} ${esc(time12Of(m.time))}</h2>
<h3 class="mgSubItemTitleTxt">Item: ${mgEnc(item.title)}</h3>
<h4>${mgEnc(v.title)}:</h4>
<p><span class="mgLabel" >Resolution status:</span>${esc(v.result)}</p>
<table class="mgStatsTable" summary="Recorded vote">
<tr><th scope="col">Vote</th><th scope="col">Councillors</th><th scope="col">Number</th></tr>
${row("For", v.for)}
${row("Against", v.against)}
${row("Abstain", v.abstain)}
</table>
</div>`;
  return renderShell({
    title: "Voting record",
    dc: { title: "Voting record" },
    breadcrumb: [{ href: hrefs.meeting(m), text: "Meeting" }, { text: "Voting record" }],
    active: "committees",
    modgov,
  });
}
