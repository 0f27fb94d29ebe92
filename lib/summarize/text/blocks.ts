// The block model shared by the PDF and HTML readers: what a report or minute says, in reading order, with the
// page each block starts on, so every bullet can cite a page.

export type TextBlock =
  | { kind: "heading"; text: string; page: number | null }
  | { kind: "para"; text: string; page: number | null }
  | { kind: "bullet"; text: string; label: string; page: number | null }
  /** A cover-sheet row such as "Subject: Children Missing from Care". */
  | { kind: "field"; label: string; value: string; page: number | null }
  | { kind: "table"; caption: string | null; header: string[]; rows: string[][]; page: number | null }
  /** ModernGov's pack stamps: "Agenda Item 7", "Pages 13 - 20". */
  | { kind: "marker"; text: string; page: number | null };

export type TableBlock = Extract<TextBlock, { kind: "table" }>;

export const BULLET_START = /^([\u2022\u25cf\u25aa\u25e6\u2023\u2219\u00b7\u2013\u2014*-])\s+/;
// A time at the start of a wrapped line ("9.15 am and between 2.45 pm …") is no numbered point.
export const NUMBER_START =
  /^(\(?\d{1,2}[.)]|\(\d{1,2}\)|\([a-z]{1,4}\)|[a-z][.)]|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\s+(?=\S)(?!(?:am|pm|a\.m\.|p\.m\.)(?![a-z]))/;

/** Report cover fields as Harrow's template prints them (and a few common variants). */
export const COVER_FIELD =
  /^(REPORT FOR|Date of Meeting|Subject|Key Decision|Responsible Officer|Portfolio Holder|Exempt|Decision subject to Call-in|Wards affected|Enclosures|Report of|Report by|Author|Purpose of report|Date):\s*(.*)$/i;

const SENTENCE_START = /^(There|It|This|That|These|Those|We|They|He|She|Members|Officers|None|RESOLVED)\b/;
const LEAD_IN_END = /\b(That|that|to|the|a|an|and|or|of|for|with|by|be|is|are|was|were|which|who|whether)$/;
const SMALL_WORDS = new Set("a an and as at by for from in into of on or the to with vs via per".split(" "));

/** Title Case or a known heading: the line reads as a heading rather than a sentence fragment. */
export function looksLikeHeading(text: string, standsAlone = false): boolean {
  const t = text.replace(/:$/, "").trim();
  if (!t || t.length > 90 || /[.;,!?\u2026]$/.test(t)) return false;
  // A lead-in cut by the line's end ("RESOLVED: That", "… be approved, subject to") is the start of a sentence.
  if (/^RESOLVED\b/i.test(t) || LEAD_IN_END.test(t)) return false;
  if (KNOWN_HEADING.test(t)) return true;
  const words = t.split(/\s+/);
  if (words.length > 14) return false;
  if (!/^[A-Z0-9"'\u2018\u201c(]/.test(t)) return false;
  // Minutes use sentence-case sub-headings ("Housing for care leavers"): short, alone on their line, unpunctuated.
  if (standsAlone && words.length <= 7 && !SENTENCE_START.test(t)) return true;
  const significant = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (significant.length === 0) return false;
  const capitalised = significant.filter((w) => /^["'\u2018\u201c(]?[A-Z0-9&£]/.test(w));
  return capitalised.length / significant.length >= 0.6;
}

/** Harrow's report template headings (docs/harrow.md#report-template) and the usual minute sub-headings. */
export const KNOWN_HEADING =
  /^(Section \d+\s*[-\u2013\u2014:]?.*|Summary and Recommendations?|Summary|Recommendations?|Reasons? for (the )?(recommendations?|decision)|Background|Options considered|Other options considered|Introduction|Current situation|Implications of the recommendations?|Financial Implications|Legal Implications|Risk Management Implications|Equalities implications.*|Procurement Implications|Performance Issues|Environmental Implications|Data Protection Implications|Council Priorities|Ward Councillors'? comments|Key (issues|findings|points|messages)|Next steps|Conclusion|Appendices|Background Papers|Mandatory Checks|Statutory Officer Clearance)$/i;
