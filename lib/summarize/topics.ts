import escapeStringRegexp from "escape-string-regexp";
import type { SourceRef, SummaryInput, TopicTag } from "./types";
import { TOPICS, type Topic } from "./topics/taxonomy";
import { quotableSentences } from "./topics/evidence-sentences";

// Deterministic topic tagging: each agenda item is scanned for its topics' phrases, weighted by where they occur
// (a title says more than the tenth page of a report), and tagged when the weight passes a threshold. The meeting
// takes the topics of its items plus those of its own title. Every tag carries quotes as evidence: a whole title,
// or a whole sentence of the minutes or a report (never a fragment cut at a word count, never a cover-sheet line).
// A cancelled meeting discussed nothing, so it has no topics.

export { TOPICS, type Topic } from "./topics/taxonomy";

interface Field {
  text: string;
  weight: number;
  source: SourceRef;
  /** how the field is quoted: whole (a title) or by the sentence that mentions the topic (prose) */
  quote: "whole" | "sentence" | "pdf-sentence";
}

const ITEM_THRESHOLD = 3;
const MAX_EVIDENCE = 3;
/** A title longer than this is not quoted whole (it is a description pasted into a title). */
const MAX_TITLE_QUOTE = 200;
const PROCEDURAL_TITLE =
  /^(apologies|attendance by reserve|declarations? of interest|minutes\b|public questions|petitions|deputations|references from|any other (urgent )?business|exclusion of the press|appointment of|right of members|procedural motions)/i;

const COMPILED = TOPICS.map((topic) => ({
  topic,
  re: new RegExp(`(?<![\\w-])(?:${topic.patterns.join("|")})(?![\\w-])`, "gi"),
}));

export function tagTopics(input: SummaryInput): TopicTag[] {
  const tags: TopicTag[] = [];
  if (input.meeting.status === "cancelled") return tags;
  const meetingScores = new Map<string, TopicTag>();
  const pageSource: SourceRef = { documentId: null, url: input.meeting.officialUrl, page: null };
  for (const item of [...input.items].sort((a, b) => a.position - b.position)) {
    if (PROCEDURAL_TITLE.test(item.title)) continue;
    const fields: Field[] = [
      { text: item.title, weight: 3, source: pageSource, quote: "whole" },
      { text: item.description ?? "", weight: 1, source: pageSource, quote: "sentence" },
      { text: item.minutesText ?? "", weight: 1, source: pageSource, quote: "sentence" },
      { text: item.decisionText ?? "", weight: 1, source: pageSource, quote: "sentence" },
      ...item.documentIds.flatMap((id) => documentFields(input, id)),
    ];
    for (const tag of scoreFields(fields, { itemPosition: item.position })) {
      if (tag.score < ITEM_THRESHOLD) continue;
      tags.push(tag);
      const meeting = meetingScores.get(tag.topic);
      if (!meeting) meetingScores.set(tag.topic, { ...tag, scope: "meeting", evidence: [...tag.evidence] });
      else {
        meeting.score = round(meeting.score + tag.score);
        meeting.evidence = [...meeting.evidence, ...tag.evidence].slice(0, MAX_EVIDENCE);
      }
    }
  }
  for (const tag of scoreFields(meetingNameFields(input.meeting, pageSource), "meeting")) {
    if (tag.score >= ITEM_THRESHOLD && !meetingScores.has(tag.topic)) meetingScores.set(tag.topic, tag);
  }
  const meetingTags = [...meetingScores.values()].sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
  return [...meetingTags, ...tags];
}

/**
 * The committee's name, and whatever else the meeting's title says ("(Council Tax)", "Urgent Leader's Decision"),
 * each quoted on its own: the title repeats the name and adds a date, so quoting "title name" read as the same words
 * twice ("Overview and Scrutiny Committee - Tuesday 9 April 2024 6.30 pm Overview and Scrutiny Committee").
 */
function meetingNameFields(meeting: SummaryInput["meeting"], source: SourceRef): Field[] {
  const name = escapeStringRegexp(meeting.committeeName);
  const extra = meeting.title
    // the name where the title prints it, before " - Thursday 24 February 2022 …" (a label may say "Council" too)
    .replace(new RegExp(`${name}(?=\\s*[-\u2013]\\s+\\w+day\\b)`), " ")
    .replace(/\s[-\u2013]\s+\w+day\s+\d{1,2}\s+\w+\s+\d{4}.*$/, "")
    .replace(/^[\s,\-\u2013]+|[\s,\-\u2013]+$/g, "")
    .replace(/\s+/g, " ");
  return [meeting.committeeName, extra]
    .filter((text) => /\p{L}/u.test(text))
    .map((text) => ({ text, weight: 3, source, quote: "whole" as const }));
}

function documentFields(input: SummaryInput, id: number): Field[] {
  const doc = input.documents.find((d) => d.id === id);
  if (!doc) return [];
  const fields: Field[] = [
    { text: doc.title, weight: 2, source: { documentId: doc.id, url: doc.url, page: null }, quote: "whole" },
  ];
  // Report text counts less per mention, and only its first pages (summary, recommendations) are read.
  (doc.text ?? "")
    .split("\f")
    .slice(0, 4)
    .forEach((page, i) => {
      fields.push({
        text: page,
        weight: 0.35,
        source: { documentId: doc.id, url: doc.url, page: i + 1 },
        quote: "pdf-sentence",
      });
    });
  return fields;
}

function scoreFields(fields: Field[], scope: TopicTag["scope"]): TopicTag[] {
  const out: TopicTag[] = [];
  for (const { topic, re } of COMPILED) {
    let score = 0;
    const evidence: TopicTag["evidence"] = [];
    const quoted = new Set<string>();
    for (const field of fields) {
      if (!field.text) continue;
      const flat = field.text.replace(/\s+/g, " ");
      let hits = 0;
      let sentences: string[] | undefined;
      for (const m of flat.matchAll(re)) {
        hits++;
        const phrase = m[0].toLowerCase();
        if (evidence.length >= MAX_EVIDENCE || quoted.has(phrase)) continue;
        let quote: string | undefined;
        if (field.quote === "whole") quote = flat.trim().length <= MAX_TITLE_QUOTE ? flat.trim() : undefined;
        else {
          sentences ??= quotableSentences(field.text, field.quote === "pdf-sentence" ? "pdf" : "html");
          quote = sentences.find((s) => new RegExp(re.source, "i").test(s) && s.toLowerCase().includes(phrase));
        }
        if (!quote || evidence.some((e) => e.text === quote)) continue;
        quoted.add(phrase);
        evidence.push({ text: quote, source: field.source });
      }
      // Repeats add less and less: ten mentions of "budget" on one page are not ten times the evidence.
      score += field.weight * Math.min(hits, 1 + Math.log2(Math.max(hits, 1)));
    }
    if (score > 0) out.push({ topic: topic.slug, scope, evidence, score: round(score) });
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function findTopic(slug: string): Topic | undefined {
  return TOPICS.find((t) => t.slug === slug);
}
