// Sentence splitting for council prose. A split needs terminal punctuation, whitespace and a capital, digit,
// quote or bracket after it, and is refused after abbreviations Harrow's papers use ("Cllr.", "e.g.", "No.").

const NO_SPLIT_AFTER =
  /(?:\b(?:e\.g|i\.e|etc|cf|vs|Cllr|Mr|Mrs|Ms|Dr|Prof|No|Nos|St|approx|para|paras|ref|Ref|Vol|Sec)\.|\b[A-Z]\.)$/;

export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  if (!text) return [];
  const out: string[] = [];
  const boundary = /([.!?]["'\u2019\u201d)]?)\s+(?=["'\u2018\u201c(£]?[A-Z0-9])/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[1]!.length;
    const candidate = text.slice(start, end);
    if (NO_SPLIT_AFTER.test(candidate)) continue;
    // "…in the following terms: 'All shops … free parking. We think the Council should act'.": a quotation's own
    // sentences stay with the sentence that quotes them (within reason: an unclosed quote does not swallow the rest).
    if (insideQuotation(candidate) && countWords(candidate) <= 80) continue;
    out.push(candidate.trim());
    start = boundary.lastIndex;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Whether a quotation opened in the text ("terms: 'All shops…", "said “we…") has not been closed yet. */
function insideQuotation(text: string): boolean {
  const opens = (text.match(/(?:^|[\s:(])['\u2018\u201c"](?=\S)/g) ?? []).length;
  const closes = (text.match(/(?<=\S)['\u2019\u201d"](?=[\s.,;:!?)]|$)/g) ?? []).length;
  return opens > closes;
}

export function countWords(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

/** The first `max` words of a text and "…" when it had more (a dangling comma, semicolon or colon dropped). */
export function clipWords(text: string, max: number): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  return words.length > max
    ? `${words
        .slice(0, max)
        .join(" ")
        .replace(/[,;:]$/, "")}…`
    : text;
}

/** "the report was noted" -> "The report was noted": the first letter in capitals, the rest as it is. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
