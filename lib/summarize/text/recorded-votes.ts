// A recorded vote as Harrow's printed minutes print it: the outcome ("The substantive Recommendation was put to the
// vote and carried.") followed by the names, one list per side ("Voting for: the Mayor, Councillor Kareema Marikar,
// and Councillors Ali, Dan Anderson, …", "Voting against: …", "Abstaining: …"). The summary says the outcome with its
// tally, counted from the lists (never guessed): "Carried by 31 votes to 26 (recorded vote)." (the Mayor, named in
// apposition, counted once).

export type VoteSide = "for" | "against" | "abstain";

const HEAD =
  /^\s*(?:(?:Voting|Voted)\s+(for|against|in favour)|(For|Against)(?:\s+the\s+(?:Motion|Recommendations?|amendment))?|(In favour)|(Abstain(?:ing|ed|ations?)?))\s*(?:\(\d+\))?\s*[:\u2013\u2014-]\s*/i;

/** The side and the number of people named in one list ("Voting for: the Mayor, Councillors Ali and Brown." -> 3). */
export function readVoteList(text: string): { side: VoteSide; count: number } | null {
  const head = HEAD.exec(text);
  if (!head) return null;
  const word = (head[1] ?? head[2] ?? head[3] ?? head[4] ?? "").toLowerCase();
  const side: VoteSide = /^abstain/.test(word) ? "abstain" : /against/.test(word) ? "against" : "for";
  const names = text
    .slice(head[0].length)
    // "Abstaining: Councillor Sasi Suresh. Absent: Councillors …": the list ends where the next label starts.
    .replace(/\.\s+[A-Z][\w ]{0,20}:[^]*$/, "")
    .replace(/\(\d+\)\s*\.?\s*$/, "")
    .replace(/[.;]\s*$/, "")
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((n) => n.trim())
    .filter((n) => /[A-Za-z]/.test(n));
  // A list must start with a person ("the Mayor", "Councillors Ali", "Mrs Bath"), not a sentence that happens to
  // begin "For the …".
  if (
    names.length === 0 ||
    !/^(?:the\s+)?(?:Mayor|Deputy Mayor|Councill?ors?|Cllrs?|Mr|Mrs|Ms|Dr|[A-Z])/.test(names[0]!)
  )
    return null;
  // "the Mayor, Councillor Kareema Marikar, and Councillors …" names the Mayor in apposition: one voter, not two.
  const voters = names.filter(
    (n, i) => !(/^(?:the\s+)?(?:Deputy\s+)?Mayor$/i.test(n) && /^Councillor\s+\S/.test(names[i + 1] ?? "")),
  );
  return { side, count: voters.length };
}

export interface VoteTally {
  for: number;
  against: number;
  abstain: number;
}

/** The tallies of the recorded votes in a text, in order: each run of vote lists is one vote. */
export function recordedVoteTallies(text: string): VoteTally[] {
  const tallies: VoteTally[] = [];
  let current: VoteTally | null = null;
  for (const line of text.split(
    /\n+|(?<=\.)\s+(?=(?:Voting|Voted|Abstain|Absent|Not voting|For|Against|In favour)\b)/,
  )) {
    const list = readVoteList(line.trim());
    if (!list) {
      if (line.trim()) current = null;
      continue;
    }
    if (!current || current[list.side] > 0) tallies.push((current = { for: 0, against: 0, abstain: 0 }));
    current[list.side] += list.count;
  }
  return tallies.filter((t) => t.for + t.against > 0);
}

/** "32 votes to 26", "32 votes to 26, 2 abstaining": what a summary may say of a tally. */
export function tallyWords(tally: VoteTally): string {
  return `${tally.for} votes to ${tally.against}${tally.abstain ? `, ${tally.abstain} abstaining` : ""}`;
}
