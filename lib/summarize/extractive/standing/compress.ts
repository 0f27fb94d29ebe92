import { upperFirst } from "../../text/sentences";
import { ATTENDANCE_RULES } from "./boilerplate-attendance";
import { BODY_RULES } from "./boilerplate-bodies";
import { RESOLUTION_RULES } from "./boilerplate-resolutions";
import { lowerFirst } from "./wording";

/** The council's set phrases, dropped or shortened; facts are never inside them. */
const BOILERPLATE: [RegExp, string | ((...args: string[]) => string)][] = [
  ...RESOLUTION_RULES,
  ...ATTENDANCE_RULES,
  ...BODY_RULES,
];

/**
 * A quotation of some length ("… Minute 86 to read: “That the following be appointed as advisers to the Panel …”",
 * open to the end when the page cut it): the minute's words as printed, which the set phrases' rules never shorten.
 */
const QUOTATION = /\u201c(?:[^\u201d\s]+\s+){5,}[^\u201d]*(?:\u201d|$)|"(?:[^"\s]+\s+){5,}[^"]*"/g;

export function compressStanding(text: string): string {
  const quoted: string[] = [];
  let out = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(QUOTATION, (q) => `\u0000${quoted.push(q) - 1}\u0000`);
  for (const [re, replacement] of BOILERPLATE) out = out.replace(re, replacement as string);
  out = out.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => quoted[Number(i)]!);
  out = out
    .replace(/\s+([,.;:])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .replace(/[;:,]-?\s*$/, "")
    .trim();
  return upperFirst(out);
}

/** A paragraph's first word that reads in lower case once the paragraph follows another after "; " (never a name). */
const CONTINUES =
  /^(?:He|She|They|It|Its|His|Her|Their|The|This|These|That|Those|A|An|In|On|At|As|For|With|Members|There|Therefore|However|Accordingly|Next meeting(?=:))\b/;

/**
 * A minute's paragraphs and numbered points ("(1) …; (2) …", run together or a line each), without their numbers
 * (and a "RESOLVED:" before the first).
 */
export function minutePoints(text: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=\s*\(\w{1,3}\)\s)|(?<=[.:;])\s+(?=\(\d{1,2}\)\s)/)
    .map((p) => p.replace(/^\s*(RESOLVED\s*:\s*)?\(\w{1,3}\)\s*/, "").trim());
}

/** The minute's paragraphs and list lines, compressed, joined with "; " into one clause list. */
export function compressAll(text: string): string {
  const points = minutePoints(text).filter((p) => /[\p{L}\d]/u.test(p));
  const parts = points
    .map((p, i) => {
      // "(ii) inclusion of apologies from …": a later point the minute began in lower case stays so.
      const said = compressStanding(p);
      // "RESOLVED: That forms not returned …": the word after the resolution's lead-in.
      const first = p.replace(/^\s*(?:RESOLVED\s*:\s*)?(?:That,?\s+(?=[a-z]))?/, "").split(/\s/)[0]!;
      return i > 0 && /^[a-z]/.test(first) && said.split(/\s/)[0]!.toLowerCase() === first ? lowerFirst(said) : said;
    })
    .filter((p) => p && !/^(the )?(interests|declarations?)( of interests?)?( below)?( were)? declared:?$/i.test(p))
    // "Members then paid their own tributes to her": the silence already says whom they remembered.
    .filter(
      (p) =>
        !/^(?:Members|Councillors|Cllrs)(?: and officers)?(?: then)? paid (?:their (?:own )?)?tributes? to (?:him|her|them|(?:the late )?(?:former )?(?:Councill?or|Cllr) [A-Z][\w' -]+)\.?$/i.test(
          p,
        ),
    );
  // A lead-in that ended in ":" ("subject to the following amendments:-") introduces the points after it.
  const leads = new Set(points.filter((p) => /:-?\s*$/.test(p)).map((p) => compressStanding(p)));
  const said = parts
    .map((p, i) =>
      p
        .replace(/\.$/, "")
        .replace(/;\s*and$/i, "")
        .replace(BODY_SUBJUNCTIVE, (_m, who: string, verb: string) => `${who} ${PAST[verb.toLowerCase()]}`)
        // After "; " a paragraph goes on the clause list: "…, who died in July 2021; he had given the Council 27 years…".
        .replace(i > 0 ? CONTINUES : /$^/, (word) => word.toLowerCase()),
    )
    .reduce((all, p, i) => (i === 0 ? p : `${all}${leads.has(parts[i - 1]!) ? ":" : ";"} ${p}`), "");
  return said;
}

// "That the Sub-Committee welcome Cllr X": the resolution's subjunctive, said as what happened.
const PAST: Record<string, string> = {
  welcome: "welcomed",
  note: "noted",
  agree: "agreed",
  approve: "approved",
  appoint: "appointed",
  thank: "thanked",
};
const BODY_SUBJUNCTIVE =
  /^(The (?:Sub-Committee|Committee|Panel|Board|Forum|Council|Cabinet))\s+(welcome|note|agree|approve|appoint|thank)\b/i;
