// Text arrives from PDFs (pdf.js) and ModernGov HTML with typographic noise: ligatures, non-breaking spaces,
// curly quotes, soft hyphens. Normalising once here keeps every matcher downstream simple.

const LIGATURES: Record<string, string> = {
  "\ufb00": "ff",
  "\ufb01": "fi",
  "\ufb02": "fl",
  "\ufb03": "ffi",
  "\ufb04": "ffl",
};

/**
 * Word prints a list's bullets in the Symbol or Wingdings font, whose glyphs a PDF's text layer gives as private-use
 * characters ("\uf0b7" a round bullet, "\uf0a7" a square, "\uf0d8" an arrowhead, "\uf076" a diamond, "\uf0fc" a
 * tick): each is read as a bullet, "•".
 */
const WORD_BULLETS = /[\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e\uf0a8]/g;

/**
 * Collapses spaces within a line (not newlines or form feeds), undoes ligatures and soft hyphens, and reads Word's
 * symbol-font bullets as bullets.
 */
export function normaliseLine(text: string): string {
  return text
    .replace(/[\ufb00-\ufb04]/g, (c) => LIGATURES[c] ?? c)
    .replace(WORD_BULLETS, "\u2022 ")
    .replace(/\u00ad/g, "")
    .replace(/[\t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff ]+/g, " ")
    .trim();
}

/**
 * Harrow's older pages lose a non-breaking hyphen to a question mark ("Vice?Chair", "non?pecuniary"): a "?" between
 * letters inside a word is a hyphen. Web addresses ("…aspx?CId=249") are left as they are.
 */
export function repairLostHyphens(text: string): string {
  // "2005?06": a year range lost its hyphen the same way.
  return text
    .replace(/\u2011/g, "-")
    .replace(/(?<=\b(?:19|20)\d{2})\?(?=\d{2}\b)/g, "-")
    .replace(/\S+/g, (token) =>
      /[/=@]|\.[A-Za-z]/.test(token)
        ? token
        : // "apply?Yes" is a question run into the next sentence: a capital after the mark needs one before it
          token.replace(/(?<=[A-Za-z]{2})\?(?=([A-Za-z])[A-Za-z])/g, (mark, next: string) =>
            /[A-Z]/.test(next) && !/^[^A-Za-z]*[A-Z]/.test(token) ? mark : "-",
          ),
    );
}

/** One-line form of any text: every whitespace run (newlines included) becomes one space. */
export function squash(text: string): string {
  return normaliseLine(text.replace(/[\r\n\f]+/g, " "));
}

const STOPWORDS = new Set(
  "a an and are as at be been by for from has have in into is it its of on or that the their this to was were will with within which who whom upon report reports update updates item committee panel council harrow".split(
    " ",
  ),
);

/** Lower-case content words, lightly stemmed (plural s), for title similarity and overlap scoring. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [])
    .map((w) => w.replace(/'s$/, ""))
    .filter((w) => !STOPWORDS.has(w) && w.length > 1)
    .map((w) => (w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));
}

/** Dice coefficient over content-word sets: 1 for the same words, 0 for none shared. */
export function titleSimilarity(a: string, b: string): number {
  const x = new Set(contentWords(a));
  const y = new Set(contentWords(b));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Share of `needle`'s content words found in `hay`: for "is this title contained in that heading". */
export function containment(needle: string, hay: string): number {
  const x = new Set(contentWords(needle));
  const y = new Set(contentWords(hay));
  if (x.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / x.size;
}

const TITLE_SMALL_WORDS = new Set("a an and as at by for from in into of on or the to with via per v vs".split(" "));

/**
 * A title the minutes print in capitals ("FINAL REVENUE BUDGET 2019/20 AND MEDIUM TERM FINANCIAL STRATEGY") in title
 * case, as Harrow writes its agenda titles; `acronyms` stay as they are (ULEZ, HRA, SEND). Any other title is
 * returned unchanged.
 */
export function unshout(title: string, acronyms: ReadonlySet<string>): string {
  const letters = title.replace(/[^A-Za-z]/g, "");
  const words = title.split(/\s+/).filter((w) => /[A-Za-z]{2}/.test(w));
  if (letters.replace(/[^A-Z]/g, "").length < letters.length * 0.85) return title;
  // One or two words in capitals may be an abbreviation ("SACRE"); they read in title case only when each is a long
  // word or takes an "'S" ("MAYOR'S ANNOUNCEMENTS", "PETITIONS").
  if (words.length < 3 && !words.every((w) => /'S\b/i.test(w) || w.replace(/[^A-Za-z]/g, "").length >= 6)) return title;
  return title
    .split(/(\s+)/)
    .map((word, i) =>
      word.replace(/[A-Za-z]+(?:'[A-Za-z]+)?/g, (part, offset: number) => {
        const bare = part.replace(/'[A-Za-z]+$/, "");
        if (acronyms.has(bare) || acronyms.has(part)) return part;
        const lower = part.toLowerCase();
        if (i > 0 && offset === 0 && TITLE_SMALL_WORDS.has(lower)) return lower;
        return lower.charAt(0).toUpperCase() + lower.slice(1);
      }),
    )
    .join("");
}
