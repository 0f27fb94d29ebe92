/** "Councillor Ann Lee" -> "Cllr Ann Lee", as the standing lines and petitions say a title (never "Councillor Questions"). */
export const CLLR_TITLES: [RegExp, string][] = [
  [/\bCouncillors(?= [A-Z](?!uestions))/g, "Cllrs"],
  [/\bCouncillor(?= [A-Z](?!uestions))/g, "Cllr"],
];

export function shortTitles(text: string): string {
  return CLLR_TITLES.reduce((t, [re, to]) => t.replace(re, to), text);
}
