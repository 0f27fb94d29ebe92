import type { SummaryItem } from "../../types";
import { lowerFirst, shortTitle } from "./wording";

/** "Six Councillor" -> "six Councillor" after "and": a count's word in lower case, a name never. */
function countInLowerCase(said: string): string {
  return /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[A-Z][a-z]+(?:ty|teen)(?:-[a-z]+)?)\b/.test(
    said,
  )
    ? lowerFirst(said)
    : said;
}

// Standing lines said together where saying them apart repeats words: two questions items whose recordings are on the
// website. Every name, count and item stays; only the repetition goes. The items a meeting had none of stay a line
// each: "No petitions." is how a reader (and the corpus's checks) looks for them, and "None: a, b" saves no words once
// each keeps its "No".

/** "Three public questions answered; recording on the Council's website.": count and kind. */
const RECORDED_QUESTIONS = /^(.+?) questions answered; (recording on the Council's website\.)$/;

/**
 * Two questions items taken one after the other whose recordings are both on the website, in one line: "Three public
 * questions answered; recording …" and "Six Councillor questions …; recording …" -> "Three public and six Councillor
 * questions answered; recording on the Council's website."
 */
export function mergeRecordedQuestions(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const here = RECORDED_QUESTIONS.exec(line);
    const before = out.length ? RECORDED_QUESTIONS.exec(out.at(-1)!) : null;
    if (here && before && !before[1]!.includes(" and ")) {
      out[out.length - 1] = `${before[1]} and ${countInLowerCase(here[1]!)} questions answered; ${here[2]}`;
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

/** The standing lines with their repetitions said once; `others` are the meeting's other items. */
export function terseStandingLines(lines: string[], others: SummaryItem[] = []): string[] {
  return shortApplications(mergeRecordedQuestions(lines), others);
}
