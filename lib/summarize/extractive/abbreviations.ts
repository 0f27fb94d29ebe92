import { GLOSSARY } from "../glossary";
import type { MeetingSummary } from "../types";
import { summaryTexts } from "./footnotes";

// An abbreviation the minutes define and the summary never uses again: "authorised and regulated by the Financial
// Conduct Authority (FCA)", "Harrow's Citizens' Advice Bureau (CAB)". The bracket only sets up a later use; with none,
// it is a word that says nothing, and the name before it says it all. A glossary term stays (its footnote explains
// it: "Medium-Term Financial Strategy (MTFS)"), and so does a title quoted as printed. Only a bracket that spells the
// words before it ("Sterling Overnight Index Average (SONIA)"): "Item 9 (EXEMPT)" or "Cllr Ann Lee (CHAIR)" says
// something of its own.

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
      uses(abbr) === 1 && !GLOSSARY_TERMS.has(abbr) && !quoted(t, at) && standsFor(t.slice(0, at), abbr) ? "" : m,
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

/** Small words a name's initials skip: "Local Areas of Special Character (LASC)". */
const SKIPPED = /^(?:of|and|for|the|in|on|to|&)$/;

/**
 * Whether the abbreviation spells the words just before it: each word's first letter in turn, and any further letters
 * from inside those words ("Sterling Overnight INdex Average" for SONIA), the first word starting it.
 */
export function standsFor(before: string, abbr: string): boolean {
  const words = before
    .trim()
    .split(/\s+/)
    .slice(-10)
    .map((w) => w.replace(/^[("\u201c]+|[,;:)"\u201d]+$/g, ""));
  for (let k = 1; k <= words.length; k++) {
    const named = words.slice(-k).filter((w) => !SKIPPED.test(w));
    if (named.length === 0 || !/^[A-Z]/.test(named[0]!)) continue;
    if (named.every((w) => /^[A-Z]/.test(w)) && spells(named, abbr.toUpperCase())) return true;
  }
  return false;
}

function spells(words: string[], abbr: string): boolean {
  if (words.length === 0) return abbr.length === 0;
  const [word, ...rest] = words;
  const w = word!.toUpperCase().replace(/[^A-Z]/g, "");
  if (!abbr || w[0] !== abbr[0]) return false;
  // The word's first letter, then none or more of its later letters in order, then the next word.
  const within = (from: number, at: number): boolean => {
    if (spells(rest, abbr.slice(at))) return true;
    for (let i = from; i < w.length; i++) if (w[i] === abbr[at] && within(i + 1, at + 1)) return true;
    return false;
  };
  return within(1, 1);
}
