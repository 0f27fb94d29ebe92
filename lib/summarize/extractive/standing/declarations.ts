import escapeStringRegexp from "escape-string-regexp";
import {
  formatDeclaration,
  parseDeclaration,
  UNTITLED_DECLARANT,
  WHO,
  type Declaration,
  type InterestKind,
} from "./declaration";
import { interestTable, labelledDeclarations } from "./declaration-tables";
import { NAME, parts } from "./names";
import { brokenOff, ensureStop, shortTitle, words } from "./wording";

/** An item's title, a dash, then one application of it by reference: "… - P/1422/26, 14 Elm Row". */
const SCHEDULED_APPLICATION = /\s[\u2013-]\s+((?:P|PL)\/\d{3,5}\/\d{2}\b.+)$/;
const ITEM_HEADER = /^(agenda )?items? [^\s,]+(?: (?:&|and) [^\s,]+)?,?\s*(\([^)]*\)\s*)?[\u2013-]?\s*(.+)$/i;

/** "the Declarations of Interest posted on the Council's website … be taken as read": said once, before the names. */
function publishedTakenAsRead(text: string): string {
  const where = /\bcouncil'?s? website\b/i.exec(text)?.[0];
  // "To note the declarations as published on the Council's website prior to the meeting and the following …".
  if (!/\btaken as read\b/i.test(text) && where && /\bnote the declarations,? (?:if any,? )?as published\b/i.test(text))
    return `published on the ${where} noted`;
  if (!/\btaken as read\b/i.test(text) || !/\b(website|published)\b/i.test(text)) return "";
  return where ? `published on the ${where} taken as read` : "published taken as read";
}

const KIND_LABEL: Record<InterestKind, string> = {
  pecuniary: "Pecuniary interests",
  prejudicial: "Prejudicial interests",
  "non-pecuniary": "Non-pecuniary interests",
  personal: "Personal interests",
  "": "Interests",
};

/**
 * The meeting's declarations, one line per kind of interest (pecuniary first), each member once under the item
 * they declared in: "Non-pecuniary interests: item 9 (Revenue Budget 2023/24): Jean Lammiman (receives social care
 * provision); Paul Osborn (Chair of the Lee Valley Regional Park Authority, a precepting authority)."
 */
export function describeDeclarations(minutes: string, titles: ReadonlyMap<string, string> = new Map()): string | null {
  const text = labelledDeclarations(interestTable(minutes));
  const found: { header: string | null; declaration: Declaration }[] = [];
  const dispensations: string[] = [];
  let header: string | null = null;
  // The last header that was an item's title alone (below).
  let bareHeader: string | null = null;
  let stacked: string[] = [];
  let declaredUnder = false;
  // Members the lead-in names in full ("made by Councillor Ann Lee during consideration of:"), whom the declaration
  // then calls by surname ("Councillor Lee declared …").
  const leadNames: string[] = [];
  for (let part of parts(text)) {
    // "The Monitoring Officer reported that a dispensation had been granted … to enable Members that may otherwise
    // have a pecuniary interest in Motion 2 … to remain, speak and vote": for everyone, so it names nobody.
    const dispensation =
      /^(?:the [A-Z][\w ]+? (?:reported|advised|informed [\w ]+?) that )?an? dispensation (?:had been |was )?(granted\b.+)$/i.exec(
        part.replace(/\s+/g, " ").trim(),
      );
    if (dispensation && !NAME.test(part)) {
      dispensations.push(`Dispensation: ${ensureStop(dispensation[1]!)}`);
      continue;
    }
    // "All Agenda Items": declarations that apply to the whole meeting.
    if (/^all (?:agenda )?items:?$/i.test(part.trim())) {
      header = "all items:";
      continue;
    }
    // Council's "Item 5 on the Summons – Petitions": the item is 5, its title what follows the dash.
    const headerText = part
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^((?:agenda )?items? [\w/()]+) on the Summons\b/i, "$1")
      // An older page's "(i) Main Agenda Item 4 – Minutes", "(iii) Planning Application 2/25 – <address>": the
      // header's own numbering goes, and the application is an item of the planning list.
      .replace(/^\((?:[ivx]{1,4}|\d{1,2}|[a-h])\)\s+(?=(?:main agenda |agenda |planning application |item)\b)/i, "")
      .replace(/^main agenda item\b/i, "Agenda Item")
      .replace(/^planning application (\d+\/\d+)(?=\s*[\u2013-])/i, "Item $1");
    // "Agenda Items 7, 8, 9, 10": numbers only.
    const numbersOnly = /^(?:agenda )?items ((?:\d+[a-z]?,? )+(?:(?:and|&) )?\d+[a-z]?)[.:]?$/i.exec(headerText);
    if (numbersOnly) {
      const numbers = numbersOnly[1]!.split(/,\s*|\s+(?:and|&)\s+|\s+/).filter(Boolean);
      header = `items ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}:`;
      continue;
    }
    // "Minute Number 619 – Council's Big Energy Switch": an earlier minute of this meeting (an announcement) as header.
    const minuteHeader = /^minute (?:number |no\.? )?(\d+[a-z]?)\s*[\u2013-]\s*(.+)$/i.exec(headerText);
    if (minuteHeader && !/\bdeclared\b/i.test(part)) {
      header = `minute ${minuteHeader[1]} (${shortTitle(minuteHeader[2]!)}):`;
      stacked = [];
      declaredUnder = false;
      continue;
    }
    // "Agenda Item 9 - Annual Health and Safety Report and Agenda Item 10 - Annual Workforce Equality Report": a
    // declaration under it is in both items, each known by its title.
    const pair =
      /^(?:agenda )?item ([\w/]+) ?[\u2013-] ?(.+?) and (?:agenda )?item ([\w/]+) ?[\u2013-] ?(.+?)[.:]?$/i.exec(
        headerText,
      );
    if (pair && !/\bdeclared\b/i.test(part)) {
      header = `items ${pair[1]} (${shortTitle(pair[2]!)}) and ${pair[3]} (${shortTitle(pair[4]!)}):`;
      stacked = [];
      declaredUnder = false;
      continue;
    }
    const itemHeader = ITEM_HEADER.exec(headerText);
    if (itemHeader && !/\bdeclared\b/i.test(part)) {
      // "Items 10 & 11 – …": both numbers.
      const numbered = /\bitem(s?) (\S+(?: (?:&|and) \S+)?)/i.exec(headerText);
      // "Item 16 (1) – Motion on …": the motion's number under the item is kept ("16(1)").
      const sub = /^\((\d{1,2}|[a-h]|[ivx]{1,4})\)\s*$/i.exec(itemHeader[2] ?? "")?.[1];
      const number = `${(numbered?.[2] ?? "").replace(/[,;:\u2013-]$/, "")}${sub && !numbered?.[1] ? `(${sub})` : ""}`;
      // A planning application ("2/02") is known by its whole address and reference.
      // "Planning Applications in Conservation Areas - P/1422/26, 14 Elm Row": one application of a schedule, known
      // by its reference and address, as the item's comments on it are (docs/summaries.md#a-conservation-areas-advisory-committees-minutes).
      const application = SCHEDULED_APPLICATION.exec(itemHeader[3]!)?.[1];
      const title = /^\d+\/\d+$/.test(number)
        ? words(itemHeader[3]!, 16).replace(/[,.;:]$/, "")
        : application
          ? words(application, 10).replace(/[,.;:]$/, "")
          : shortTitle(itemHeader[3]!);
      // "Item 8 – …", "Item 9 – …", "Item 10 – …" one under another, then a declaration: it is in each of them.
      // "Agenda Item 3:": the number alone.
      const entry = `${number}${title.replace(/[\s,.;:\u2013-]/g, "") ? ` (${title})` : ""}`;
      stacked = !numbered?.[1] && stacked.length && !declaredUnder ? [...stacked, entry] : numbered?.[1] ? [] : [entry];
      declaredUnder = false;
      header =
        stacked.length > 1
          ? `items ${stacked.slice(0, -1).join(", ")} and ${stacked.at(-1)}:`
          : `item${numbered?.[1] ? "s" : ""} ${entry}:`;
      continue;
    }
    // A header that is the item's title alone, without "Agenda Item" ("Tall Buildings Supplementary Planning
    // Document", then "Councillor A declared …"): the declarations under it are on that item. Under an item's own
    // header ("Item 4 – Petitions", then "Headstone Horticultural Society") such a line is a sub-heading of that item,
    // and the item stays the header.
    const bare = part.replace(/\s+/g, " ").trim();
    if (
      (header === null || header === bareHeader) &&
      /^[A-Z(\u2018\u201c'"]/.test(bare) &&
      !/[.;:]$/.test(bare) &&
      bare.split(" ").length <= 24 &&
      !NAME.test(bare) &&
      !UNTITLED_DECLARANT.test(bare) &&
      !/\b(?:declared|declarations?|interests?|resolved|noted|none|were|was|had|would|that)\b/i.test(bare)
    ) {
      header = bareHeader = `${shortTitle(bare)}:`;
      stacked = [];
      declaredUnder = false;
      continue;
    }
    // "In connection with Agenda Item 6 (Access to Primary Care in Harrow), Councillor A declared …": the item first.
    const inConnection =
      /^in connection with (?:agenda )?item ([\w/]+) \(([^)]+)\),\s*(?=(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z])/i.exec(
        part.replace(/\s+/g, " ").trim(),
      );
    if (inConnection) {
      header = `item ${inConnection[1]} (${shortTitle(inConnection[2]!)}):`;
      part = part.replace(/\s+/g, " ").trim().slice(inConnection[0].length);
    }
    // "A number of Members declared personal interests in the above item (set out at Appendix I to these Minutes) and
    // accordingly remained in the Chamber": the members are listed elsewhere, which is said.
    const many =
      /^a number of members declared (?:(personal|prejudicial|pecuniary|non-pecuniary) )?interests?\b(.*)$/i.exec(
        part.replace(/\s+/g, " ").trim(),
      );
    if (many) {
      const appendix = /\bappendix ([IVX]+|\d+)\b/i.exec(many[2]!)?.[1];
      found.push({
        header,
        declaration: {
          who: "a number of members",
          kind: many[1] ? (many[1].toLowerCase() === "prejudicial" ? "" : (many[1].toLowerCase() as InterestKind)) : "",
          detail: appendix ? `listed in Appendix ${appendix.toUpperCase()} to the minutes` : "",
          outcome: /\b(?:remained|stayed)\b/i.test(many[2]!)
            ? /\btook part\b[^.]*\bvot/i.test(many[2]!)
              ? "stayed and voted"
              : "stayed"
            : "",
        },
      });
      declaredUnder = true;
      continue;
    }
    // "Agenda Item 11 – Statement of Account Councillor A declared …": a header the page ran into its declaration.
    const runIn =
      /^(?:agenda )?item ([\w/]+) [\u2013-] ([^.]+?) (?=(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)* (?:also )?declared\b)/i.exec(
        part.replace(/\s+/g, " ").trim(),
      );
    if (runIn) {
      header = `item ${runIn[1]} (${shortTitle(runIn[2]!)}):`;
      part = part.replace(/\s+/g, " ").trim().slice(runIn[0].length);
    }
    // "… and the following additional declaration made by Councillor A during consideration of:": the lead-in to
    // the declaration that follows, which names the member again.
    if (/\bfollowing (?:additional |further )?declarations? (?:was |were )?made by\b[^.]*:$/i.test(part.trim())) {
      leadNames.push(...[...part.matchAll(new RegExp(WHO.source, "g"))].map((m) => m[1]!));
      continue;
    }
    if (!NAME.test(part) && !UNTITLED_DECLARANT.test(part)) continue;
    // One declaration starts at each sentence that names somebody declaring; the sentences after it ("He stayed in
    // the meeting…") belong to it. Lists rendered without markers run several declarations together.
    const sentences = part.split(/(?<!\b(?:St|Mr|Mrs|Ms|Dr|No|Cllr))[.]\s+(?=[A-Z])/);
    let current: string[] | null = null;
    const declarations: string[][] = [];
    for (const sentence of sentences) {
      // "He also declared an interest in Item 12…": a second declaration by the same member.
      const same: string | undefined =
        current && /^(He|She|They) also declared\b/.test(sentence) ? WHO.exec(current[0]!)?.[1] : undefined;
      if (same) declarations.push((current = [sentence.replace(/^(He|She|They)\b/, `Councillor ${same}`)]));
      else if (
        !current ||
        (NAME.test(sentence) && /\b(declared|had given (advance )?notice|notified)\b/i.test(sentence)) ||
        UNTITLED_DECLARANT.test(sentence)
      )
        declarations.push((current = [sentence]));
      else current.push(sentence);
    }
    for (const [first, ...rest] of declarations) {
      const declaration = parseDeclaration(first!, rest.join(" "));
      const full = leadNames.find((n) => n.split(" ").length > 1 && n.endsWith(` ${declaration.who}`));
      found.push({ header, declaration: underHeader(header, full ? { ...declaration, who: full } : declaration) });
    }
    if (declarations.length) declaredUnder = true;
  }
  // A page that breaks off inside the last declaration ("… in that he", "… appointed to these p"): its last,
  // perhaps partial, word and the words that only lead into it go, and "…" says the reason is cut.
  const last = found.at(-1)?.declaration;
  // A page cut inside the next item's header ("Item 16 (3) – Moti") leaves the last declaration whole.
  const cutInHeader =
    /^(?:agenda )?items? \S+/i.test(lastParagraph(text)) && !/\bdeclared\b/i.test(lastParagraph(text));
  if (last && !last.outcome && !cutInHeader && !/[.!?)\]"'\u2019]$/.test(text.trim())) {
    if (last.detail) last.detail = brokenOff(last.detail);
    // "Councillor Vina Mithani de": cut before the verb, it declares nothing and names nobody for sure.
    else if (!last.kind && !/\b(?:declared|notified|indicated|had given)\b/i.test(lastParagraph(text))) found.pop();
    else if (!last.outcome && !last.kind) last.who = brokenOff(last.who);
  }
  itemsByTitle(found, titles);
  const published = publishedTakenAsRead(text);
  if (found.length === 0 && dispensations.length) return dispensations.join("\n");
  // "… be duly received and recorded (as set out at Appendix I)": the declarations are in the minutes' appendix.
  const inAppendix = /\b(?:received|recorded|set out|listed)\b[^.]*?\bappendix ([IVX]+|\d+)\b/i.exec(text)?.[1];
  if (found.length === 0 && inAppendix)
    return `Declarations recorded in Appendix ${inAppendix.toUpperCase()} to the minutes.`;
  // "… And the following further declarations were made at the meeting for agenda it": there were more, which the
  // page broke off before; never "no additional declarations".
  const further =
    /\bfollowing (?:further |additional |other )?(?:declarations?|interests?) (?:of interests? )?(?:was |were )?(?:made|declared)\b/i.test(
      text,
    );
  if (found.length === 0)
    return /website|published/i.test(text)
      ? `Declarations ${published || "as published on the Council website"}; ${further ? "further declarations were made at the meeting" : "no additional declarations"}.`
      : null;
  const lines = [...dispensations, ...(published ? [`Declarations ${published}.`] : [])];
  for (const kind of ["pecuniary", "prejudicial", "non-pecuniary", "personal", ""] as InterestKind[]) {
    const ofKind = found.filter((f) => f.declaration.kind === kind);
    if (ofKind.length === 0) continue;
    const groups: string[] = [];
    let last: string | null | undefined;
    const shared = sharedOutcome(ofKind.map((f) => f.declaration));
    const listed = shared ? ofKind.map((f) => ({ ...f, declaration: { ...f.declaration, outcome: "" } })) : ofKind;
    for (const { header: h, declarations } of sameDeclarations(listed, shared !== null)) {
      const line = formatDeclarations(declarations);
      if (h !== last || groups.length === 0) groups.push(h ? `${h} ${line}` : line);
      else groups[groups.length - 1] += `; ${line}`;
      last = h;
    }
    const all = shared ? `; ${ofKind.length === 2 ? "both" : "all"} ${shared}` : "";
    lines.push(ensureStop(`${KIND_LABEL[kind]}: ${groups.join("; ")}${all}`));
  }
  return lines.join("\n");
}

/** "item 9", "item 9 (Parking Strategy)" at the start of a declaration's detail: its number and title. */
const DETAIL_ITEM = /^item ([\w/.]+?)(?: \(((?:[^()]|\([^()]*\))+)\))?(?=, |$)/;

/**
 * Declarations whose minute names the item by number alone ("in item 9 as a ward councillor"), which a reader of the
 * summary cannot look up: the item is said with its title, taken from another declaration of the minute that gives it
 * or else from the meeting's own item of that number (`titles`, number -> title), at its first mention. Where every
 * unheaded declaration of one kind names its item and two of them name the same one, they are listed under their items
 * ("item 9 (School Streets Programme): Ann Lee (…); Raj Shah (…); item 12 (Budget): Tom Bell (…)"), as a minute that
 * heads its declarations by item is, and no item is said twice.
 * docs/summaries.md#read-as-a-resident-stop-35
 */
export function itemsByTitle(
  found: { header: string | null; declaration: Declaration }[],
  titles: ReadonlyMap<string, string>,
): void {
  const known = new Map<string, string>();
  for (const { declaration } of found) {
    const m = DETAIL_ITEM.exec(declaration.detail);
    if (m?.[2] && !known.has(m[1]!)) known.set(m[1]!, m[2]);
  }
  const titleOf = (number: string) => {
    const own = known.get(number);
    if (own) return own;
    const title = titles.get(number);
    return title ? shortTitle(title) : undefined;
  };
  for (const kind of new Set(found.map((f) => f.declaration.kind))) {
    const unheaded = found.filter((f) => f.header === null && f.declaration.kind === kind);
    const numbers = unheaded.map((f) => DETAIL_ITEM.exec(f.declaration.detail)?.[1]);
    const listed = unheaded.length > 1 && numbers.every(Boolean) && new Set(numbers).size < numbers.length;
    const said = new Set<string>();
    for (const f of unheaded) {
      const m = DETAIL_ITEM.exec(f.declaration.detail);
      if (!m) continue;
      const number = m[1]!;
      const title = m[2] ?? titleOf(number);
      if (listed) {
        f.header = `item ${number}${title ? ` (${title})` : ""}:`;
        f.declaration = { ...f.declaration, detail: f.declaration.detail.slice(m[0].length).replace(/^, /, "") };
      } else if (!m[2] && title && !said.has(number))
        f.declaration = { ...f.declaration, detail: f.declaration.detail.replace(m[0], `item ${number} (${title})`) };
      said.add(number);
    }
  }
}

/**
 * A declaration filed under "item 1/01 (…):" that names item 1/01 again ("in item 1/01, lived near the site", "had been
 * contacted about item 1/01"): the header says which item once.
 */
function underHeader(header: string | null, declaration: Declaration): Declaration {
  const number = header ? /^item ([\w/.]+) \(/.exec(header)?.[1] : undefined;
  if (!number) return declaration;
  const escaped = escapeStringRegexp(number);
  const detail = declaration.detail
    .replace(new RegExp(`^item ${escaped}(?: \\([^)]*\\))?(?:, |$)`, "i"), "")
    .replace(new RegExp(`\\b(?:agenda )?item ${escaped}(?![\\w/.])`, "gi"), "this item");
  return { ...declaration, detail };
}

/**
 * The outcome every member of a line had ("stayed while voted on" after each of three declarations), said once at the
 * line's end ("…; all stayed while voted on") when that is shorter than saying it after each; null otherwise. Minutes
 * record each member's outcome apart, but a reader needs it once when it is the same for all.
 */
function sharedOutcome(declarations: Declaration[]): string | null {
  const outcome = declarations[0]?.outcome;
  if (!outcome || declarations.length < 2 || declarations.some((d) => d.outcome !== outcome)) return null;
  // Said once it costs one word more ("all"); kept after each unless that saves two words or more.
  const length = outcome.split(/\s+/).length;
  return declarations.length * length >= length + 3 ? outcome : null;
}

/**
 * Members who declared the same thing on the same item, with the same outcome, once: four councillors who each own an
 * electric vehicle and stayed and voted are one clause, not four.
 */
function sameDeclarations(
  found: { header: string | null; declaration: Declaration }[],
  outcomeSaidOnce = false,
): { header: string | null; declarations: Declaration[] }[] {
  const runs: { header: string | null; declarations: Declaration[] }[] = [];
  for (const { header, declaration } of found) {
    const run = runs.at(-1);
    const previous = run?.declarations[0];
    if (
      run &&
      previous &&
      run.header === header &&
      previous.detail === declaration.detail &&
      previous.outcome === declaration.outcome &&
      // Names alone under one item, their shared outcome said at the line's end: "Ann Lee and Raj Shah".
      (declaration.detail || declaration.outcome || outcomeSaidOnce)
    )
      run.declarations.push(declaration);
    else runs.push({ header, declarations: [declaration] });
  }
  return runs;
}

/** "Paul Osborn and Janet Mote (each: lives near one of the areas; stayed and voted)". */
function formatDeclarations(declarations: Declaration[]): string {
  if (declarations.length === 1) return formatDeclaration(declarations[0]!, false);
  const names = declarations.map((d) => d.who);
  const who = `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const { detail, outcome } = declarations[0]!;
  const said = [detail ? `each: ${detail.replace(/^(?:the|a|an) (?=owner|holder|member|resident)/i, "")}` : "", outcome]
    .filter(Boolean)
    .join("; ");
  return said ? `${who} (${said})` : who;
}

/** The text's last paragraph, or its last sentence when it has no paragraphs. */
function lastParagraph(text: string): string {
  const paragraph =
    text
      .trim()
      .split(/\n\s*\n/)
      .at(-1) ?? "";
  return paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/).at(-1) ?? paragraph;
}
