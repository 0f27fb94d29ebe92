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

/**
 * "Mr A Lee - Teachers' Constituency": a member and whom they represent, one row of the list a consultative forum's
 * apologies print (the rows often run together on the page).
 */
const MEMBER_ROW = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Father|Reverend|Rev|Councill?or|Cllr)\.? (?:[A-Z][\w'\u2019-]+ ){1,3}[-\u2013] (?=[A-Z])`;
const ROW_START = new RegExp(String.raw`\s+(?=${MEMBER_ROW})`);
const ROW =
  /^((?:Mr|Mrs|Ms|Miss|Dr|Father|Reverend|Rev|Councill?or|Cllr)\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}) [-\u2013] ([A-Z][^;]*?)\.?$/;

/** A list of members with whom each represents, one part a row: "Mr A Lee (Teachers' Constituency)". */
function memberRows(part: string): string[] {
  const rows = part.split(ROW_START);
  if (rows.length < 2 && !ROW.test(part)) return [part];
  // "Ms A - Early years providers (private, voluntary and independent)": whom the member represents, without the
  // gloss the list prints on it (docs/summaries.md#long-minutes-round-twenty-five).
  return rows.map((row) =>
    row.replace(ROW, (_all, who: string, whom: string) => {
      // "(Ms B deputised)": who came in the member's place is kept after whom they represent, never as a gloss
      // (docs/summaries.md#standing-lines-stop-36).
      const deputy = DEPUTY_NOTE.exec(whom);
      return deputy
        ? `${who} (${withoutGloss(whom.slice(0, deputy.index).trim())}; ${deputy[1]})`
        : `${who} (${withoutGloss(whom)})`;
    }),
  );
}

/** "(Station Commander B deputised)", "(Ms C attended as substitute)": a row's last bracket naming who stood in. */
const DEPUTY_NOTE =
  /\s*\(((?:[A-Z][\w'\u2019.-]*\s){1,4}(?:deputised|deputized|substituted|attended (?:as (?:a )?(?:deputy|substitute)|in (?:his|her|their) place))(?: for (?:him|her|them))?)\)\s*$/;

/** "Early years providers (private, voluntary and independent)" -> "Early years providers"; a bracket alone stays. */
function withoutGloss(whom: string): string {
  const bare = whom.replace(/\s*\([^()]*\)\s*$/, "").trim();
  return bare.split(/\s+/).length >= 2 ? bare : whom;
}

/** Only the parts that name somebody (the lead-in "these reserve members attended" says nothing). */
export function namedParts(text: string): string {
  // A row of a member list names somebody, whatever their title ("Father A Byrne (Denominational Representative)").
  const named = parts(text)
    .flatMap(memberRows)
    .filter((p) => NAME.test(p) || /^\S+ [A-Z][^()]* \([A-Z][^()]*\)$/.test(p));
  return (named.length ? named : parts(text))
    .map((p) => compressStanding(p).replace(/\.$/, ""))
    .filter(Boolean)
    .join("; ");
}
