import { GLOSSARY } from "../glossary";
import type { MeetingSummary } from "../types";
import { summaryTexts } from "./footnotes";

// An abbreviation the minutes define and the summary never uses again: "authorised and regulated by the Financial
// Conduct Authority (FCA)", "Harrow's Citizens' Advice Bureau (CAB)". The bracket only sets up a later use; with none,
// it is a word that says nothing, and the name before it says it all. A glossary term stays (its footnote explains
// it: "Medium-Term Financial Strategy (MTFS)"), and so does a title quoted as printed.

const GLOSSARY_TERMS = new Set(GLOSSARY.map((g) => g.term));

const DEFINED = /(?<=[A-Za-z'\u2019)]) \(([A-Z]{2,6})\)(?=[\s,.;:]|$)/g;

/** The summary with each "(ABBR)" its own texts never use again left out (headings are titles: never changed). */
export function withoutUnusedAbbreviations<T extends Pick<MeetingSummary, "overview" | "procedural" | "sections">>(
  summary: T,
): T {
  const text = summaryTexts(summary).join("\n");
  const uses = (abbr: string) => text.match(new RegExp(`\\b${abbr}\\b`, "g"))?.length ?? 0;
  const quoted = (t: string, at: number) => (t.slice(0, at).match(/["\u201c\u201d]/g)?.length ?? 0) % 2 === 1;
  const clean = (t: string) =>
    t.replace(DEFINED, (m, abbr: string, at: number) =>
      uses(abbr) === 1 && !GLOSSARY_TERMS.has(abbr) && !quoted(t, at) ? "" : m,
    );
  return {
    ...summary,
    procedural: summary.procedural === null ? null : clean(summary.procedural),
    sections: summary.sections.map((s) => ({
      ...s,
      decision: s.decision === null ? null : clean(s.decision),
      bullets: s.bullets.map((b) => ({ ...b, text: clean(b.text), ...(b.lead ? { lead: clean(b.lead) } : {}) })),
    })),
  };
}
