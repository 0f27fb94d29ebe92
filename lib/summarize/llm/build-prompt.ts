import { formatMeetingDate, formatMeetingTime } from "../extractive/dates";
import { classifyItem } from "../extractive/procedural";
import type { SummaryInput } from "../types";
import { PROMPT_SOURCE_BUDGET } from "./llm-config";
import { OUTPUT_EXAMPLE } from "./llm-output";

// The request: rules and the output shape in the system message; the meeting, its agenda and the source texts
// (each marked with its document id and page so the model can cite them) in the user message. Sources are cut
// to a budget: minutes first (what happened), then each report's opening pages (summary and recommendations).

export interface ChatMessage {
  role: "system" | "user";
  content: string;
}

export function buildPrompt(input: SummaryInput, budget = PROMPT_SOURCE_BUDGET): ChatMessage[] {
  const past = Date.parse(input.meeting.startsAt) <= Date.parse(input.now);
  const system = [
    "You summarise UK local council committee meetings for residents, in plain British English.",
    "Use ONLY facts stated in the sources below. Never add a number, date, name or claim that the sources do not contain.",
    "Copy figures exactly as written. If something is not in the sources, leave it out.",
    past
      ? "The meeting has taken place: say what was discussed and decided, in the past tense."
      : "The meeting has not happened yet: say what it is scheduled to discuss, in the future tense.",
    // What issue 11 asks of a summary, said to the model as it is to the extractive engine (docs/summaries.md).
    "Overview: at most 60 words, outcome first: what was approved, refused, deferred or recommended, an inspection's verdict or the key figure; never a list of agenda titles.",
    "Fold procedural items (apologies, reserve members, declarations of interest, previous minutes) into one short line that keeps the names: apologies from whom, who substituted for whom, who declared what and whether they stayed, minutes approved and any correction.",
    "Give one section per substantive agenda item, with bullets carrying the key facts, figures and recommendations,",
    "each citing the documentId and page of its source (null for text from the meeting page).",
    "Condense: the whole summary should be at most about a third of the sources' length; one bullet per point, never the decision again as a bullet.",
    "Decisions in plain English, every figure kept, without cross-references such as 'as set out in section 4 of the report' or a trailing '; and'.",
    "A planning application is one bullet: address, reference, proposal, officers' recommendation, decision and vote, saying so when the decision went against the officers' advice.",
    "Leave out agenda boilerplate, signatures and closing times; keep a list's lead-in with its list; never turn table rows into bullets.",
    `Reply with one JSON object only, shaped like this:\n${OUTPUT_EXAMPLE}`,
  ].join("\n");
  const m = input.meeting;
  const head = [
    `Meeting: ${m.title}`,
    `Committee: ${m.committeeName}`,
    `Date: ${formatMeetingDate(m.startsAt)} at ${formatMeetingTime(m.startsAt)}`,
    `Status: ${m.status}`,
    "",
    "Agenda:",
    ...input.items.map((i) =>
      `- ${i.number ?? ""} ${i.title}${classifyItem(i) === "procedural" ? " (procedural)" : ""}`.replace(/\s+/g, " "),
    ),
  ].join("\n");
  return [
    { role: "system", content: system },
    { role: "user", content: `${head}\n\nSources:\n${collectSourceText(input, budget)}` },
  ];
}

function collectSourceText(input: SummaryInput, budget: number): string {
  const chunks: string[] = [];
  let left = budget;
  const add = (label: string, text: string, cap: number): void => {
    if (left <= 0 || !text.trim()) return;
    const body = clip(text.replace(/[ \t]+/g, " ").trim(), Math.min(cap, left));
    chunks.push(`[${label}]\n${body}`);
    left -= body.length;
  };
  for (const item of input.items) {
    const text = [item.minutesText, item.decisionText].filter(Boolean).join("\n");
    add(`meeting page, item ${item.number ?? item.position}: ${item.title} (documentId null)`, text, 6000);
  }
  const readable = input.documents.filter(
    (d) => !d.isRestricted && d.text && d.kind !== "agenda_frontsheet" && d.kind !== "public_reports_pack",
  );
  // Split what is left fairly between reports, page by page, so one long appendix cannot crowd out the rest.
  const share = Math.max(1500, Math.floor(left / Math.max(readable.length, 1)));
  for (const doc of readable) {
    const pages = doc.text!.split("\f");
    let docLeft = share;
    pages.forEach((page, i) => {
      if (docLeft <= 200) return;
      const before = left;
      add(`documentId ${doc.id}, "${doc.title}", page ${i + 1}`, page, docLeft);
      docLeft -= before - left;
    });
  }
  return chunks.join("\n\n");
}

/** Cuts at a sentence or line end near the limit, marking the cut. */
function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = Math.max(text.lastIndexOf(". ", limit), text.lastIndexOf("\n", limit));
  return `${text.slice(0, cut > limit * 0.6 ? cut + 1 : limit)} [...]`;
}
