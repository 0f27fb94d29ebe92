// One subscriber's cut of an issue (PURE): the meetings matching their preferences, or null when they should get
// no email this week.
import escapeStringRegexp from "escape-string-regexp";
import type { DigestContent, DigestMeeting } from "../data/digest-content";
import { buildHeadline } from "./headline";
import { committeeKey, type Preferences } from "../subscriptions/preferences";

export interface PersonalDigest {
  content: DigestContent;
  /** the subject: the issue's headline, or one written from the subscriber's own meetings */
  headline: string;
  past: DigestMeeting[];
  next: DigestMeeting[];
  /** the subscriber chose committees, topics or keywords rather than everything */
  filtered: boolean;
  /** filtered, nothing matched, and they asked to hear anyway */
  nothingMatched: boolean;
}

function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Whole-word, case- and accent-insensitive: "care" finds "Care leavers" but not "careful". */
export function keywordMatcher(keywords: string[]): (text: string) => boolean {
  if (keywords.length === 0) return () => false;
  const pattern = new RegExp(
    `(?:^|[^a-z0-9])(?:${keywords.map((k) => escapeStringRegexp(fold(k.trim()))).join("|")})(?=$|[^a-z0-9])`,
  );
  return (text) => pattern.test(fold(text));
}

function meetingText(m: DigestMeeting): string {
  return [
    m.title,
    m.committee.name,
    m.overview ?? "",
    ...m.itemTitles,
    ...m.sections.flatMap((s) => [s.heading, s.decision ?? "", ...s.bullets]),
  ].join("\n");
}

export function meetingMatcher(councilSlug: string, prefs: Preferences): (m: DigestMeeting) => boolean {
  if (prefs.scope === "all") {
    const wanted = prefs.councils.includes(councilSlug);
    return () => wanted;
  }
  const committees = new Set(prefs.committees.map(committeeKey));
  const topics = new Set(prefs.topics);
  const hasKeyword = keywordMatcher(prefs.keywords);
  const issues = new Set(prefs.issues.filter((i) => i.council === councilSlug).map((i) => i.iid));
  return (m) =>
    committees.has(committeeKey({ council: councilSlug, cid: m.committee.externalId })) ||
    m.issues.some((iid) => issues.has(iid)) ||
    m.topics.some((t) => topics.has(t)) ||
    hasKeyword(meetingText(m));
}

export function selectDigestForSubscriber(content: DigestContent, prefs: Preferences): PersonalDigest | null {
  if (content.meetings.length === 0) return null;
  const matches = meetingMatcher(content.council.slug, prefs);
  const chosen = content.meetings.filter(matches);
  const filtered = prefs.scope === "selected";
  if (chosen.length === 0 && (!filtered || prefs.onlyWhenMatches)) return null;
  const everything = chosen.length === content.meetings.length;
  return {
    content,
    headline: everything
      ? content.headline
      : chosen.length > 0
        ? buildHeadline(chosen, content.council.name)
        : content.headline,
    past: chosen.filter((m) => m.period === "past"),
    next: chosen.filter((m) => m.period === "next"),
    filtered,
    nothingMatched: chosen.length === 0,
  };
}
