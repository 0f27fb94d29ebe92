import escapeStringRegexp from "escape-string-regexp";
import type { SummaryItem } from "../../types";
import { jointBodyLines } from "./joint-bodies";
import { withoutCourtesyTitles } from "./plain-names";
import { lowerFirst, shortTitle } from "./wording";

/** "Six Councillor" -> "six Councillor" after "and": a count's word in lower case, a name never. */
function countInLowerCase(said: string): string {
  return /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[A-Z][a-z]+(?:ty|teen)(?:-[a-z]+)?)\b/.test(
    said,
  )
    ? lowerFirst(said)
    : said;
}

// Standing lines said together where saying them apart repeats words: two questions items answered one after the
// other. Every name, count and item stays; only the repetition goes. The items a meeting had none of stay a line
// each: "No petitions." is how a reader (and the corpus's checks) looks for them, and "None: a, b" saves no words once
// each keeps its "No".

/** "Three public questions answered.": count and kind (the webcast note is no longer said). */
const RECORDED_QUESTIONS = /^(.+?) questions answered\.$/;

/**
 * Two questions items taken one after the other, in one line: "Three public questions answered." and "Six Councillor
 * questions answered." -> "Three public and six Councillor questions answered."
 */
export function mergeRecordedQuestions(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const here = RECORDED_QUESTIONS.exec(line);
    const before = out.length ? RECORDED_QUESTIONS.exec(out.at(-1)!) : null;
    if (here && before && !before[1]!.includes(" and ")) {
      out[out.length - 1] = `${before[1]} and ${countInLowerCase(here[1]!)} questions answered.`;
    } else out.push(line);
  }
  return out;
}

/** "item 2/01 (Former Garage, 58-62 Station Road, Harrow, HA1 2QS – PL/1874/25)" in a declarations line. */
const APPLICATION_HEADER = /\bitem (\d{1,2}\/\d{1,3}) \(((?:[^()]|\([^()]*\))+)\)/g;

/**
 * A planning application a member declared on, known by its short name ("item 2/01 (Former Garage)") when the meeting
 * has the application as an item of its own, whose section gives the whole address, postcode and reference; an
 * application with no item of its own (a page without the planning list) keeps them all in the declaration.
 */
export function shortApplications(lines: string[], others: SummaryItem[]): string[] {
  const titles = others.map((i) => i.title.replace(/\s+/g, " ").trim());
  // "2/01 Former Garage, …" or "Agenda Item 2/01 …", or the application's reference in the title.
  const ownItem = (number: string, title: string) => {
    const reference = /\b[A-Z]{1,3}\/\d{3,5}\/\d{2}\b/.exec(title)?.[0];
    return titles.some(
      (t) =>
        new RegExp(`^(?:(?:agenda )?item )?${number.replace("/", "\\/")}\\b`, "i").test(t) ||
        (reference && t.includes(reference)),
    );
  };
  return lines.map((line) =>
    /\binterests:/i.test(line)
      ? line.replace(APPLICATION_HEADER, (whole, number: string, title: string) =>
          ownItem(number, title) ? `item ${number} (${shortTitle(title)})` : whole,
        )
      : line,
  );
}

/**
 * "a voting member of the Board", "an Independent Member of the Committee", "an employer representative on the Board":
 * a role on the meeting's own body, which the summary's title names, said without it. A body with a name of its own
 * ("the Board of Governors"), one the words after it single out ("the Panel which heard …") and "not a member of the
 * Committee" stay.
 */
const ROLE_ON_OWN_BODY =
  /\b((?<!\bnot )(?:a|an) (?:[\w-]+ ){0,3}?(?:[Mm]ember|[Rr]epresentative)) (?:of|on) the (?:Committee|Sub-Committee|Panel|Board|Forum)\b(?=[,;.)]| and | representing\b|$)/g;

export function withoutOwnBody(lines: string[]): string[] {
  return lines.map((line) => line.replace(ROLE_ON_OWN_BODY, "$1"));
}

/**
 * "Apologies: Ms A, a voting member and Mr B, a non-voting member representing the trade unions.": whether an absent
 * member could have voted is not news to a resident, so it goes from the apologies, and the name, the post and whom the
 * member represents stay ("Apologies: Ms A and Mr B, representing the trade unions."). Only the part of a line after
 * "Apologies:" is read (docs/summaries.md#standing-lines-stop-37).
 */
const VOTING_STATUS =
  /,? (?:a|an) (?:non-)?voting (?:co-opted )?member(?:(?= representing\b)|,(?= and )|(?=[,;.)]| and |$))/g;

export function withoutVotingStatus(line: string): string {
  const at = line.indexOf("Apologies:");
  if (at < 0) return line;
  const apologies = line
    .slice(at)
    .replace(VOTING_STATUS, (match, offset: number, whole: string) =>
      whole.startsWith(" representing", offset + match.length) ? "," : "",
    );
  return `${line.slice(0, at)}${apologies}`;
}

/** Who a reserve sat for, from "Reserves: A for B; C for D (GMB)." -> ["B", "D"]. */
function reservedFor(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const list = /^Reserves: ([^.]+)\./.exec(line)?.[1];
    return list ? list.split("; ").flatMap((pair) => /\bfor (.+?)(?: \([^)]*\))?$/.exec(pair)?.[1] ?? []) : [];
  });
}

const TITLE = String.raw`(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr) )?`;
/** The next person in a list: a title, or a bare name ending where the list goes on or stops. */
const NEXT_PERSON = String.raw`(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Professor|the Reverend|Rev)\b|[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2}(?: and |[.;]|$))`;

/**
 * A list of apologies ("Martin Ellory and Ms Clare Huntington, an Independent Member.") without one person named in it
 * alone (no role after the name, no "(for lateness)"); the list as it was when that person is not in it that way, ""
 * when they were its only name.
 */
function withoutPerson(list: string, name: string): string {
  const who = `${TITLE}${escapeStringRegexp(name)}`;
  if (new RegExp(`^${who}\\.$`).test(list)) return "";
  const first = list.replace(new RegExp(`^${who}(?:,? and |, |; )${NEXT_PERSON}`), "");
  if (first !== list) return first;
  const middle = list.replace(new RegExp(`(?:, |; )${who}(,? and |, |; )${NEXT_PERSON}`), "$1");
  if (middle !== list) return middle;
  const last = new RegExp(`(,? and |, |; )${who}\\.$`).exec(list);
  if (!last) return list;
  const rest = `${list.slice(0, last.index)}.`;
  // "A, B and N." -> "A and B.": the list's last joint is "and" again.
  return /and/.test(last[1]!) ? rest.replace(new RegExp(`, ${NEXT_PERSON}(?!.*, ${NEXT_PERSON})`), " and ") : rest;
}

/**
 * An apologies item's line after (or before) the reserves item's: a member a reserve sat for had sent apologies, which
 * "Reserves: C for A" already says; the apologies name only the others, or the line goes (the same reading as
 * tables.ts `withoutSatFor`, for apologies printed as an item of their own).
 */
export function withoutReservedFor(lines: string[]): string[] {
  const absent = reservedFor(lines);
  if (absent.length === 0) return lines;
  return lines.flatMap((line) => {
    if (!line.startsWith("Apologies: ")) return [line];
    const list = absent.reduce((rest, name) => withoutPerson(rest, name), line.slice("Apologies: ".length));
    return list ? [`Apologies: ${list}`] : [];
  });
}

/** "item 14 (Motion: Fair Pay)" in a declarations line: an item's number and its title in brackets. */
const ITEM_WITH_TITLE = /\bitem (\d{1,3}[a-z]?(?:\(\d{1,2}\))?) \(((?:[^()]|\([^()]*\))+)\)/g;

/**
 * An item's title said once in the declarations lines: "Non-pecuniary interests: item 14 (Motion: Fair Pay): A (…)"
 * then "Interests: item 14 (Motion: Fair Pay): B (…)" -> "Interests: item 14: B (…)". Only where the meeting's
 * declarations give that number one title: an item with two motions under one number ("item 14 (Motion: A)" and
 * "item 14 (Motion: B)") keeps each title, or the reader could not tell which (docs/summaries.md#page-openings-stop-35).
 */
export function itemTitlesOnce(lines: string[]): string[] {
  const declaring = (line: string) => /^[\w -]*interests:/i.test(line);
  const titles = new Map<string, Set<string>>();
  for (const line of lines.filter(declaring))
    for (const m of line.matchAll(ITEM_WITH_TITLE)) titles.set(m[1]!, (titles.get(m[1]!) ?? new Set()).add(m[2]!));
  const said = new Set<string>();
  return lines.map((line) =>
    declaring(line)
      ? line.replace(ITEM_WITH_TITLE, (whole, number: string) => {
          if (titles.get(number)?.size !== 1) return whole;
          if (said.has(number)) return `item ${number}`;
          said.add(number);
          return whole;
        })
      : line,
  );
}

/**
 * "Interests: Cllr A (an invited cabinet member, also made a declaration)": that the member made a declaration is
 * what the line's label says; the reason, when one is given, stays (docs/summaries.md#page-openings-stop-35).
 */
export function withoutDeclarationSaid(lines: string[]): string[] {
  return lines.map((line) =>
    /^[\w -]*interests:/i.test(line)
      ? line
          .replace(/ \((?:also )?(?:made a declaration|declared an interest)\)/g, "")
          .replace(/\(([^()]+?),? (?:and )?(?:also )?(?:made a declaration|declared an interest)\)/g, "($1)")
      : line,
  );
}

/** The standing lines with their repetitions said once; `others` are the meeting's other items. */
export function terseStandingLines(lines: string[], others: SummaryItem[] = []): string[] {
  const said = mergeRecordedQuestions(withoutReservedFor(withoutOwnBody(lines))).map(withoutVotingStatus);
  // A declarations item may give a line per kind of interest, one under another in one entry.
  return jointBodyLines(
    shortApplications(itemTitlesOnce(withoutDeclarationSaid(said.flatMap((l) => l.split("\n")))), others).map(
      withoutCourtesyTitles,
    ),
  );
}
