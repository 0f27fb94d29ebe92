// The plain-text part of a weekly digest: the same bulletin, links written out in full.
import type { DigestMeeting } from "@/lib/data/digest-content";
import type { PersonalDigest } from "@/lib/digest/select-for-subscriber";
import { meetingUrl, statusLabel, type DigestLinks } from "./weekly-digest-links";

function listLine(m: DigestMeeting): string {
  const label = statusLabel(m);
  return `- ${m.committee.name}, ${m.whenLabel}${label ? ` (${label.toLowerCase()})` : ""}`;
}

function links(m: DigestMeeting, l: DigestLinks): string[] {
  const out = [`Full summary: ${meetingUrl(l, m)}`];
  if (m.officialUrl) out.push(`Official meeting page: ${m.officialUrl}`);
  if (m.documents.length > 0) {
    out.push("Official papers:");
    for (const d of m.documents) out.push(`  - ${d.title}: ${d.url}`);
  }
  return out;
}

function pastSection(m: DigestMeeting, l: DigestLinks): string[] {
  const label = statusLabel(m);
  const out = [
    m.committee.name.toUpperCase(),
    `${m.whenLabel}${label ? ` - ${label}` : ""}${m.statusNote ? ` - ${m.statusNote}` : ""}`,
    "",
  ];
  for (const u of m.updates) out.push(u, "");
  if (m.status === "cancelled") out.push("This meeting did not take place.", "");
  else if (m.overview) out.push(m.overview, "");
  else out.push("No summary yet: the council has not published the papers we summarise.", "");
  for (const s of m.sections) {
    out.push(s.heading);
    if (s.decision) out.push(`  Decision: ${s.decision}`);
    for (const b of s.bullets) out.push(`  * ${b}`);
    out.push("");
  }
  return [...out, ...links(m, l), ""];
}

function nextSection(m: DigestMeeting, l: DigestLinks): string[] {
  const label = statusLabel(m);
  const out = [m.committee.name.toUpperCase(), `${m.whenLabel}${label ? ` - ${label}` : ""}`, ""];
  for (const u of m.updates) out.push(u, "");
  if (m.overview) out.push(m.overview, "");
  return [...out, ...links(m, l), ""];
}

export function renderWeeklyDigestText(digest: PersonalDigest, l: DigestLinks): string {
  const { content } = digest;
  const weekPast = content.meetings.filter((m) => m.period === "past");
  const weekNext = content.meetings.filter((m) => m.period === "next");
  const out: string[] = [
    `${content.council.name} weekly - ${content.weekLabel}`,
    "",
    digest.headline,
    "=".repeat(Math.min(digest.headline.length, 72)),
    "",
  ];
  if (weekPast.length > 0) {
    out.push(
      `${content.council.name} had ${weekPast.length} committee meeting${weekPast.length === 1 ? "" : "s"} in the week of ${content.weekLabel}:`,
    );
    out.push(...weekPast.map(listLine), "");
  } else {
    out.push(`${content.council.name} held no committee meetings in the week of ${content.weekLabel}.`, "");
  }
  if (weekNext.length > 0)
    out.push(`Coming up in the week of ${content.nextWeekLabel}:`, ...weekNext.map(listLine), "");
  if (digest.nothingMatched)
    out.push(
      "Nothing this week matched the committees, topics or keywords you chose.",
      `Change your choices: ${l.preferencesUrl}`,
      "",
    );
  else if (digest.filtered)
    out.push(`Below: the meetings that match your choices. Change them: ${l.preferencesUrl}`, "");
  if (digest.past.length > 0) {
    out.push("THIS WEEK", "---------", "");
    for (const m of digest.past) out.push(...pastSection(m, l));
  }
  if (digest.next.length > 0) {
    out.push("COMING UP", "---------", "");
    for (const m of digest.next) out.push(...nextSection(m, l));
  }
  if (content.keyDecisions.length > 0) {
    out.push("KEY DECISIONS DUE IN THE NEXT FOUR WEEKS", "----------------------------------------", "");
    for (const d of content.keyDecisions) {
      out.push(`- ${d.title}: ${d.dueText}`);
      if (d.path) out.push(`  History and papers: ${l.siteUrl}${d.path}`);
    }
    out.push("");
  }
  out.push(
    "--",
    `You're receiving this because you subscribed to the ${content.council.name} weekly digest.`,
    `Choose what you receive: ${l.preferencesUrl}`,
    `Unsubscribe: ${l.unsubscribeUrl}`,
    `Past issues: ${l.archiveUrl}`,
    "Summaries are machine-generated from the council's published papers; the official documents are the authoritative record.",
  );
  return out.join("\n");
}
