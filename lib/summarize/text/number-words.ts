// Numbers said in words, as minutes spell out small counts ("nine complaints", "Fifty-one applications"). One place
// for the words, so each reading of minutes that counts things (grants, complaints, answers, counted findings) spells
// the same numbers; each composes them as its reading needs ("one" is left out where it is a pronoun: "one of the
// schools" counts nothing).

/** Two to nine in words. */
export const TWO_TO_NINE = "two|three|four|five|six|seven|eight|nine";

/** Ten to nineteen in words. */
export const TEN_TO_NINETEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

/** The tens in words, twenty to ninety. */
export const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

/**
 * A count in digits or in words ("74", "Fifty-one", "twelve"), as a regular-expression source: one to ninety-nine in
 * words, or from two when "one" would read a pronoun as a count (`withOne: false`).
 */
export function countPattern({ withOne }: { withOne: boolean }): string {
  return String.raw`(?:\d[\d,]*|${withOne ? "one|" : ""}${TWO_TO_NINE}|${TEN_TO_NINETEEN}|(?:${TENS})(?:-(?:one|${TWO_TO_NINE}))?)`;
}

const UNIT_VALUES = ["one", ...TWO_TO_NINE.split("|")];
const TEEN_VALUES = TEN_TO_NINETEEN.split("|");
const TENS_VALUES = TENS.split("|");

/** The value of a number said in words, one to ninety-nine ("Ten" 10, "twenty-one" 21); null for any other word. */
export function numberWordValue(word: string): number | null {
  const [tens, unit, ...more] = word.toLowerCase().split("-");
  if (more.length > 0 || tens === undefined) return null;
  const ten = TENS_VALUES.indexOf(tens);
  if (unit !== undefined) {
    const u = UNIT_VALUES.indexOf(unit);
    return ten >= 0 && u >= 0 ? (ten + 2) * 10 + u + 1 : null;
  }
  if (ten >= 0) return (ten + 2) * 10;
  const teen = TEEN_VALUES.indexOf(tens);
  if (teen >= 0) return teen + 10;
  const u = UNIT_VALUES.indexOf(tens);
  return u >= 0 ? u + 1 : null;
}
