// The HTML part of a weekly digest: a short bulletin, one section per meeting, inline styles only.
import type { DigestMeeting } from "@/lib/data/digest-content";
import type { PersonalDigest } from "@/lib/digest/select-for-subscriber";
import { escapeHtml } from "@/lib/escape-html";
import { COLOURS, FONT, link, paragraph, renderLayout } from "../../email/html";
import { meetingUrl, statusLabel, type DigestLinks } from "./weekly-digest-links";

const H1 = `margin:0 0 12px 0;font-family:${FONT};font-size:24px;line-height:1.25;color:${COLOURS.text};`;
const H2 = `margin:28px 0 8px 0;font-family:${FONT};font-size:20px;line-height:1.3;color:${COLOURS.text};`;
const H3 = `margin:16px 0 4px 0;font-family:${FONT};font-size:17px;line-height:1.3;color:${COLOURS.text};`;
const H4 = `margin:12px 0 4px 0;font-family:${FONT};font-size:15px;line-height:1.3;color:${COLOURS.text};`;
const SMALL = `margin:0 0 8px 0;font-family:${FONT};font-size:14px;line-height:1.4;color:${COLOURS.muted};`;
const LIST = `margin:0 0 12px 0;padding-left:22px;font-family:${FONT};font-size:15px;line-height:1.5;color:${COLOURS.text};`;

function badge(meeting: DigestMeeting): string {
  const label = statusLabel(meeting);
  return label ? ` <strong style="color:${COLOURS.warn};">${escapeHtml(label)}</strong>` : "";
}

function weekList(meetings: DigestMeeting[]): string {
  const items = meetings.map((m) => `<li>${escapeHtml(m.committee.name)}, ${escapeHtml(m.whenLabel)}${badge(m)}</li>`);
  return `<ul style="${LIST}">${items.join("")}</ul>`;
}

function meetingLinks(meeting: DigestMeeting, links: DigestLinks): string {
  // Every meeting has these links: each is also named with its meeting, as on the weekly pages, so that a screen
  // reader's list of links tells them apart ("Read the full summary: Cabinet, Thursday 14 November, 6.30 pm").
  const of = (words: string) => `${words}: ${meeting.committee.name}, ${meeting.whenLabel}`;
  const parts = [link(meetingUrl(links, meeting), "Read the full summary", "", of("Read the full summary"))];
  if (meeting.officialUrl)
    parts.push(link(meeting.officialUrl, "Official meeting page", "", of("Official meeting page")));
  const docs = meeting.documents.map((d) => `<li>${link(d.url, d.title, "", of(d.title))}</li>`).join("");
  const papers = docs ? `<p style="${SMALL}">Official papers:</p><ul style="${LIST}font-size:14px;">${docs}</ul>` : "";
  return `<p style="${SMALL}">${parts.join(" &middot; ")}</p>${papers}`;
}

/** "Updated on 27 Nov 2026: Addendum added; …": papers that changed in the week reviewed. */
function updates(meeting: DigestMeeting): string {
  return meeting.updates.map((u) => paragraph(`<strong>${escapeHtml(u)}</strong>`)).join("\n");
}

function pastSection(meeting: DigestMeeting, links: DigestLinks): string {
  const out = [
    `<h3 style="${H3}">${link(meetingUrl(links, meeting), meeting.committee.name, `color:${COLOURS.text};`)}</h3>`,
    `<p style="${SMALL}">${escapeHtml(meeting.whenLabel)}${badge(meeting)}${meeting.statusNote ? ` &middot; ${escapeHtml(meeting.statusNote)}` : ""}</p>`,
  ];
  if (meeting.updates.length) out.push(updates(meeting));
  if (meeting.status === "cancelled") out.push(paragraph("This meeting did not take place."));
  else if (meeting.overview) out.push(paragraph(escapeHtml(meeting.overview)));
  else
    out.push(
      paragraph("No summary yet: the council has not published the papers we summarise.", `color:${COLOURS.muted};`),
    );
  for (const section of meeting.sections) {
    out.push(`<h4 style="${H4}">${escapeHtml(section.heading)}</h4>`);
    if (section.decision) out.push(paragraph(`<strong>Decision:</strong> ${escapeHtml(section.decision)}`));
    if (section.bullets.length > 0)
      out.push(`<ul style="${LIST}">${section.bullets.map((b) => `<li>${escapeHtml(b)}</li>`).join("")}</ul>`);
  }
  out.push(meetingLinks(meeting, links));
  return out.join("\n");
}

function nextSection(meeting: DigestMeeting, links: DigestLinks): string {
  return [
    `<h3 style="${H3}">${link(meetingUrl(links, meeting), meeting.committee.name, `color:${COLOURS.text};`)}</h3>`,
    `<p style="${SMALL}">${escapeHtml(meeting.whenLabel)}${badge(meeting)}</p>`,
    updates(meeting),
    meeting.overview ? paragraph(escapeHtml(meeting.overview)) : "",
    meetingLinks(meeting, links),
  ].join("\n");
}

export function renderWeeklyDigestHtml(digest: PersonalDigest, links: DigestLinks): string {
  const { content } = digest;
  const weekPast = content.meetings.filter((m) => m.period === "past");
  const weekNext = content.meetings.filter((m) => m.period === "next");
  const body: string[] = [
    `<p style="${SMALL}text-transform:uppercase;letter-spacing:0.05em;">${escapeHtml(content.council.name)} weekly &middot; ${escapeHtml(content.weekLabel)}</p>`,
    `<h1 style="${H1}">${escapeHtml(digest.headline)}</h1>`,
  ];
  if (weekPast.length > 0) {
    body.push(
      paragraph(
        `${escapeHtml(content.council.name)} had ${weekPast.length} committee meeting${weekPast.length === 1 ? "" : "s"} in the week of ${escapeHtml(content.weekLabel)}:`,
      ),
    );
    body.push(weekList(weekPast));
  } else {
    body.push(
      paragraph(
        `${escapeHtml(content.council.name)} held no committee meetings in the week of ${escapeHtml(content.weekLabel)}.`,
      ),
    );
  }
  if (weekNext.length > 0) {
    body.push(paragraph(`Coming up in the week of ${escapeHtml(content.nextWeekLabel)}:`));
    body.push(weekList(weekNext));
  }
  if (digest.nothingMatched) {
    body.push(
      paragraph(
        `Nothing this week matched the committees, topics or keywords you chose. ${link(links.preferencesUrl, "Change your choices")}.`,
      ),
    );
  } else if (digest.filtered) {
    body.push(
      paragraph(
        `Below: the meetings that match your choices. ${link(links.preferencesUrl, "Change them")}.`,
        `color:${COLOURS.muted};font-size:14px;`,
      ),
    );
  }
  if (digest.past.length > 0) {
    body.push(`<h2 style="${H2}">This week</h2>`);
    for (const m of digest.past) body.push(pastSection(m, links));
  }
  if (digest.next.length > 0) {
    body.push(`<h2 style="${H2}">Coming up</h2>`);
    for (const m of digest.next) body.push(nextSection(m, links));
  }
  if (content.keyDecisions.length > 0) {
    body.push(`<h2 style="${H2}">Key decisions due in the next four weeks</h2>`);
    const lines = content.keyDecisions.map(
      (d) =>
        `<li style="margin:0 0 6px 0;">${d.path ? link(`${links.siteUrl}${d.path}`, d.title) : escapeHtml(d.title)}: ${escapeHtml(d.dueText)}</li>`,
    );
    body.push(`<ul style="margin:0 0 16px 0;padding-left:20px;">${lines.join("")}</ul>`);
  }
  const footer = [
    `<p style="margin:0 0 8px 0;">You're receiving this because you subscribed to the ${escapeHtml(content.council.name)} weekly digest. ${link(links.preferencesUrl, "Choose what you receive")} &middot; ${link(links.unsubscribeUrl, "Unsubscribe")}</p>`,
    `<p style="margin:0 0 8px 0;">Summaries are machine-generated from the council's published papers; the official documents are the authoritative record. ${link(links.archiveUrl, "Past issues")}</p>`,
  ].join("\n");
  return renderLayout({
    title: digest.headline,
    preheader: content.intro.slice(0, 140),
    body: body.join("\n"),
    footer,
  });
}
