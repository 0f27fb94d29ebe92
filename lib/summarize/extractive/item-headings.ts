// An item's headings: its agenda title made readable, and a long minute's own sub-headings, each a section of its own.
import type { TextBlock } from "../text/blocks";
import { unshout } from "../text/normalise";
import { GLOSSARY } from "../glossary";
import type { ItemSource } from "./item-sources";

export function cleanHeading(title: string): string {
  const clean = title
    .replace(/^\s*(INFORMATION REPORT|REPORT|Information Report)\s*[-\u2013\u2014:]\s*/, "")
    // "RECOMMENDATION 1 - Petition Requesting Free Parking …", "RECOMMENDATION I - Governance Update Report": older
    // minutes' Part I numbering; the section's Decision says it was a recommendation.
    .replace(/^\s*RECOMMENDATION\s+(?:\d+|[IVX]+)\s*[-\u2013\u2014:]\s*(?=\S)/, "")
    .replace(/\s*\((verbal|to follow)\)\s*$/i, "")
    .replace(/\s+/g, " ")
    .trim();
  return unshout(clean, ACRONYMS);
}

/** Abbreviations a title in capitals keeps as they are: the glossary's, and the usual ones of council business. */
const ACRONYMS: ReadonlySet<string> = new Set([
  ...GLOSSARY.map((g) => g.term).filter((t) => t === t.toUpperCase()),
  ..."HRA ULEZ MTFS GLA TfL NHS ICB ICS CNWL LBH CIL S106 SEN CCTV LED EV HMO HMOS UK II III IV VI PL CPZ ASB VAT MP MPs".split(
    " ",
  ),
]);

export interface SubPart {
  heading: string;
  source: ItemSource;
}

/**
 * Whether a minute's sub-heading names what the item's title already names: a hearing's notice headed with the
 * premises' address ("Unit 4, Mill Road, Harrow, HA2 0AA ("the Premises")") under an item titled with that address.
 */
function repeatsTitle(heading: string, title: string): boolean {
  const postcode = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g;
  const codes = (t: string) => (t.match(postcode) ?? []).map((c) => c.replace(/\s/g, ""));
  if (codes(heading).some((c) => codes(title).includes(c))) return true;
  const words = (t: string) =>
    (t.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []).filter((w) => !/^(?:the|and|for|premises)$/.test(w));
  const own = words(heading);
  const known = new Set(words(title));
  return own.length >= 2 && own.filter((w) => known.has(w)).length / own.length >= 0.75;
}

/**
 * "In attendance:" over a hearing's list of who took part (the Legal Adviser, the Licensing Officer, the parties),
 * then the account of the hearing up to the decision's "REASONS:": the part is the hearing, not a list of names.
 */
const ATTENDANCE_LABEL = /^(?:In attendance|Present)$/i;
const THE_HEARING = "The hearing";

/** Minutes with two or more sub-headings are split at them; reports keep their own internal headings. */
export function splitBySubheadings(sources: ItemSource[], title: string): { main: ItemSource[]; parts: SubPart[] } {
  const main: ItemSource[] = [];
  const parts: SubPart[] = [];
  for (const source of sources) {
    // A sub-heading that repeats the item's title starts no section of its own: what follows it is the item's.
    // Headings one after another are a table's cells printed a paragraph each ("Portfolio Holder Assistant",
    // "Identified Remit", "Cllr A", …), not sub-headings.
    const cell = (i: number) => source.blocks[i - 1]?.kind === "heading" || source.blocks[i + 1]?.kind === "heading";
    const subheading = (b: TextBlock, i: number) => b.kind === "heading" && !cell(i) && !repeatsTitle(b.text, title);
    const headings = source.blocks.filter(subheading).length;
    if (source.origin !== "minutes" || headings < 2) {
      main.push(source);
      continue;
    }
    let current: { heading: string | null; blocks: TextBlock[] } = { heading: null, blocks: [] };
    const flush = (): void => {
      if (current.blocks.length === 0) return;
      const src = { ...source, blocks: current.blocks };
      if (current.heading) parts.push({ heading: current.heading, source: src });
      else main.push(src);
    };
    for (const [i, block] of source.blocks.entries()) {
      if (block.kind === "heading" && !cell(i)) {
        flush();
        // "REASONS:" over a panel's reasons reads as the agenda's titles in capitals do: "Reasons".
        const heading = ATTENDANCE_LABEL.test(block.text) ? THE_HEARING : cleanHeading(block.text);
        current = { heading: repeatsTitle(heading, title) ? null : heading, blocks: [] };
      } else current.blocks.push(block);
    }
    flush();
  }
  return { main, parts };
}
