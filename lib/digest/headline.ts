// The bulletin's headline and intro, written from the meetings alone (pure), like a short local news item.
import escapeStringRegexp from "escape-string-regexp";
import type { DigestMeeting } from "../data/digest-content";
import { clip } from "./meeting-text";
import { VERB_ORDER, leadingLine, overviewOutcome } from "@/lib/summarize/overview-outcome";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function bulletCount(m: DigestMeeting): number {
  return m.sections.reduce((n, s) => n + (s.decision ? 1 : 0) + s.bullets.length, 0);
}

/** The meeting to lead with: a held one whose overview states a decision, then the one with most to say, earliest first on a tie. */
export function leadMeeting(meetings: DigestMeeting[]): DigestMeeting | undefined {
  const held = meetings.filter((m) => m.period === "past" && m.status !== "cancelled" && m.status !== "postponed");
  const decided = (m: DigestMeeting) => (overviewOutcome(m.overview) ? 1 : 0);
  return [...held].sort(
    (a, b) => decided(b) - decided(a) || bulletCount(b) - bulletCount(a) || a.startsAt.localeCompare(b.startsAt),
  )[0];
}

/**
 * The lead meeting's first outcome, from its overview: "Planning Committee granted 2 applications and refused 1";
 * when it only noted papers, its key point ("Corporate Parenting Panel: The monitoring visit from Ofsted … found…").
 */
export function firstOutcome(meeting: DigestMeeting): string | null {
  const found = overviewOutcome(meeting.overview);
  if (!found) return null;
  const line = leadingLine(found);
  return line.isKeyPoint ? `${found.body}: ${line.text.replace(/\.$/, "")}` : `${found.body} ${line.text}`;
}

/** Where an overview's next outcome starts: "designated … (LASC)| and started a procurement …" (lower-case verbs). */
const NEXT_OUTCOME = new RegExp(`(?:;? and |; |, )(?=(?:${VERB_ORDER.map(escapeStringRegexp).join("|")}) )`, "g");

/**
 * The outcome shortened to `max` characters by whole outcomes ("Cabinet designated Local Areas of Special Character
 * (LASC)"), not cut inside one ("… started a procurement for a mental health community…"); clipped only when even
 * the first outcome is too long, and a key point is always clipped.
 */
export function shortenOutcome(text: string, max: number, isKeyPoint = false): string {
  if (text.length <= max) return text;
  const ends = isKeyPoint ? [] : [...text.matchAll(NEXT_OUTCOME)].map((m) => m.index).filter((i) => i <= max);
  return ends.length ? text.slice(0, ends[ends.length - 1]) : clip(text, max);
}

/** A heading that is an address or an application reference says nothing to a reader who does not live there. */
const looksLikeAddress = (text: string) => /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b(P|PL)\/\d+\/\d+\b/.test(text);

/** Standing business a meeting takes every time: a petition received or questions answered are not its news. */
const STANDING_HEADING =
  /^(?:\d+[a-z]?\.?\s+)?(?:petitions?|public questions|councillor questions|questions|deputations?|minutes|declarations? of interests?|apologies(?: for absence)?|attendance by reserve members|right of members to speak|references? from)\b/i;

const MAX_HEADLINE = 140;

/** e.g. "Planning Committee granted 2 applications and refused 1, and 4 more meetings". */
export function buildHeadline(meetings: DigestMeeting[], councilName: string): string {
  const past = meetings.filter((m) => m.period === "past");
  const next = meetings.filter((m) => m.period === "next");
  const lead = leadMeeting(meetings);
  if (lead) {
    const outcome = firstOutcome(lead);
    const topic = lead.sections.map((s) => s.heading).find((h) => !looksLikeAddress(h) && !STANDING_HEADING.test(h));
    // Nothing decided and nothing but standing business to name: say when it met ("Cabinet met on Tuesday 17 December").
    const day = lead.whenLabel.split(",")[0]!.trim();
    const found = overviewOutcome(lead.overview);
    const isKeyPoint = found ? leadingLine(found).isKeyPoint : false;
    const text = outcome ?? (topic ? `${lead.committee.name}: ${topic}` : `${lead.committee.name} met on ${day}`);
    const others = past.length - 1;
    const tail =
      others > 0 ? `, and ${plural(others, "more meeting")}` : next.length > 0 ? `; ${next.length} coming up` : "";
    // The text is shortened, never the tail: "…, and 1 more…" would lose what the tail counts.
    return `${outcome ? shortenOutcome(text, MAX_HEADLINE - tail.length, isKeyPoint) : clip(text, MAX_HEADLINE - tail.length)}${tail}`;
  }
  if (past.length > 0) {
    const upcoming = next.length > 0 ? `; ${next.length} coming up` : "";
    return `${plural(past.length, "meeting")} cancelled this week${upcoming}`;
  }
  return `${plural(next.length, "meeting")} coming up at ${councilName} next week`;
}

function listLine(m: DigestMeeting): string {
  const state = m.status === "cancelled" ? " (cancelled)" : m.status === "postponed" ? " (postponed)" : "";
  return `${m.committee.name}, ${m.whenLabel}${state}`;
}

/** Every meeting of the week reviewed, cancelled ones included, then what is coming. Plain text. */
export function buildIntro(meetings: DigestMeeting[], councilName: string, weekLabel: string): string {
  const past = meetings.filter((m) => m.period === "past");
  const next = meetings.filter((m) => m.period === "next");
  const lines: string[] = [];
  if (past.length === 0) {
    lines.push(`${councilName} held no committee meetings in the week of ${weekLabel}.`);
  } else {
    lines.push(
      `${councilName} had ${plural(past.length, "meeting")} in the week of ${weekLabel}: ${past.map(listLine).join("; ")}.`,
    );
  }
  if (next.length > 0) lines.push(`Coming up next week: ${next.map(listLine).join("; ")}.`);
  return lines.join(" ");
}
