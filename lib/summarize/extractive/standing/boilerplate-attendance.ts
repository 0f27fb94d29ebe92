import { CLLR_TITLES } from "./cllr-titles";

/** "Having opened the meeting, the Chairman requested the Committee to observe a minute's silence in memory of". */
export const SILENCE_ASKED =
  /^(?:having opened the meeting,\s*)?the (?:Chair(?:man|woman|person)?|Vice-Chair(?:man)?|Mayor|Leader(?: of the Council)?) (?:requested|asked|invited) (?:the )?(?:Committee|Sub-Committee|Panel|Board|Forum|Council|Cabinet|Members|those present) to (?:observe|stand for|stand in) (?:a|one) minute['\u2019]?s? (?:of )?silence (?:in memory of|in respect of|for|in tribute to)\s*/i;

/** BOILERPLATE's second rules (compress.ts): titles, reserves, silences, apologies, appointments made, Part II. */
export const ATTENDANCE_RULES: [RegExp, string | ((...args: string[]) => string)][] = [
  ...CLLR_TITLES,
  [/\s*\(if any\)/gi, ""],
  // "Cllr A had asked to speak on item 2/02 and was allowed to do so": being allowed says the asking.
  [
    /\bhad (?:asked|requested|sought leave) to speak (on|in relation to|about) ([^.;]+?),? and (?:was|had been) (?:allowed|permitted|given leave|agreed) to do so\b/gi,
    "allowed to speak $1 $2",
  ],
  [/^(the )?attendance of (the )?(following )?reserve members?:?\s*/i, ""],
  [/^reserve members? attended:?\s*/i, ""],
  [
    /^(members of (the )?council|the (board|panel|committee|sub-committee|cabinet|meeting|forum)|cabinet members|members) (stood(?: and observed)?|kept|held|observed) (for )?(?:a|one) minute['\u2019]?s? silence/i,
    "Minute's silence",
  ],
  // "The Committee stood for one minute in silent tribute to Councillor A, who had died on …"
  [
    /^(members of (the )?council|the (board|panel|committee|sub-committee|cabinet|meeting|forum)|cabinet members|members) stood (for )?(?:a|one) minute in silen(?:t|ce)(?: tribute)? (?:to|for)\b/i,
    "Minute's silence for",
  ],
  [/\bminute'?s silence in respect of the (?:passing|death|memory) of\b/gi, "minute's silence for"],
  // "A minute of silence was observed in memory of A, a long-serving member of staff": an older minute's wording.
  [SILENCE_ASKED, "Minute's silence for "],
  // "Following a minute's silence, the Chairman … paid tribute to …": the silence is already said.
  [/^following (?:a|the) minute['\u2019]?s? (?:of )?silence,\s*/i, ""],
  [
    /^(?:a|one) minute['\u2019]?s? (?:of )?silence (?:was|were) (?:observed|held|kept)(?: (?:in memory of|for|in tribute to|to honour|to remember))?\s*/i,
    "Minute's silence for ",
  ],
  [/\b(had )?(sent|offered|given|tendered) (their |his |her )?apologies( for absence)?\b/gi, "sent apologies"],
  // "Apologies for lateness were received from Councillor A", "He added that an apology for lateness had been
  // received from A (Chief Executive, …)": an apology for coming late, not for absence.
  [
    /^(?:an? |the )?apolog(?:y|ies) for lateness (?:was |were |had been )?received from\s+(.+?)\.?$/i,
    "$1 (for lateness)",
  ],
  [
    /\b(?:(?:he|she|they|the chair(?:man)?) added that )?an apology for lateness (?:had been |was )?received from ([^.;]+)/gi,
    "$1 (for lateness)",
  ],
  // "The Chair welcomed everyone to the meeting and reported the apologies received.": says nobody's name.
  [
    /^the (?:chair(?:man|woman|person)?|vice-chair(?:man)?) welcomed (?:everyone|all those present|those present|all present)(?: to the meeting)? and reported the apologies (?:received|for absence)\.\s*/i,
    "",
  ],
  // "… in respect of agenda item 8 (Minute 716 refers)": the clerk's pointer to another minute, no fact.
  [/\s*\(Minutes? \d+[a-z]? refers?\)/gi, ""],
  // "To note the apologies received from Mr A and Mr B": the names are the line.
  [/^(?:the |an? )?apolog(?:ies|y)(?: for absence)? (?:were |was |had been )?received from\s*/i, ""],
  [/^apologies (came|were sent|were given) from\s*/i, ""],
  [/\bapologies (were )?received from\s*/gi, ""],
  // Cabinet's "Received from Councillor A, Portfolio Holder for …": the item's title says they are apologies.
  [/^received from\s+(?=(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr|the) )/i, ""],
  // "… from Councillor A but he attended virtually": the apology stands, how they took part in brackets.
  [/,?\s+but (?:he|she|they) (?:had )?(attended|joined)(?: the meeting)? (virtually|online|remotely)\b/gi, " ($1 $2)"],
  [
    /\b(,? )?sitting for\b|,? as (a )?(?:reserve|substitute) (member )?for\b|,? substituting for\b|,? in place of\b|,? attended as (the |a )?reserve( member)? for\b/gi,
    " for",
  ],
  [/^apologies were also (offered|received|sent|given) (for|from)\s+/i, ""],
  // "[Note: Apologies for absence, as indicated above, were also noted]" under an older reserves table: "above" is the
  // printed minutes' attendance list, which the page does not give.
  [
    /^apologies for absence,? as indicated above,? (?:were|was) also noted\.?$/i,
    "Apologies were also noted (names not in the minutes).",
  ],
  // A forum's apologies minute that starts "Received from Councillor A, …", or from people named without a title
  // ("Received from Alan Emm (GE Money) and …", the Town Centre Forum's members).
  [
    /^(?:[Ww]ere )?[Rr]eceived from\s+(?=(?:(?:Cllrs?|Mr|Mrs|Ms|Miss|Dr) [A-Z]|[A-Z][\w'\u2019-]+ [A-Z][\w'\u2019-]+))/,
    "",
  ],
  [/\bjoined the meeting at\b/gi, "joined at"],
  // "Councillor A advised Council that he would second the amendment": what the member said they would do.
  [
    /^(Cllrs? [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*) (?:advised|informed|told) (?:the )?(?:Council|Committee|meeting) that (?:he|she|they) /,
    "$1 ",
  ],
  [/\bminute'?s silence (in memory of|to honour|to remember|in tribute to)\b/gi, "minute's silence for"],
  // A tribute's closing words ("and that he would be greatly missed") say nothing the silence does not.
  [/,?\s+and (?:that )?(?:he|she|they) would be (?:greatly |sadly |much |sorely )?missed\b/gi, ""],
  [/(^|; )it was said that\s+([^;]*?) and that\b/gi, "$1$2 and"],
  [/(^|; )it was said that\s+/gi, "$1"],
  // ", on the nomination of the Employees' side,", ", from the Council side,": which side of a consultative forum put
  // an appointee forward, an aside the union or the councillor's title beside the name already says.
  [
    /,\s+(?:on the nomination of|nominated by|from|representing) the (?:Employees?['\u2019]?|Staff|Trade Unions?['\u2019]?|Council|Management|Employers?['\u2019]?) [Ss]ide,(?=\s)/g,
    "",
  ],
  // "To appoint Councillor A as Vice-Chair …": said as what happened.
  // "To appoint Mrs A (a member from outside the council) as Vice-Chairman …" too, and "Mr A (GMB)", named with
  // the union they represent.
  [
    /^to appoint ((?:Cllrs?|Mr|Mrs|Ms|Miss|Dr) [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*(?: \([A-Z][^()]{1,40}\))?) as\b/i,
    "$1 appointed",
  ],
  // "To appoint the following nominees as new Members of the SACRE:", then a line per nominee.
  [
    /^to appoint (?:the )?(?:following )?(?:nominees|persons|representatives) as new members\b.*$/i,
    "New members appointed:",
  ],
  // "To appoint Davis Reyes as Chair …": a member from the employees' side, named without a title.
  [/^[Tt]o appoint ([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){1,3}(?: \([A-Z][^()]{1,40}\))?) as\b/, "$1 appointed"],
  // "A (Unison) be appointed as the Chair of the Forum, and Councillor B as the Vice-Chair, for the 2016-17 Municipal
  // Year": the forum is the meeting's own, and both appointments are one clause.
  [
    /\b(be appointed|appointed) (?:as )?(?:the )?(Chair(?:man|woman|person)?) of the (?:Forum|Committee|Sub-Committee|Panel|Board), and ((?:(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr) )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){1,3}) as (?:the )?(Vice[- ]Chair(?:man|woman|person)?),(?= for\b)/g,
    "$1 $2 and $3 as $4",
  ],
  // "A appointed Chair and Cllr B as Vice-Chair": both appointments said the same way.
  [
    /\b(appointed (?:the )?(?:Vice[- ])?Chair(?:man|woman|person)?) and ((?:(?:Cllrs?|Mr|Mrs|Ms|Miss|Dr) )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){1,3}) as (?=(?:the )?(?:Vice[- ])?Chair)/g,
    "$1 and $2 ",
  ],
  // "That Cllr A be appointed" is what happened; "a Vice-Chair would be appointed first" keeps its "be".
  // "The Chair proposed that Dr A be appointed": a proposal, which keeps its "be".
  [
    /(?<!\b(?:would|will|shall|should|could|may|might|must|to) |\b(?:proposed|suggested|moved|nominated|requested|asked|hoped)\b[^;.]*)\bbe (appointed|elected)\b/gi,
    "$1",
  ],
  [/(?<!\b(?:would|will|shall|should|could|may|might|must|to) )\bbe (permitted|allowed)\b/gi, "$1"],
  // "That this item be removed from future agendas", "forms not returned be forwarded to …": what is to happen.
  [
    /(?<!\b(?:would|will|shall|should|could|may|might|must|to|not) )\bbe (removed|forwarded|circulated|sent|deleted|considered at the next meeting)\b/gi,
    "to be $1",
  ],
  // "That the item appearing in Part II of the agenda (Minute 40 refers) be considered with the press and public
  // excluded on the grounds that … in that it related to …": the part the reader needs is why.
  [
    /^(?:the )?(items?) (?:appearing )?in Part II of the agenda(?: \([^)]*\))? be considered with the press and public excluded\b.*?(?:,\s*in that (.+?))?\.?$/i,
    (_m, items: string, why?: string) =>
      `Part II ${items.toLowerCase()} taken with the press and public excluded${why ? `: ${why}` : ""}`,
  ],
];
