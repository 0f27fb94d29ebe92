import { countWords, splitSentences, upperFirst } from "../../text/sentences";
import { compressStanding } from "./compress";
import { LABEL } from "./kinds";
import { NAME } from "./names";
import { ensureStop, lowerFirst, shortTitle } from "./wording";

/**
 * "RESOLVED: That all business be considered with the press and public present with the exception of the following
 * item for the reason set out below:-" and its table ("Item", "Reason", "12. Investigation into Complaints", the
 * reason): "All business in public except item 12 (Investigation into Complaints)."; null for any other wording.
 */
export function privateItems(minutes: string): string | null {
  const lead =
    /\ball (?:the )?(?:business|items) (?:be|were|was|to be) considered with the press and public present,? with the exception of the following items?\b[^\n]*/i.exec(
      minutes,
    );
  if (!lead) return null;
  const items = minutes
    .slice(lead.index + lead[0].length)
    .split(/\s*\n\s*|\s*\|\s*/)
    .map((c) => /^(\d+[a-z]?)\.?\s+([A-Z].*?)\.?$/.exec(c.trim()))
    .filter((m): m is RegExpExecArray => Boolean(m))
    .map((m) => `item ${m[1]} (${shortTitle(m[2]!)})`);
  if (items.length === 0) return null;
  const list = items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : items[0]!;
  return `All business in public except ${list}.`;
}

/**
 * "That (1) … the following information be admitted to the agenda by reason of the special circumstances and grounds
 * for urgency stated:" over a table ("Agenda Item | Special Circumstances/Grounds for Urgency", then "7. <title>" and
 * why): "Admitted late to the agenda as urgent: item 7 (<title>): <why, its first sentence>"; null for other minutes.
 */
export function lateItems(minutes: string): string | null {
  const lead =
    /\bthe following (?:late )?(?:information|items?|reports?|documents?) be admitted (?:late )?to the agenda by reason of the special circumstances and grounds for urgency stated:?/i.exec(
      minutes,
    );
  if (!lead) return null;
  const cells = minutes
    .slice(lead.index + lead[0].length)
    .split(/\s*\n\s*\n\s*|\s*\|\s*/)
    .map((c) => c.replace(/\s+/g, " ").trim())
    .filter((c) => c && !/^(?:Agenda Item|Special Circumstances\s*\/\s*Grounds for Urgency)$/i.test(c));
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const item = /^(\d+[a-z]?)\.?\s+(\S.*?)\.?$/.exec(cells[i]!);
    if (!item) continue;
    const why = cells[i + 1] && !/^\d+[a-z]?\.?\s/.test(cells[i + 1]!) ? cells[i + 1]! : "";
    const first = /^.+?[.!?](?=\s+[A-Z]|$)/.exec(why)?.[0] ?? "";
    rows.push(`item ${item[1]} (${shortTitle(item[2]!)})${first ? `: ${first.replace(/[.]$/, "")}` : ""}`);
  }
  // The page cut the table after its header: late items were admitted, which ones it does not say.
  return rows.length
    ? `Admitted late to the agenda as urgent: ${rows.join("; ")}.`
    : "Items admitted late to the agenda as urgent (not named in the minutes).";
}

/**
 * Harrow's reserves table ("Ordinary Member | Reserve Member", then a row per substitution), as the scraper gives
 * it: rows as lines or paragraphs with their cells joined by " | ", or every cell a paragraph of its own, or the
 * rows run together on one line. "Reserves: Paul Brent for Nina Shah; …", or null when the cells do not pair up.
 */
export function reservesTable(text: string): string | null {
  // "[Note: The meeting was also notified … that Councillor A would be attending as a Reserve Member for Councillor
  // B, but Councillor A subsequently did not attend]" after the table: its own sentence, not a cell.
  const note = /\n\s*\[\s*Note:?\s*([^\]]+)\]\.?\s*$/i.exec(text);
  const { table: minutes, after } = sentencesAfterTable(note ? text.slice(0, note.index) : text);
  const noted = note
    ? ` ${ensureStop(
        upperFirst(
          compressStanding(note[1]!)
            .replace(
              /^the (?:meeting|committee|panel|board|forum) was (?:also )?(?:notified|informed|advised|told),?(?: during this item,)? that\s+/i,
              "",
            )
            .replace(/\.$/, ""),
        ),
      )}`
    : "";
  const header =
    // The Partnership Board's table has a third column, the member's organisation.
    /\b(?:Ordinary|Original) Member\s*(?:\|\s*|\n\s*)+(Reserve|Nominated|Nominee|Substitute) Member(?: Attending)?\b(?:\s*(?:\|\s*|\n\s*)+(Organisation)\b)?/i.exec(
      minutes,
    );
  if (!header) return null;
  const cells = minutes
    .slice(header.index + header[0].length)
    .split(/\s*\|\s*|\s*\n\s*|\s+(?=(?:Councillors?|Cllrs?)\.? [A-Z])/)
    .map((c) => c.trim())
    .filter(Boolean);
  // "Councillor Kandy Dolor", and the Forum's employee side without a title ("L Ahmed", "Davis Searles").
  const isName = (c: string) =>
    NAME.test(c) || /^[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}$/.test(c.replace(/[.;,]$/, ""));
  const width = header[2] ? 3 : 2;
  if (cells.length === 0 || cells.length % width !== 0 || !cells.every(isName)) return null;
  const name = (cell: string) => cell.replace(/^(?:Councillors?|Cllrs?)\.? /, "").replace(/[.;,]$/, "");
  const pairs: string[] = [];
  for (let i = 0; i < cells.length; i += width)
    pairs.push(`${name(cells[i + 1]!)} for ${name(cells[i]!)}${width === 3 ? ` (${name(cells[i + 2]!)})` : ""}`);
  // "Having received apologies on behalf of Jan Ross, GMB, the Forum noted the attendance of Lee Fox, GMB as a
  // substitute …", before the table: one more who sat for whom.
  const substitute =
    /\bapologies (?:on behalf of|from) (.+?),? the (?:Forum|Committee|Panel|Board) noted the attendance of (.+?) as (?:a )?substitute\b/i.exec(
      minutes.slice(0, header.index).replace(/\s+/g, " "),
    );
  if (substitute) pairs.push(`${substitute[2]} for ${substitute[1]}`);
  const ordinary: string[] = [];
  for (let i = 0; i < cells.length; i += width) ordinary.push(name(cells[i]!));
  return `${/^reserve/i.test(header[1]!) ? "Reserves" : "Nominated members"}: ${pairs.join("; ")}.${withoutSatFor(after, ordinary)}${noted}`;
}

/**
 * " Apologies: Councillor A and Mrs B, a co-opted member." after "Reserves: C for A": a member a reserve sat for had
 * sent apologies, which who sat for whom already says; the apology names only the others, or goes.
 */
function withoutSatFor(after: string, ordinary: readonly string[]): string {
  return after.replace(/ Apologies: (.+?)\.(?= |$)/, (whole, names: string) => {
    const all = names.split(/,? and (?=(?:Councill?or|Cllr|Mr|Mrs|Ms|Miss|Dr)\b)/);
    const kept = all.filter((n) => !ordinary.includes(n.replace(/^(?:Councill?ors?|Cllrs?)\.? /, "").trim()));
    if (kept.length === all.length) return whole;
    return kept.length === 0 ? "" : ` Apologies: ${kept.join(" and ")}.`;
  });
}

/**
 * "An apology for absence had been received from Mr A, …", "Apologies for absence had been received from Dr A, …, and
 * from Ms B, …": an apology, however the minute words its verb and however many sent one.
 */
const APOLOGY_RECEIVED =
  /^(?:An? )?apolog(?:y|ies) for absence (?:was|were|had been|has been|have been) received from (.+?)\.?$/i;

/** One sentence after the table: an apology said as "Apologies: …" (", and from Ms B" as " and Ms B"), else compressed. */
function sentenceAfterTable(sentence: string): string {
  const apology = APOLOGY_RECEIVED.exec(sentence);
  if (!apology) return ensureStop(upperFirst(compressStanding(sentence)));
  return `Apologies: ${ensureStop(apology[1]!.replace(/,? and from (?=[A-Z])/g, " and "))}`;
}

/**
 * The paragraphs a reserves minute prints after its table that are sentences, not cells ("An apology for absence had
 * been received from Mr A, a non-voting member of the Committee."): taken off the table, so its cells still pair up,
 * and said after who sat for whom (" Apologies: Mr A, a non-voting member of the Committee.").
 */
function sentencesAfterTable(text: string): { table: string; after: string } {
  const paragraphs = text.split(/\n\s*\n/);
  const said: string[] = [];
  while (paragraphs.length > 1) {
    const last = paragraphs[paragraphs.length - 1]!.trim();
    const sentence =
      !last.includes("|") && /\.$/.test(last) && countWords(last) >= 6 && /\b(?:had|has|have|was|were)\b/.test(last);
    if (!sentence) break;
    paragraphs.pop();
    said.unshift(splitSentences(last.replace(/\s+/g, " ")).map(sentenceAfterTable).join(" "));
  }
  return { table: paragraphs.join("\n\n"), after: said.map((s) => ` ${s}`).join("") };
}

/**
 * Who was allowed to speak on which item, from the Panel's table ("Councillor | Agenda Item", then "Manji Kara | 8 –
 * Information Report: Petitions"): "Members' right to speak: Manji Kara (item 8 – Information Report: Petitions)".
 */
export function speakersTable(minutes: string): string | null {
  const header = /\bCouncillors?\s*\|\s*Agenda Items?(?:\(s\))?/i.exec(minutes);
  if (!header) return speakersCells(minutes) ?? speakersRespectively(minutes);
  const rows = minutes
    .slice(header.index + header[0].length)
    .split(/\s*\n\s*/)
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) =>
      /^([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3})\s*\|\s*(\d+[a-z]?)\.?\s*(?:[\u2013-]\s*)?(.*)$/.exec(r),
    );
  if (rows.length === 0 || rows.some((r) => !r)) return null;
  const said = rows.map((r) => `${r![1]} (item ${r![2]}${r![3] ? ` \u2013 ${r![3].replace(/[.;]$/, "")}` : ""})`);
  return `${LABEL.speak}: ${said.join("; ")}.`;
}

/**
 * "Councillors Ada Quinn and Mrs Bell, who were not Members of the Committee, be allowed to speak on main agenda item 4
 * and planning application 2/15 respectively": each member with the item named in their place, "Members' right to
 * speak: Ada Quinn (main agenda item 4); Mrs Bell (planning application 2/15)"; null when the two lists do not pair.
 */
function speakersRespectively(minutes: string): string | null {
  const m =
    /\bCouncill?ors ([A-Z][\w'\u2019 ,.-]*?),? who (?:were|are) not Members of the [A-Z][\w -]*?,? be allowed to speak on (.+?),? respectively\b/.exec(
      minutes.replace(/\s+/g, " "),
    );
  if (!m) return null;
  const list = (text: string) => text.split(/,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim());
  const names = list(m[1]!);
  const items = list(m[2]!);
  if (names.length < 2 || names.length !== items.length || names.some((n) => !/^[A-Z]/.test(n))) return null;
  return `${LABEL.speak}: ${names.map((n, i) => `${n} (${items[i]})`).join("; ")}.`;
}

/**
 * An older page's table with every cell a paragraph of its own, after "… be allowed to speak on the agenda item
 * indicated:" ("Agenda item", then "Councillor Ada Quinn", "Planning applications 2/04 and 2/05"): "Members' right to
 * speak: Ada Quinn (planning applications 2/04 and 2/05)"; null when the cells do not pair a name with an item.
 */
function speakersCells(minutes: string): string | null {
  // "… on the planning applications/items indicated:" too.
  // "… the Panel agreed that the following Members could speak at the meeting:" then the table: the same cells.
  const lead =
    /\ballowed to speak on the (?:agenda |planning applications?\s*\/\s*)?items?(?:\(s\))? (?:indicated|shown|listed)(?: below)?:?|\bthe following (?:Members|Councill?ors) (?:could|may|might|were allowed to|be allowed to) speak(?: at the meeting)?:/i.exec(
      minutes,
    );
  if (!lead) return null;
  const all = minutes
    .slice(lead.index + lead[0].length)
    .split(/\s*\|\s*|\s*\n\s*/)
    .map((c) => c.trim().replace(/[.;]$/, ""))
    .filter(Boolean);
  const isHeader = (c: string) =>
    /^(?:Councill?ors?|Cllrs?|Members?|Agenda items?(?:\(s\))?|Items?|Planning applications?)$/i.test(c);
  // A "Councillor" header cell puts the names below it without their title ("Irene Vale"); a "Planning Application"
  // one makes a bare "2/04 & 2/05" the applications it names.
  const untitled = all.some((c) => /^(?:Councill?ors?|Members?)$/i.test(c));
  const applications = all.some((c) => /^Planning applications?$/i.test(c));
  const cells = all.filter((c) => !isHeader(c));
  // "… be allowed to speak on the agenda items indicated:" and no table: the page lost who spoke.
  if (all.length === 0) return "Other councillors were allowed to speak (names not in the minutes).";
  // A bracketed note after the table ("(However, the item was deferred, and …)"): said after who spoke.
  const note =
    cells.length % 2 === 1 && /^\(.+\)$/s.test(cells.at(-1)!)
      ? cells.pop()!.slice(1, -1).replace(/\s+/g, " ").trim()
      : "";
  if (cells.length === 0) return null;
  // "Councillor A" straight after "Councillor B" (titled names only): the page lost B's item; B is said alone.
  const titled = /^(?:Councill?ors?|Cllrs?)\.? [A-Z]/;
  for (let i = 0; i < cells.length; i += 2)
    if (i + 1 < cells.length && titled.test(cells[i]!) && titled.test(cells[i + 1]!)) cells.splice(i + 1, 0, "");
  if (cells.length % 2 !== 0) return null;
  const said: string[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    // "ChetnaHalai": a name whose space the page lost, split again (not "MacLeod").
    const cell = cells[i]!.replace(/^(?!Ma?c|Van|Von|Des|Del)([A-Z][a-z]{2,})([A-Z][a-z]{2,})$/, "$1 $2");
    const who =
      /^(?:Councill?ors?|Cllrs?)\.? ([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3})$/.exec(cell) ??
      (untitled ? /^([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){1,3})$/.exec(cell) : null);
    if (!who || NAME.test(cells[i + 1]!)) return null;
    if (!cells[i + 1]) {
      said.push(`${who[1]} (item not given)`);
      continue;
    }
    // "Agenda Item 2/01, 36 Hunters Grove, …" under "Planning Application": the application, once.
    const what = applications ? cells[i + 1]!.replace(/^(?:agenda )?items? (?=\d+\/\d+)/i, "") : cells[i + 1]!;
    // "8 – Information Report: Petitions" under "Agenda Item": the item's number, said as one.
    const where =
      !applications && /^\d+[a-z]?\s*[\u2013-]\s/.test(what)
        ? `item ${what}`
        : applications && /^\d+\/\d+\b/.test(what)
          ? `planning application${/^\d+\/\d+\s*(?:&|,|and)\s*\d+\/\d+/.test(what) ? "s" : ""} ${what}`
          : lowerFirst(what);
    said.push(`${who[1]} (${where})`);
  }
  return `${LABEL.speak}: ${said.join("; ")}.${note ? ` ${ensureStop(note)}` : ""}`;
}
