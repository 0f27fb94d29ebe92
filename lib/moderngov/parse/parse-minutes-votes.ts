// Named (recorded) votes written in an item's minutes text, as councils print them when the meeting page has no
// "Recorded Vote" table (tests/fixtures/moderngov/minutes-votes/ORIGIN.md lists the real wordings this follows):
//
//   labelled lists:   "For the Motion – Councillors A, B. C and D (19)", "Voting For: Councillors …",
//                     "Against: …", "Abstained: …", "Abstentions: None"
//   count sentences:  "48 Councillors voted in favour of the amendment." followed by the names, then
//                     "No Members voted against the amendment." / "3 Councillors abstained."
//   name sentences:   "The following Members voted for the motion: Councillors …",
//                     "Councillors A and B voted against."
//
// A vote opens at a sentence announcing a recorded or named vote ("a recorded vote was taken on the amendment"),
// or at the first list of names when none was announced; it takes its title from what the announcement says was
// voted on ("Amendment", "Substantive motion") and its result from the sentence that follows the lists ("The
// amendment was AGREED", "The Motion was Lost", "… was carried"). Names are kept as printed, titles stripped;
// tying them to councillors is the store's job (lib/ingest/upsert-votes.ts).
import type { VoteChoice } from "./types";

export interface MinutesVote {
  title: string;
  result: string | null;
  casts: { name: string; choice: VoteChoice; label: string }[];
}

const ANNOUNCE = /\b(?:recorded|named)\s+vote\b/i;
/** "on the amendment", "on the substantive motion as follows" → "amendment", "substantive motion" */
const ANNOUNCED_SUBJECT =
  /\b(?:recorded|named)\s+vote\b[^.]*?\bon\s+(?:the\s+)?((?:substantive\s+|original\s+|amended\s+)?(?:motion|amendment|recommendations?|budget|proposal|resolution)(?:\s+(?:\d+|[A-Z]|in the name of [A-Z][\w'’ -]+?))?)(?=[\s,.:;]|$)/i;
const LABEL =
  /^\s*(?:(?:voting|votes?)\s+)?(for|in favour|against|abstain(?:ed|ing|ions?)?|did not vote|not voting)(?:\s+(?:the\s+)?(?:motion|amendment|recommendations?|proposal|resolution))?\s*(?:\(\d+\))?\s*[:–—-]\s*(.*)$/i;
const COUNT_SENTENCE =
  /^\s*(\d+|no|none of the)\s+(?:councillors|members)\s+(voted\s+(?:in favour(?:\s+of)?|for|against)|abstained)\b[^.]*\.?\s*(.*)$/i;
/** "Councillors A and B voted against", and Harrow's "… wished to be recorded as having voted against the decision" */
const NAMES_THEN_VERB =
  /^\s*(?:\(\s*)?(Councillors?\s+.+?)\s+(?:(?:each\s+)?(?:wished|asked)\s+(?:for\s+it\s+)?to\s+be\s+recorded\s+as\s+having\s+)?(voted\s+(?:in favour(?:\s+of)?|for|against|to\s+[a-z]+)|abstained)\b/i;
/** Harrow's planning minutes: "The Committee wished it to be recorded that the decision to grant the application was by a majority of votes:" */
const RECORDED_THAT =
  /\bwished\s+(?:it\s+)?to\s+be\s+recorded\s+that\s+the\s+((?:decision|resolution)\b[^:.]*?)\s+was\b/i;
const FOLLOWING_VOTED =
  /^\s*the following (?:councillors|members)\s+(voted\s+(?:in favour(?:\s+of)?|for|against)|abstained)[^:]*:\s*(.*)$/i;
/** "The amendment was LOST", and Harrow's "The substantive Recommendation was put to the vote and carried." */
const RESULT =
  /\b(?:motion|amendment|recommendations?|proposal|resolution|budget)\b[^.]{0,60}?\bwas\s+(?:put\s+to\s+the\s+vote\s+and\s+)?(?:(?:therefore|duly|declared(?:\s+to\s+be)?)\s+)*(carried|lost|agreed|defeated|adopted|rejected|approved|not carried|fell)\b/i;

function choiceOfLabel(label: string): VoteChoice {
  const l = label.toLowerCase();
  if (/^(voted\s+)?(for|in favour)/.test(l) || /^voted\s+to\s/.test(l)) return "for";
  if (/against/.test(l)) return "against";
  if (/^abstain/.test(l) || /abstained/.test(l)) return "abstain";
  return "other";
}

const TITLE_WORDS = /^(?:the\s+)?(?:councillors?|cllrs?\.?|members?)\s+/i;

/**
 * "Councillors Allen, Bartch, Mrs. Culley and Dr. Chou (25)" → ["Allen", "Bartch", "Mrs. Culley", "Dr. Chou"];
 * "None", "Nil", "No Members" → [].
 */
export function splitVoterNames(text: string): string[] {
  const cleaned = text
    .replace(/\(\s*\d+\s*\)\s*\.?\s*$/, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.;]\s*$/, "");
  if (/^(none|nil|no (?:councillors|members)|-|–)?\.?$/i.test(cleaned)) return [];
  return withoutRoleBeforeName(cleaned.split(/\s*[,;]\s*|\s+and\s+|\s*&\s*/))
    .map((n) =>
      n
        // "…, and Councillors Ali, …": the "and" goes first, so the title after it goes too
        .replace(/^and\s+/i, "")
        .replace(TITLE_WORDS, "")
        .replace(/\s*\(\d+\)$/, "")
        .trim(),
    )
    .filter((n) => n.length > 1 && /[A-Za-z]/.test(n) && !/^(none|nil)$/i.test(n));
}

/**
 * Harrow names the Mayor in apposition: "the Mayor, Councillor Kareema Marikar, and Councillors Ali, …" is one voter,
 * not two. A role followed at once by one councillor (singular "Councillor") is that councillor; "The Mayor,
 * Councillors Cossins, …" (Darlington) stays a voter of its own.
 */
export function withoutRoleBeforeName(parts: string[]): string[] {
  return parts.filter(
    (part, i) =>
      !(
        /^(?:the\s+)?(?:deputy\s+)?(?:mayor|chair(?:man)?|vice-chair)$/i.test(part.trim()) &&
        /^Councillor\s+\S/.test(parts[i + 1]?.trim() ?? "")
      ),
  );
}

function titleOf(announcement: string | null): string {
  const subject = announcement ? ANNOUNCED_SUBJECT.exec(announcement)?.[1] : undefined;
  if (!subject) return "Recorded vote";
  const s = subject.replace(/\s+/g, " ").trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function resultOf(line: string): string | null {
  const match = RESULT.exec(line);
  if (!match?.[1]) return null;
  const word = match[1].toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The minutes text cut into sentences-or-lines, the units the patterns above read. */
function unitsOf(text: string): string[] {
  return (
    text
      .replace(/\r/g, "")
      .split(/\n+/)
      .flatMap((line) => line.split(/(?<=[a-z)]\.)\s+(?=(?:The|No|\d+|Councillors?|Members?|A|In|Upon|On)\b)/))
      // "Abstaining: Councillor Sasi Suresh. Absent: Councillors …": each label's list is a unit of its own
      .flatMap((unit) => unit.split(/(?<=\.)\s+(?=(?:Absent|Abstain\w*|Voting\s+\w+|Not voting|Did not vote)\s*:)/i))
      // "…by a majority of votes: Councillors A and B voted to grant; Councillors C and D voted against."
      .flatMap((unit) => (LABEL.test(unit) ? [unit] : unit.split(/(?<=[:;])\s+(?=Councillors?\s[^:;]*\bvoted\b)/)))
      .map((u) => u.replace(/\s+/g, " ").trim())
      .filter(Boolean)
  );
}

export function parseMinutesVotes(text: string | null | undefined): MinutesVote[] {
  if (!text || !/\b(vot(e|ed|ing)|abstain)/i.test(text)) return [];
  const units = unitsOf(text);
  const votes: MinutesVote[] = [];
  let open: (MinutesVote & { choices: Set<VoteChoice> }) | null = null;
  let announcement: string | null = null;
  /** after a count sentence whose names come in the next unit ("48 Councillors voted in favour …" / "Councillors A, B …") */
  let pending: { choice: VoteChoice; label: string; expected: number } | null = null;
  /** a result printed just before the lists it belongs to (Harrow: "… was put to the vote and carried." then "Voting for: …") */
  let resultAhead: string | null = null;
  let resultJustBefore: string | null = null;

  const close = () => {
    if (open && open.casts.length > 0) votes.push({ title: open.title, result: open.result, casts: open.casts });
    open = null;
  };
  const addCasts = (choice: VoteChoice, label: string, names: string[]) => {
    // A list for a choice the open vote already has starts the next vote (two votes printed one after the other).
    if (open && open.choices.has(choice) && names.length > 0) {
      const title: string = open.title;
      close();
      open = {
        title: title === "Recorded vote" ? title : "Recorded vote",
        result: null,
        casts: [],
        choices: new Set(),
      };
    }
    if (!open) open = { title: titleOf(announcement), result: resultJustBefore, casts: [], choices: new Set() };
    open.choices.add(choice);
    const seen = new Set(open.casts.map((c) => c.name));
    for (const name of names) if (!seen.has(name) && seen.add(name)) open.casts.push({ name, choice, label });
  };

  for (const unit of units) {
    // a result sentence counts for the lists only when they follow it at once
    resultJustBefore = resultAhead;
    resultAhead = null;
    if (pending) {
      const expecting = pending;
      pending = null;
      if (
        /^(?:the\s+)?(?:councillors?|cllrs?\.?|members?)\s/i.test(unit) ||
        (!/\bvot(e|ed|ing)\b/i.test(unit) && unit.includes(","))
      ) {
        const names = splitVoterNames(unit);
        if (names.length > 0) {
          addCasts(expecting.choice, expecting.label, names);
          continue;
        }
      }
    }
    const recordedThat = RECORDED_THAT.exec(unit);
    if (recordedThat?.[1]) {
      if (open && (open as MinutesVote).casts.length > 0) close();
      const subject = recordedThat[1].replace(/\s+/g, " ").trim();
      announcement = null;
      open = { title: subject.charAt(0).toUpperCase() + subject.slice(1), result: null, casts: [], choices: new Set() };
      continue;
    }
    if (ANNOUNCE.test(unit) && !LABEL.test(unit)) {
      if (open && (open as MinutesVote).casts.length > 0) close();
      announcement = unit;
      open = { title: titleOf(unit), result: null, casts: [], choices: new Set() };
      const after = FOLLOWING_VOTED.exec(unit);
      if (!after) continue;
    }
    const label = LABEL.exec(unit);
    if (label?.[1]) {
      addCasts(choiceOfLabel(label[1]), label[1], splitVoterNames(label[2] ?? ""));
      continue;
    }
    const following = FOLLOWING_VOTED.exec(unit);
    if (following?.[1]) {
      addCasts(choiceOfLabel(following[1]), following[1], splitVoterNames(following[2] ?? ""));
      continue;
    }
    const count = COUNT_SENTENCE.exec(unit);
    if (count?.[1] && count[2]) {
      const choice = choiceOfLabel(count[2]);
      const n = /^\d+$/.test(count[1]) ? Number(count[1]) : 0;
      if (!open) open = { title: titleOf(announcement), result: null, casts: [], choices: new Set() };
      const rest = (count[3] ?? "").trim();
      if (n > 0 && rest && /^(?:the\s+)?(?:councillors?|members?)\s/i.test(rest))
        addCasts(choice, count[2], splitVoterNames(rest));
      else if (n > 0) pending = { choice, label: count[2], expected: n };
      else open.choices.add(choice);
      continue;
    }
    const namesFirst = NAMES_THEN_VERB.exec(unit);
    if (namesFirst?.[1] && namesFirst[2]) {
      addCasts(choiceOfLabel(namesFirst[2]), namesFirst[2], splitVoterNames(namesFirst[1]));
      continue;
    }
    const result = resultOf(unit);
    if (result && open && (open as MinutesVote).casts.length > 0) {
      (open as MinutesVote).result = result;
      close();
      announcement = null;
    } else if (result) resultAhead = result;
  }
  close();
  return votes;
}
