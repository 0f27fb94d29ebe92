import { compressStanding } from "./compress";

export const NAME = /\b(Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z]/;

export function parts(text: string): string[] {
  return text
    .split(
      /\n\s*\n|\n(?=\s*(\(\w{1,3}\)|[-\u2022\u00b7])\s)|\s+(?=[\u2022\u00b7]\s)|(?<=[.:;])\s+(?=\(\d{1,2}\)\s)|\s+(?=\(\d{1,2}\)\s+(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr|In the course|During)\b)/,
    )
    .filter((p): p is string => Boolean(p))
    .map((p) => p.replace(/^\s*(\(\w{1,3}\)|[-\u2022\u00b7])\s*/, "").trim())
    .filter((p) => p.length > 1);
}

/** In a list of people the title says nothing: "Cllrs Ann Lee and Raj Shah sent apologies" -> "Ann Lee and Raj Shah". */
export function shortNames(text: string): string {
  return text
    .replace(/\bCllrs? (?=[A-Z])/g, "")
    .replace(/,?\s+sent apologies\b/g, "")
    .replace(/,?\s+as well as from (?=[A-Z])/g, " and ")
    .replace(/\band from (?=[A-Z])/g, "and ")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** Only the parts that name somebody (the lead-in "these reserve members attended" says nothing). */
export function namedParts(text: string): string {
  const named = parts(text).filter((p) => NAME.test(p));
  return (named.length ? named : parts(text))
    .map((p) => compressStanding(p).replace(/\.$/, ""))
    .filter(Boolean)
    .join("; ");
}
