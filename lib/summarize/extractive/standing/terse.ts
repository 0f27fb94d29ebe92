import { lowerFirst } from "./wording";

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

/** "Three public questions received and answered; the recording is on the Council's website.": count and kind. */
const RECORDED_QUESTIONS = /^(.+?) questions received and answered; (the recording is on the Council's website\.)$/;

/**
 * Two questions items taken one after the other whose recordings are both on the website, in one line: "Three public
 * questions received and answered; the recording …" and "Six Councillor questions …; the recording …" -> "Three
 * public and six Councillor questions received and answered; the recording is on the Council's website."
 */
export function mergeRecordedQuestions(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const here = RECORDED_QUESTIONS.exec(line);
    const before = out.length ? RECORDED_QUESTIONS.exec(out.at(-1)!) : null;
    if (here && before && !before[1]!.includes(" and ")) {
      out[out.length - 1] =
        `${before[1]} and ${countInLowerCase(here[1]!)} questions received and answered; ${here[2]}`;
    } else out.push(line);
  }
  return out;
}

/** The standing lines with their repetitions said once. */
export function terseStandingLines(lines: string[]): string[] {
  return mergeRecordedQuestions(lines);
}
