import type { SummaryItem } from "../types";
import { upperFirst } from "../text/sentences";

// Standing business (apologies, reserves, declarations, minutes, appointments, a minute's silence…) in one short
// line each that keeps every name, figure and date the minute gives: who sent apologies, who sat for whom, who
// declared what and whether they stayed, voted or had a dispensation, which minutes were approved and what was
// corrected, who was appointed. Only the council's boilerplate is dropped, never a fact.

const NOTHING_OF =
  "(?:procedural motions?|matters arising|apologies|reserves?|reserve members?|nominee members?|nominated members?|substitute members?|declarations?|interests?|petitions?|deputations?|questions|public questions|councillor questions|references?)";
// "no petitions or deputations were put", "no public questions, petitions or deputations had been received".
const NOTHING_LIST = `${NOTHING_OF}(?:(?:,|,? or|,? and) ${NOTHING_OF})*`;
const EMPTY = new RegExp(
  `^(none|nil|none received( from [a-z ]+)?|none were (received|declared|made)|there (was|were) none|there was no urgent business)\\.?$|\\b(no ${NOTHING_LIST}( for absence| of interests?)?( (were|was|had been))?( currently)? (received|declared|made|present|attended|recorded|submitted|put|nominated|appointed|included)|(were|was) no ${NOTHING_LIST}|declared no interests|made no declarations|no (other )?councillors( from outside the [a-z -]+)? (had )?asked to speak|no (?:other )?(?:members|councillors),? (?:who were not members of the [a-z -]+, )?had indicated that they wished to speak)\\b`,
  "i",
);

/** "Councillor Ann Lee" -> "Cllr Ann Lee", as the standing lines and petitions say a title (never "Councillor Questions"). */
const CLLR_TITLES: [RegExp, string][] = [
  [/\bCouncillors(?= [A-Z](?!uestions))/g, "Cllrs"],
  [/\bCouncillor(?= [A-Z](?!uestions))/g, "Cllr"],
];

export function shortTitles(text: string): string {
  return CLLR_TITLES.reduce((t, [re, to]) => t.replace(re, to), text);
}

/** Who an appointment names: a councillor, or a member from outside the council by their own title. */
const APPOINTEE = "(?:Cllrs?|Mr|Mrs|Ms|Miss|Dr|Rev(?:'d|erend)?) [A-Z][\\w'\\u2019.-]*(?: [A-Z][\\w'\\u2019.-]*)*";

/** Where an appointment was made, tersely: "at the meeting of the Cabinet held on 14 May 2026" -> "by Cabinet on 14 May 2026". */
function appointedWhere(where: string): string {
  return where
    .replace(
      /^at the (?:meeting of (?:the )?(Cabinet|Council)|(Cabinet|Council) meeting)(?: held)? on\b/i,
      (_m, a, b) => `by ${a ?? b} on`,
    )
    .replace(/,?\s+held on\b/gi, " on")
    .replace(/,$/, "");
}

/** The council's set phrases, dropped or shortened; facts are never inside them. */
const BOILERPLATE: [RegExp, string | ((...args: string[]) => string)][] = [
  [/\bRESOLVED\s*:\s*/g, ""],
  // "AGREED: To (1) note the attendance of …; (2) note the apologies received": the number after "To" goes.
  [/^\s*to \(\d{1,2}\)\s+(?=note\b|record\b)/i, "to "],
  // "RESOLVED: That" over a list of its own ("(i) the minutes of …"): the lead-in alone says nothing.
  [/^\s*(to (note|record) (that,?\s*)?|that,?(?:\s+|:?\s*$))/i, ""],
  // "the attendance of Lena Moor of the Volunteer Centre as substitute member for Ravi Dutt": who sat for whom.
  [
    /^(?:the )?attendance (?:at this meeting )?of\s+(?=(?:Cllrs?\s|Councill?ors?\s|Mr\s|Mrs\s|Ms\s|Miss\s|Dr\s)?[A-Z][\w'\u2019-]+ [A-Z][^;]*\bas (?:a )?(?:substitute|reserve)\b)/i,
    "",
  ],
  // "(2) note the apologies received": the apologies item says who.
  [/^(?:to )?note the apologies (?:received|for absence)\.?$/i, ""],
  // "The minutes of the meeting held on 2 June 2026 were agreed as a correct record."
  [/\b(?:were|was) (?:agreed|confirmed|approved) as (?:a )?correct records?\b/gi, "approved"],
  // "That, subject to the following amendments, the minutes of the meeting held on 6 October 2026 be taken as read
  // …": which minutes first, then what was changed.
  [
    /^subject to (?:the )?(?:following )?(amendments?|corrections?),?\s*(the minutes of .+?),?\s*(?:be taken as (?:a )?read and signed(?: as)? (?:a )?correct records?|be approved|be agreed)/i,
    (_m, what: string, minutes: string) => `${minutes} approved, subject to ${what}`,
  ],
  // "subject to the following amendment:", "the inclusion of the following paragraph": one, with its article.
  [
    /\bthe following (paragraph|amendment|correction|addition|sentence|change|wording|note)\b/gi,
    (_m: string, noun: string) => `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`,
  ],
  [/\b(duly appointed|the following( further)?|as follows)\b\s*/gi, ""],
  [/\bhad been received\b/gi, "received"],
  // "the minutes of the meeting held on 4 March 2026, be taken as read": the comma before the verb goes too.
  // "be taken as a read and signed correct record": a slip some panels' minutes repeat.
  [/,?\s*\bbe taken as (a )?read and signed( as)? (a )?correct records?\b/gi, " approved"],
  [/\btaken as (a )?read and signed( as)? (a )?correct records?\b/gi, "approved"],
  // "be signed as a correct record" without "taken as read" (older Council minutes): approved all the same.
  [/,?\s*\bbe signed( as)? (a )?correct records?\b/gi, " approved"],
  // "the minutes of the Annual Council meeting held on 24 May 2018": which meeting, with its article.
  [
    /^the minutes of the ((?:(?:[A-Z][a-z]+|extraordinary|ordinary|annual|special) )+(?:and (?:[A-Za-z]+ )+)?meetings?) held on (.+?) approved\b/,
    "Minutes of the $1 of $2 approved",
  ],
  // "the minutes of the meeting held on 20 January 2005, having been circulated, be taken as read": how they came.
  [/,\s*having been circulated,?(?=\s)/gi, ""],
  [/\bsigned as (a )?correct records?\b/gi, "approved"],
  // "That the minutes … be received and signed as a correct record": an older wording of the same.
  [/,?\s*\bbe (?:received|agreed|confirmed) and approved\b/gi, " approved"],
  // "That it be noted that Dr A shall serve as Chairman of the meeting", "Mr B would serve as Chairman for this
  // meeting": who chaired it.
  [/^it be noted that\s+/i, ""],
  [
    /\b(?:would|shall|will) serve as (?:the )?Chair(?:man)?(?: (?:of|to) the (?:meeting|Sub-Committee|Committee|Panel))?(?: for (?:this|the) meeting)?(?=\.?$)/i,
    "chaired the meeting",
  ],
  [
    /\b(whilst|while) the (matter|item|application)s? (was|were) (being )?(considered|discussed)( and voted (up)?on)?\b/gi,
    "for the item",
  ],
  [/\bfor the consideration and the vote\b/gi, "and voted"],
  [/\bwould remain in the (room|meeting)\b/gi, "stayed"],
  [/\bremained in the (room|meeting)\b/gi, "stayed"],
  [/\bstayed in the (room|meeting)\b/gi, "stayed"],
  [/\bwould leave the (room|meeting)\b/gi, "left"],
  [/\bleft the (room|meeting)\b/gi, "left"],
  [/\bdisclosable pecuniary\b/gi, "pecuniary"],
  [/\bnon[- ]pecuniary disclosable\b/gi, "non-pecuniary"],
  [/\b(would )?(stay|stayed|remain|remained)\b[^;.]*?\b(vote|voted|voting)\b[^;.]*/gi, "stayed and voted"],
  // "\b" after the verb: "for the remainder of the Municipal Year" is no "stayed".
  // "would have to leave the meeting early", "members who could not stay": not a declaration's outcome.
  [
    /(?<!\b(?:to|not|cannot) )\b(would )?(stayed|stay|remained|remain)\b( in the [a-z]+)?( (while|whilst|for|during|as)\b[^;.]*)?/gi,
    "stayed",
  ],
  [
    /(?<!\b(?:to|not|cannot) )\b(would )?(likewise )?(leave|left)\b( the [a-z]+)?( (for|during|while|whilst)\b[^;.]*)?/gi,
    "left",
  ],
  [/\b(he|she|they) stayed\b/gi, "stayed"],
  ...CLLR_TITLES,
  [/\s*\(if any\)/gi, ""],
  [/^(the )?attendance of (the )?(following )?reserve members?:?\s*/i, ""],
  [/^reserve members? attended:?\s*/i, ""],
  [
    /^(members of (the )?council|the (board|panel|committee|sub-committee|cabinet|meeting|forum)|cabinet members|members) (stood(?: and observed)?|kept|held|observed) (for )?(?:a|one) minute'?s? silence/i,
    "Minute's silence",
  ],
  // "The Committee stood for one minute in silent tribute to Councillor A, who had died on …"
  [
    /^(members of (the )?council|the (board|panel|committee|sub-committee|cabinet|meeting|forum)|cabinet members|members) stood (for )?(?:a|one) minute in silen(?:t|ce)(?: tribute)? (?:to|for)\b/i,
    "Minute's silence for",
  ],
  [/\bminute'?s silence in respect of the (?:passing|death|memory) of\b/gi, "minute's silence for"],
  // "A minute of silence was observed in memory of A, a long-serving member of staff": an older minute's wording.
  [
    /^(?:a|one) minute'?s? (?:of )?silence (?:was|were) (?:observed|held|kept)(?: (?:in memory of|for|in tribute to|to honour|to remember))?\s*/i,
    "Minute's silence for ",
  ],
  [/\b(had )?(sent|offered|given|tendered) (their |his |her )?apologies( for absence)?\b/gi, "sent apologies"],
  // "To note the apologies received from Mr A and Mr B": the names are the line.
  [/^(?:the )?apologies(?: for absence)? (?:were |had been )?received from\s*/i, ""],
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
  // A forum's apologies minute that starts "Received from Councillor A, …".
  [/^(?:[Ww]ere )?[Rr]eceived from\s+(?=(?:Cllrs?|Mr|Mrs|Ms|Miss|Dr) [A-Z])/, ""],
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
  // "To appoint Councillor A as Vice-Chair …": said as what happened.
  // "To appoint Mrs A (a member from outside the council) as Vice-Chairman …" too.
  [/^to appoint ((?:Cllrs?|Mr|Mrs|Ms|Miss|Dr) [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*) as\b/i, "$1 appointed"],
  // "To appoint the following nominees as new Members of the SACRE:", then a line per nominee.
  [
    /^to appoint (?:the )?(?:following )?(?:nominees|persons|representatives) as new members\b.*$/i,
    "New members appointed:",
  ],
  // "That Cllr A be appointed" is what happened; "a Vice-Chair would be appointed first" keeps its "be".
  // "The Chair proposed that Dr A be appointed": a proposal, which keeps its "be".
  [
    /(?<!\b(?:would|will|shall|should|could|may|might|must|to) |\b(?:proposed|suggested|moved|nominated|requested|asked|hoped)\b[^;.]*)\bbe (appointed|elected)\b/gi,
    "$1",
  ],
  [/(?<!\b(?:would|will|shall|should|could|may|might|must|to) )\bbe permitted\b/gi, "permitted"],
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
  [/^Cllrs? ([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*) (?:chair|chaired) the\b.*$/, "Chair: $1"],
  [/\bwas appointed\b/gi, "appointed"],
  [/\b(of|to) (?:the|this) (Committee|Sub-Committee|Panel|Board|Forum)\b(?= for|\.|$)/g, ""],
  [
    /\b(of|to) the [A-Z][\w,'\u2019 &-]*?(Committee|Sub-Committee|Panel|Board|Forum)( Hearing)?( \([A-Z]{2,}\))?(?= for|\.|$)/g,
    "",
  ],
  // "Vice-Chairman of the SACRE for …", "Chairman of the Standing Advisory Council for Religious Education for the
  // Municipal Year …": the chair of the meeting's own body, which the summary's title names.
  [/\b((?:Vice-)?Chair(?:man|woman|person)?) of the [A-Z]{3,}(?= for\b)/g, "$1"],
  [
    /\b((?:Vice-)?Chair(?:man|woman|person)?) of the (?:[A-Z][\w'\u2019-]*|for|on|and|of) (?:(?:[A-Z][\w'\u2019-]*|for|on|and|of) )*?(?:Council|Committee) (?:for|on) [A-Z][\w ]*?[A-Z][a-z]+(?: \([A-Z]{2,}\))?(?= for (?:the )?(?:Municipal Year|\d{4}))/g,
    "$1",
  ],
  [/\bfor the (Municipal Year )?(\d{4}[/-]\d{2,4})( Municipal Year)?\b/gi, "for $2"],
  // "the minutes of the meeting of the Chief Officers' Employment Panel held on 7 April 2026": the panel is this one.
  [
    /^the minutes of the meetings? of the [A-Z][\w'\u2019 -]*?(?:Panel|Committee|Sub-Committee|Board|Forum) held on\b/,
    "the minutes of the meeting held on",
  ],
  // "the minutes of the meetings held on 21 March 2024", "… held on the 9 May 2026": one meeting, its date.
  [
    /^the minutes of the meetings? held on (?:the )?(?=\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4} (?:be taken|approved))/,
    "the minutes of the meeting held on ",
  ],
  [/^the minutes of the (meeting (held )?(on|of) )?(.+?)( meeting)? approved\b/i, "Minutes of $4 approved"],
  [/,? (who (is|was) |being )?not a member of the [A-Z][\w -]+,/g, ""],
  // "appointed Sharon Haynes, Unison Representative, to the vacancy on the Employees' Consultative Forum": the
  // meeting's own body, which the summary's title names.
  [/,?\s+to (?:the|a) vacancy on the [A-Z][\w'\u2019 -]*?(?:Committee|Sub-Committee|Panel|Board|Forum)\b/g, ""],
  [/,? who does not sit on [A-Z][\w -]+,/g, ""],
  [
    /^(Cllrs? [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*) (also )?declared an? ((?:non-)?pecuniary |personal )?interest\b/,
    (_m, who: string, _a, kind?: string) => `${who}: ${kind ?? ""}interest`,
  ],
  // "advised that he had declared a pecuniary interest at the last meeting": a past declaration keeps its verb.
  [
    /(?<!\b(?:had|has|have) )\b(also )?declared an? (non-pecuniary |pecuniary |personal )?interest\b/gi,
    (_m, _a, kind?: string) => `${kind ?? ""}interest`,
  ],
  [/\ba (dispensation) applied\b/gi, "dispensation"],
  // A correction's place in the old minutes ("9th bullet point, 1st sentence") is for the clerk, not the reader.
  [
    /,?\s*(\(\d{1,2}\)\s*)?\b\d+(st|nd|rd|th) (bullet point|sentence|paragraph)\b(,\s*\d+(st|nd|rd|th) (bullet point|sentence|paragraph)\b)*(:\s*(?=\S))?/gi,
    "",
  ],
  [/^(.+?),? put forward (these|the following) corrections to the minutes:?/i, "corrections from $1:"],
  [/(^|[:;] )to record that\s+/gi, "$1"],
  // The Planning Committee's standing items: "To accept the Addendum, and Supplemental Addendum."
  [/^to accept the (.+?)\.?$/i, (_m, what: string) => `${what.replace(/,\s+and\b/g, " and")} accepted`],
  // "in accordance with the provisions of Committee Procedure Rule 29 (Part 4B of the Constitution), representations
  // be received in respect of item 2/03 and 2/06 on the list of planning applications"
  [
    /^in accordance with the provisions of ((?:Committee|Council|Executive) Procedure Rule [\d.]+)(?: \([^)]*\))?,\s*representations be received in respect of items? (.+?)(?: on the list of planning applications)?\.?$/i,
    (_m, rule: string, which: string) =>
      `Representations to be received on item${/\band\b|,/.test(which) ? "s" : ""} ${which} (${rule})`,
  ],
  // "That, in accordance with Committee Procedure Rule 7.2.2, Councillor A was appointed …": the rule is the clerk's.
  [
    /^(?:that,?\s+)?in accordance with (?:Committee|Council|Executive) Procedure Rules? [\d.]+,\s*(?=(?:Cllrs?|Councillors?|Dr|Mr|Mrs|Ms|Miss) [A-Z])/i,
    "",
  ],
  // "Arrangement of Agenda: To note that all items be considered with the press and public present".
  [
    /^(?:to note )?(?:that )?all (?:the )?items (?:be|were|would be|to be) considered with the press and public present\b/i,
    "All items taken in public",
  ],
  // "That the minutes of the meeting of the 30 April 2026 be deferred to the next meeting": what happened to them.
  [
    /^(?:that )?the minutes of the (?:meeting (?:held )?(?:on |of )?)?(?:the )?(\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4})(?: meeting)? be (deferred|held over|carried forward)\b/i,
    "Minutes of $1 $2",
  ],
  // "To note the appointment at the meeting of the Cabinet held on 14 May 2026 of Councillor A as Chair …", "That the
  // appointment, by Cabinet on …, of Councillor A as Chairman … be noted": who was appointed, then by whom and when.
  [
    new RegExp(
      `^the appointment,?\\s+(?:under the provisions of .+? (?=(?:at|by) ))?((?:at|by) .+?),?\\s+of (${APPOINTEE}) as (.+?)(?:,?\\s+be noted)?\\.?$`,
      "i",
    ),
    (_m, where: string, who: string, role: string) => `${who} appointed ${role} (${appointedWhere(where)})`,
  ],
  // "To note the appointment of Councillor A as Vice-Chairman at the Special meeting of … on 20 May 2026".
  [
    new RegExp(
      `^the appointment of (${APPOINTEE}) as (.+?)(?: ((?:at|by) (?:the )?[A-Z].+?))?(?:,?\\s+be noted)?\\.?$`,
      "i",
    ),
    (_m, who: string, role: string, where?: string) =>
      `${who} appointed ${role}${where ? ` (${appointedWhere(where)})` : ""}`,
  ],
  // "To note the appointment of Councillor A at the Cabinet meeting on 18 January 2007 as Chairman for …", "the
  // appointment at the Special Meeting of … on 5 June 2006 of Councillor A as Chairman …": who was appointed to what,
  // and where, said as what happened.
  [
    /^[Tt]he appointment (?:(at|by) (.+?) )?of ((?:Cllrs?|Dr|Mr|Mrs|Ms|Miss) .+?|the (?:(?!\bof (?:Cllrs?|Dr|Mr|Mrs|Ms|Miss) ).)+?),? as (.+?)\.?$/,
    (m, at?: string, where?: string, who?: string, role?: string) => {
      if (/\b(?:was|were|be) noted$/i.test(role!) || /\band\b.* as /i.test(role!)) return m;
      const inWho = / (at|by) (the [A-Z][^,]*? meeting(?: on \d{1,2} [A-Z][a-z]+ \d{4})?)$/.exec(who!);
      // "the Chair of Harrow CCG, Dr A": the member, then what they are.
      const office = /^the ([^,]+), ((?:Cllrs?|Dr|Mr|Mrs|Ms|Miss) [A-Z].*)$/.exec(who!);
      const name = office ? `${office[2]} (${office[1]})` : inWho ? who!.slice(0, inWho.index) : who!;
      const place = where ? `${at} ${where}` : inWho ? `${inWho[1]} ${inWho[2]}` : "";
      return `${name} appointed ${role}${place ? ` (${place})` : ""}`;
    },
  ],
  // "To note the appointment of Councillors A and B as Members of the Sub-Committee in place of …": who, appointed.
  [/^the appointment of ((?:Cllrs?|Councill?ors?) [A-Z].*?) as\b/i, "$1 appointed as"],
  // "the notes of the informal meeting … be noted": what was done (after the appointments above, which say it their way).
  [/(?<!\b(?:would|will|shall|should|could|may|might|must|to|not) )\bbe noted\b/gi, "noted"],
  // "In accordance with Council Procedure Rule 1.5, the Sub-Committee noted the replacement of Cllr A by Cllr B as the
  // main Member of the … Sub-Committee and that Cllr A would occupy the position of 2nd Reserve": who replaced whom.
  [
    /^(?:in accordance with (?:Council|Committee) Procedure Rule [\d.]+,\s*)?the (?:Sub-Committee|Committee|Panel|Board|Forum) noted the replacement of (Cllrs? [A-Z][\w'\u2019 -]*?) by (Cllrs? [A-Z][\w'\u2019 -]*?) as (?:the |a )?(main|ordinary|full) Member(?: of the [A-Z][\w' -]*?(?:Committee|Sub-Committee|Panel|Board|Forum))?(?: and that (?:Cllrs? [A-Z][\w'\u2019 -]*?) would (?:occupy|take|fill) the (?:position|place) of (\d\w* Reserve))?(?=[.;]|$)/i,
    (_m, out: string, inn: string, role: string, reserve?: string) =>
      `${inn} replaced ${out} as a ${role.toLowerCase()} member${reserve ? `; ${out.replace(/^Cllrs? /, "")} became ${reserve.toLowerCase()}` : ""}`,
  ],
  // "The Chair also welcomed Cllr B to the Committee and, in accordance with Council Procedure Rule 1.5, he advised that
  // Cllr B had replaced Cllr A on the Committee": who replaced whom, once.
  [
    /^the (?:Chair|Chairman)(?: also)? welcomed (Cllrs? [A-Z][\w'\u2019 -]*?) to the (?:[A-Z][\w' -]*? )?(?:Committee|Sub-Committee|Panel|Board|Forum) and,? (?:in accordance with (?:Council|Committee) Procedure Rule [\d.]+,\s*)?(?:he|she|they) (?:advised|reported|informed [\w ]+?) that (Cllrs? [A-Z][\w'\u2019 -]*?) had replaced (Cllrs? [A-Z][\w'\u2019 -]*?) on the (?:Committee|Sub-Committee|Panel|Board|Forum)\b/i,
    (m, welcomed: string, inn: string, out: string) => (welcomed === inn ? `${inn} replaced ${out}` : m),
  ],
  // "the Chair thanked Cllr A, a former Vice-Chair, for the contributions made to the work of the Committee whilst …":
  // whom the Chair thanked; the rest is courtesy.
  [
    /\b((?:the (?:Chair|Chairman) )?thanked (?:Cllrs? |Councillors? )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*(?:, (?:a|the) [^,;]+,)?) for (?:the|his|her|their) (?:contributions?|work|service)\b[^;.]*/gi,
    (_m, thanked: string) => thanked.replace(/,$/, ""),
  ],
  [/^on behalf of the (?:Committee|Sub-Committee|Panel|Board|Forum),\s*/i, ""],
  [
    /^((?:[A-Z][\w ]*? )?Procedure Rule [\d.]+) be suspended to (?:enable|allow|permit) (the (?:recording|filming|photographing|broadcasting)\b.*)$/i,
    "$1 suspended to allow $2",
  ],
  [/[;,]\s*and\s*$/i, ""],
];

export function compressStanding(text: string): string {
  let out = text.replace(/\s+/g, " ").trim();
  for (const [re, replacement] of BOILERPLATE) out = out.replace(re, replacement as string);
  out = out
    .replace(/\s+([,.;:])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .replace(/[;:,]-?\s*$/, "")
    .trim();
  return upperFirst(out);
}

function isEmptyMinute(text: string): boolean {
  // "RESOLVED: To note that there were none.": the lead-in says nothing.
  const t = text
    .replace(/\bRESOLVED\s*:\s*/g, "")
    .replace(/^(?:to (?:note|record) that|that)\s+/i, "")
    .trim();
  // Every sentence says there was nothing: "The Board welcomed A as a guest. No apologies had been received." is not.
  return (
    t === "" ||
    (t.length < 220 &&
      t
        .split(/(?<=[.!?])\s+(?=[A-Z])/)
        .every((sentence) => EMPTY.test(sentence.replace(/^(?:to (?:note|record) that|that)\s+/i, ""))))
  );
}

/** A paragraph's first word that reads in lower case once the paragraph follows another after "; " (never a name). */
const CONTINUES =
  /^(?:He|She|They|It|Its|His|Her|Their|The|This|These|That|Those|A|An|In|On|At|As|For|With|Members|There)\b/;

/**
 * A minute's paragraphs and numbered points ("(1) …; (2) …", run together or a line each), without their numbers
 * (and a "RESOLVED:" before the first).
 */
function minutePoints(text: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=\s*\(\w{1,3}\)\s)|(?<=[.:;])\s+(?=\(\d{1,2}\)\s)/)
    .map((p) => p.replace(/^\s*(RESOLVED\s*:\s*)?\(\w{1,3}\)\s*/, "").trim());
}

/** The minute's paragraphs and list lines, compressed, joined with "; " into one clause list. */
function compressAll(text: string): string {
  const points = minutePoints(text).filter((p) => /[\p{L}\d]/u.test(p));
  const parts = points
    .map((p, i) => {
      // "(ii) inclusion of apologies from …": a later point the minute began in lower case stays so.
      const said = compressStanding(p);
      // "RESOLVED: That forms not returned …": the word after the resolution's lead-in.
      const first = p.replace(/^\s*(?:RESOLVED\s*:\s*)?(?:That,?\s+(?=[a-z]))?/, "").split(/\s/)[0]!;
      return i > 0 && /^[a-z]/.test(first) && said.split(/\s/)[0]!.toLowerCase() === first ? lowerFirst(said) : said;
    })
    .filter((p) => p && !/^(the )?(interests|declarations?)( of interests?)?( below)?( were)? declared:?$/i.test(p))
    // "Members then paid their own tributes to her": the silence already says whom they remembered.
    .filter(
      (p) =>
        !/^(?:Members|Councillors|Cllrs)(?: and officers)?(?: then)? paid (?:their (?:own )?)?tributes? to (?:him|her|them|(?:the late )?(?:former )?(?:Councill?or|Cllr) [A-Z][\w' -]+)\.?$/i.test(
          p,
        ),
    );
  // A lead-in that ended in ":" ("subject to the following amendments:-") introduces the points after it.
  const leads = new Set(points.filter((p) => /:-?\s*$/.test(p)).map((p) => compressStanding(p)));
  const said = parts
    .map((p, i) =>
      p
        .replace(/\.$/, "")
        .replace(/;\s*and$/i, "")
        .replace(BODY_SUBJUNCTIVE, (_m, who: string, verb: string) => `${who} ${PAST[verb.toLowerCase()]}`)
        // After "; " a paragraph goes on the clause list: "…, who died in July 2021; he had given the Council 27 years…".
        .replace(i > 0 ? CONTINUES : /$^/, (word) => word.toLowerCase()),
    )
    .reduce((all, p, i) => (i === 0 ? p : `${all}${leads.has(parts[i - 1]!) ? ":" : ";"} ${p}`), "");
  return said;
}

// "That the Sub-Committee welcome Cllr X": the resolution's subjunctive, said as what happened.
const PAST: Record<string, string> = {
  welcome: "welcomed",
  note: "noted",
  agree: "agreed",
  approve: "approved",
  appoint: "appointed",
  thank: "thanked",
};
const BODY_SUBJUNCTIVE =
  /^(The (?:Sub-Committee|Committee|Panel|Board|Forum|Council|Cabinet))\s+(welcome|note|agree|approve|appoint|thank)\b/i;

/**
 * A minute that only records a minute's silence ("A minute of silence was observed in memory of A"), printed under an
 * item titled with the name of whom it remembered: standing business, whatever the title.
 */
export function isSilenceMinute(minutes: string): boolean {
  const text = minutes.replace(/\s+/g, " ").trim();
  return (
    text.length <= 300 &&
    /^(?:RESOLVED:?\s*)?(?:a|one) minute'?s? (?:of )?silence (?:was|were) (?:observed|held|kept)\b[^.]*\.?$/i.test(text)
  );
}

/**
 * "RESOLVED: That Health and Wellbeing Procedure Rule 23 be suspended to enable the recording or photographing or
 * broadcasting of any part of the meeting": how the meeting may be recorded, standing business under any title.
 */
export function isRecordingRuleMinute(minutes: string): boolean {
  return /^(?:RESOLVED:?\s*)?(?:That,?\s+)?[\w ]*?Procedure Rule [\d.]+ be suspended to (?:enable|allow|permit) the (?:recording|filming|photographing|broadcasting)\b[^.]*\.?$/i.test(
    minutes.replace(/\s+/g, " ").trim(),
  );
}

/** The Tenants' and Leaseholders' Forum's first item: "Representatives from the following Associations were in attendance". */
export const REPRESENTATIVES =
  /^(?:RESOLVED:?\s*)?(?:the )?representatives (?:from|of) the following (?:tenants'? and residents'? )?associations (?:were in attendance|attended)\b:?-?/i;

const NAME = /\b(Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z]/;
const ITEM_HEADER = /^(agenda )?items? [^\s,]+(?: (?:&|and) [^\s,]+)?,?\s*(\([^)]*\)\s*)?[\u2013-]?\s*(.+)$/i;

function parts(text: string): string[] {
  return text
    .split(
      /\n\s*\n|\n(?=\s*(\(\w{1,3}\)|[-\u2022\u00b7])\s)|\s+(?=[\u2022\u00b7]\s)|(?<=[.:;])\s+(?=\(\d{1,2}\)\s)|\s+(?=\(\d{1,2}\)\s+(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr|In the course|During)\b)/,
    )
    .filter((p): p is string => Boolean(p))
    .map((p) => p.replace(/^\s*(\(\w{1,3}\)|[-\u2022\u00b7])\s*/, "").trim())
    .filter((p) => p.length > 1);
}

/** In a list of people the title says nothing: "Cllrs Ann Lee and Raj Shah sent apologies" -> "Ann Lee and Raj Shah". */
function shortNames(text: string): string {
  return text
    .replace(/\bCllrs? (?=[A-Z])/g, "")
    .replace(/,?\s+sent apologies\b/g, "")
    .replace(/,?\s+as well as from (?=[A-Z])/g, " and ")
    .replace(/\band from (?=[A-Z])/g, "and ")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** Only the parts that name somebody (the lead-in "these reserve members attended" says nothing). */
function namedParts(text: string): string {
  const named = parts(text).filter((p) => NAME.test(p));
  return (named.length ? named : parts(text))
    .map((p) => compressStanding(p).replace(/\.$/, ""))
    .filter(Boolean)
    .join("; ");
}

/** "Item 9 Revenue and Capital Outturn: Cllr A (non-pecuniary interest, …; stayed); Cllr B (…)". */
// An older minute's initial before the surname: "Councillor N Shah".
const WHO =
  /(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.? ((?:[A-Z]\.? )?[A-Z][\w'\u2019-]+(?:[ -][A-Z][\w'\u2019-]+){0,3})/;
/** A board's member from outside the council, named without a title: "Howard Bluston declared a personal interest". */
const UNTITLED_DECLARANT =
  /^(?!(?:The|A|An|This|That|All|Each|Both|Members?|Councill?ors?|Cllrs?|It|He|She|They|No|None)\b)([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,3}) (?:also )?declared\b/;

/**
 * A reason of at most `max` words, cut where a clause starts ("…Board of Conservators which adjoined …" ->
 * "…Board of Conservators") rather than mid-clause: at a clause just past the limit (up to 8 words more), else at the
 * last one before it, else with "…".
 */
function clauseWords(text: string, max: number): string {
  const all = text.split(/\s+/);
  if (all.length <= max) return text;
  const boundary = (i: number) => /,$/.test(all[i - 1]!) || /^(?:which|who|whom|where|whose)$/i.test(all[i]!);
  for (let i = max; i < Math.min(all.length, max + 8); i++)
    if (boundary(i)) return all.slice(0, i).join(" ").replace(/,$/, "");
  for (let i = max - 1; i >= 8; i--)
    if (boundary(i) || /^and$/i.test(all[i]!)) return all.slice(0, i).join(" ").replace(/,$/, "");
  return words(text, max);
}

const words = (text: string, max: number) => {
  const all = text.split(/\s+/);
  return all.length > max ? `${all.slice(0, max).join(" ")}…` : text;
};

type InterestKind = "pecuniary" | "prejudicial" | "non-pecuniary" | "personal" | "";

interface Declaration {
  who: string;
  kind: InterestKind;
  /** where and why: "item 10 (Commissioning of Harrow Paediatric Services), member of the CNWL Foundation Trust…" */
  detail: string;
  /** "dispensation, stayed", "left", "stayed and voted" */
  outcome: string;
}

function formatDeclaration(d: Declaration, withKind: boolean): string {
  const detail = [withKind ? d.kind : "", d.detail].filter(Boolean).join(", ");
  const parts = [detail, d.outcome].filter(Boolean);
  return `${d.who}${parts.length ? ` (${parts.join("; ")})` : ""}`;
}

/**
 * An item's title short enough to recognise in a list of declarations: "Harrow to Pinner Cycleway - Public
 * consultation outcome" -> "Harrow to Pinner Cycleway", "Final Revenue Budget 2021/22 and Medium-Term Financial
 * Strategy…" -> "Final Revenue Budget 2021/22", "35 Manor Way, Harrow, HA2 6BZ, P/0941/23" -> "35 Manor Way". The item
 * has its own section under its whole title.
 */
export function shortTitle(title: string): string {
  let t = title
    .replace(/\s+/g, " ")
    .replace(/[,.;:]$/, "")
    .trim();
  const cut = (re: RegExp, minWords: number) => {
    const m = re.exec(t);
    if (m && t.slice(0, m.index).split(" ").length >= minWords) t = t.slice(0, m.index);
  };
  cut(/ [\u2013-] /, 3);
  // "Electric Vehicle Charging Strategy: Draft for approval" -> "Electric Vehicle Charging Strategy".
  cut(/: /, 3);
  cut(/(?<=\d{2}(?:\/\d{2,4})?) and /, 3);
  cut(/,/, 2);
  return words(t, 12);
}

/**
 * One declaration of the minutes, tersely: who, where, why and whether they stayed, left, voted or had a
 * dispensation; the kind of interest apart, so a meeting's declarations can be listed under it once.
 */
export function parseDeclaration(first: string, rest = ""): Declaration {
  const text = first
    .replace(/^(in the course of the meeting|during the meeting|it be noted that),?\s*/i, "")
    // "a non- pecuniary interest": the page's stray space after the hyphen does not make it pecuniary.
    .replace(/\bnon-\s+pecuniary\b/gi, "non-pecuniary")
    .replace(/\s+/g, " ")
    .trim();
  const who = WHO.exec(text) ?? UNTITLED_DECLARANT.exec(text);
  if (!who) return { who: compressStanding(text).replace(/\.$/, ""), kind: "", detail: "", outcome: "" };
  // "Dr A and Mr B declared …", "Councillors A, B, C and D indicated …": every member the sentence names before its verb.
  const others = new RegExp(
    String.raw`^(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})+(?=,?\s+(?:each\s+|also\s+|both\s+)*(?:declared|indicated)\b)`,
  ).exec(text.slice(who.index + who[0].length));
  const names = others
    ? [
        who[1]!,
        ...others[0]
          .split(/,\s*(?:and\s+)?|\s+and\s+/)
          .map((n) => n.replace(/^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+/, "").trim())
          .filter(Boolean),
      ]
    : [who[1]!];
  const after = text.slice(who.index + who[0].length + (others?.[0].length ?? 0));
  const kind: InterestKind = /\bnon[- ]pecuniary\b/i.test(text)
    ? "non-pecuniary"
    : /\bpecuniary\b/i.test(text)
      ? "pecuniary"
      : /\bprejudicial\b/i.test(text)
        ? "prejudicial"
        : /\bpersonal\b/i.test(text)
          ? "personal"
          : "";
  const item =
    /\b(?:in|on|for) ((?:agenda )?item [\w/]+(?:\.\w+)*(?: [\u2013-] [^,;]+?)?|question \d+[^,;]*?)(?: of the agenda)?(?=,|;| because| as | in that|\.(?:\s|$)|$)/i.exec(
      after,
    )?.[1];
  // "an interest in a petition about traffic on West Harrow roads": what the interest is in, when no item is named.
  // "an interest on page 134 of the risk register which referenced …": where in the papers.
  const onPage = item
    ? undefined
    : /\binterest on (page \d+ of (?:the )?[^,;]+?)(?= which\b| as |,| because |;|\.(?:\s|$)|$)/i.exec(after)?.[1];
  // "an interest in the above item arising from her position as …": the item is the header's, the reason follows.
  const subject =
    item || onPage || /\binterest in (?:the|this) (?:above |said )?(?:item|matter)\b/i.test(after)
      ? undefined
      : /\binterests? (?:in|in relation to|relating to) ((?:a|an|the) [^,;]+?|[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)+)(?=,| as | because |;|\.(?:\s|$)|$)/.exec(
          after,
        )?.[1];
  const reason =
    /(?:\bbecause\b|\bas\b|\bin that\b|\bbeing\b|\bsince\b|\bdeclared that(?= (?:he|she|they) (?:is|was|were|are) )|:)\s+(.+?)(?=;|(?<!\b(?:St|Mr|Mrs|Ms|Dr|No))\.(?:\s|$)|,? (?:and )?(?:he |she |they )?(?:would )?(?:stay|stayed|remain|remained|leave|left)\b|,? (?:and )?(?:he |she |they )?would (?:not |take |withdraw |absent )|$)/i.exec(
      after,
    )?.[1];
  const all = `${after}. ${rest}`;
  const outcome = [
    /\bdispensation\b/i.test(all) ? "dispensation" : "",
    leaving(all) ??
      (/\b(stay|stayed|remain|remained)\b/i.test(all)
        ? /\b(stayed and voted|and (the )?vote\b|and voted\b(?! (up)?on))/i.test(all) && !/not vote/i.test(all)
          ? "stayed and voted"
          : /\b(while|whilst)\b[^;.]*\bvoted (up)?on\b/i.test(all)
            ? "stayed while it was voted on"
            : "stayed"
        : ""),
    /\b(not|did not) vote\b/i.test(all) ? "did not vote" : "",
    // "She remained in the room and did not take part in the discussion": present, but silent.
    /\b(?:did not|would not|took no) (?:take )?part\b/i.test(all) && !/\bnot vote\b/i.test(all)
      ? "did not take part"
      : "",
    // "…, but considered that she could speak and vote thereon": the reason is cut before the "but", the outcome kept.
    /\bcould (?:speak and vote|vote)\b/i.test(all) && !/\bcould not\b/i.test(all) ? "could speak and vote" : "",
    // "He confirmed that he would be representing some of the objectors": whom the member spoke for at the hearing.
    /\bwould be (?:representing|speaking (?:on behalf of|for)) ((?:some of |one of )?the (?:objectors?|applicants?|residents?|petitioners?)\b)/i
      .exec(all)?.[1]
      ?.replace(/^/, "represented ") ?? "",
    // "she would pass the chair to Councillor Christopher Baxter (Vice-Chair)": who chaired in their place.
    /\bpass(?:ed)? the chair to (?:Councillor |Cllr )?([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*(?: \([^)]*\))?)/
      .exec(all)?.[1]
      ?.replace(/^/, "chair passed to ") ?? "",
  ].filter(Boolean);
  const detail = [
    item ? itemReference(item) : onPage ? `on ${onPage}` : subject ? `in ${words(subject, 10)}` : "",
    // "a member of the GLA" -> "member of the GLA", "is employed by" -> "employed by": the article and verb add nothing.
    reason
      ? clauseWords(
          nounPhrase(reason)
            .replace(/^(he|she|they) /i, "")
            // "as this was a role they currently occupied": what the reason is, without "this was".
            .replace(/^(?:this|it) (?:was|is) (?=(?:a|an)\b)/i, "")
            // "in that he was Chair of the Lee Valley Regional Park Authority": what the member is, without "was".
            .replace(
              /^(?:was|is|were|are) (?=(?:a|an|the)\b|[A-Z]|employed\b|in receipt\b|members? of\b|(?:members|governors|employees|trustees|directors) of\b)/,
              "",
            )
            .replace(
              /^(a|an) (?=((member|employee|governor|director|trustee|holder|chair(man)?) of (?!(his|her|their) family)|(resident|teacher|councillor|tenant|magistrate|volunteer|trustee|patron|appointee)\b))/i,
              "",
            ),
          28,
        )
      : "",
  ].filter(Boolean);
  const whoAll = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]!;
  return { who: whoAll, kind, detail: detail.join(", "), outcome: outcome.join(", ") };
}

/**
 * A declaration's reason down to what the member is or has, cut where a clause starts so it never dangles: "Chair
 * of the Lee Valley Regional Park Authority, a levying authority" -> "Chair of the Lee Valley Regional Park
 * Authority", "Chairman of the Parish Church, which the regeneration schemes would affect" -> "Chairman of the
 * Parish Church", "employee of a Trades' Union who also works with other organisations…" -> "employee of a Trades'
 * Union". A reason that is a clause from the start ("his wife works at Northwick Park Hospital") is kept whole.
 */
export function nounPhrase(reason: string): string {
  const cut =
    /,\s+(?:which|who|where|whom|since|because|but|although|though|a|an)\s|\s+who\s+(?:also|is|was|has|had)\s|\s+which\s+(?:is|was|has|had|would|will)\s|,?\s+and,?\s+(?:accordingly|therefore|so),?\s/i.exec(
      reason,
    );
  return cut && reason.slice(0, cut.index).trim().split(/\s+/).length >= 3 ? reason.slice(0, cut.index).trim() : reason;
}

/** "Item 12 – Final Revenue Budget 2021/22 and Medium-Term…" -> "item 12 (Final Revenue Budget 2021/22)". */
function itemReference(item: string): string {
  const m = /^(?:agenda )?item ([\w/.]+) [\u2013-] (.+)$/i.exec(item);
  if (m && !/\b(and|under) item\b/i.test(item)) return `item ${m[1]} (${shortTitle(m[2]!)})`;
  // "Question 7 under Item 5 – Councillor Questions" -> "question 7": the question is what was declared on.
  const question = /^question (\d+) under\b/i.exec(item);
  if (question) return `question ${question[1]}`;
  return item.replace(/^agenda /i, "").replace(/^Item/, "item");
}

/** "Sue Anderson (non-pecuniary, item 10 (…), member of …; stayed and voted)": one declaration, kind included. */
export function oneDeclaration(first: string, rest = ""): string {
  return formatDeclaration(parseDeclaration(first, rest), true);
}

/** "left", or "would leave if funding for disabled facilities grants were discussed": the condition is the fact. */
function leaving(text: string): string | null {
  if (!/\b(would )?(leave|left)\b/i.test(text)) return null;
  // "If the interest became pecuniary during the meeting she would leave the room": the condition comes first.
  const condition =
    /\b(?:would )?leave\b[^;.]*?\b(if [^;.]+)/i.exec(text)?.[1] ??
    /(?:^|[.;]\s*|\b)(if [^;.,]+?),?\s+(?:he|she|they) would leave\b/i.exec(text)?.[1]?.replace(/^If/, "if");
  return condition ? `would leave ${words(condition, 14)}` : "left";
}

/** "the Declarations of Interest posted on the Council's website … be taken as read": said once, before the names. */
function publishedTakenAsRead(text: string): string {
  const where = /\bcouncil'?s? website\b/i.exec(text)?.[0];
  // "To note the declarations as published on the Council's website prior to the meeting and the following …".
  if (!/\btaken as read\b/i.test(text) && where && /\bnote the declarations,? (?:if any,? )?as published\b/i.test(text))
    return `published on the ${where} noted`;
  if (!/\btaken as read\b/i.test(text) || !/\b(website|published)\b/i.test(text)) return "";
  return where ? `published on the ${where} taken as read` : "published taken as read";
}

const KIND_LABEL: Record<InterestKind, string> = {
  pecuniary: "Pecuniary interests",
  prejudicial: "Prejudicial interests",
  "non-pecuniary": "Non-pecuniary interests",
  personal: "Personal interests",
  "": "Interests",
};

/**
 * The meeting's declarations, one line per kind of interest (pecuniary first), each member once under the item
 * they declared in: "Non-pecuniary interests: item 9 (Revenue Budget 2023/24): Jean Lammiman (receives social care
 * provision); Paul Osborn (Chair of the Lee Valley Regional Park Authority, a precepting authority)."
 */
function describeDeclarations(minutes: string): string | null {
  const text = labelledDeclarations(interestTable(minutes));
  const found: { header: string | null; declaration: Declaration }[] = [];
  const dispensations: string[] = [];
  let header: string | null = null;
  let stacked: string[] = [];
  let declaredUnder = false;
  // Members the lead-in names in full ("made by Councillor Ann Lee during consideration of:"), whom the declaration
  // then calls by surname ("Councillor Lee declared …").
  const leadNames: string[] = [];
  for (let part of tableCells(parts(text))) {
    // "The Monitoring Officer reported that a dispensation had been granted … to enable Members that may otherwise
    // have a pecuniary interest in Motion 2 … to remain, speak and vote": for everyone, so it names nobody.
    const dispensation =
      /^(?:the [A-Z][\w ]+? (?:reported|advised|informed [\w ]+?) that )?an? dispensation (?:had been |was )?(granted\b.+)$/i.exec(
        part.replace(/\s+/g, " ").trim(),
      );
    if (dispensation && !NAME.test(part)) {
      dispensations.push(`Dispensation: ${ensureStop(dispensation[1]!)}`);
      continue;
    }
    // "All Agenda Items": declarations that apply to the whole meeting.
    if (/^all (?:agenda )?items:?$/i.test(part.trim())) {
      header = "all items:";
      continue;
    }
    // Council's "Item 5 on the Summons – Petitions": the item is 5, its title what follows the dash.
    const headerText = part
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^((?:agenda )?items? [\w/()]+) on the Summons\b/i, "$1");
    // "Agenda Items 7, 8, 9, 10": numbers only.
    const numbersOnly = /^(?:agenda )?items ((?:\d+[a-z]?,? )+(?:(?:and|&) )?\d+[a-z]?)[.:]?$/i.exec(headerText);
    if (numbersOnly) {
      const numbers = numbersOnly[1]!.split(/,\s*|\s+(?:and|&)\s+|\s+/).filter(Boolean);
      header = `items ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}:`;
      continue;
    }
    const itemHeader = ITEM_HEADER.exec(headerText);
    if (itemHeader && !/\bdeclared\b/i.test(part)) {
      // "Items 10 & 11 – …": both numbers.
      const numbered = /\bitem(s?) (\S+(?: (?:&|and) \S+)?)/i.exec(headerText);
      const number = (numbered?.[2] ?? "").replace(/[,;:\u2013-]$/, "");
      // A planning application ("2/02") is known by its whole address and reference.
      const title = /^\d+\/\d+$/.test(number)
        ? words(itemHeader[3]!, 16).replace(/[,.;:]$/, "")
        : shortTitle(itemHeader[3]!);
      // "Item 8 – …", "Item 9 – …", "Item 10 – …" one under another, then a declaration: it is in each of them.
      // "Agenda Item 3:": the number alone.
      const entry = `${number}${title.replace(/[\s,.;:\u2013-]/g, "") ? ` (${title})` : ""}`;
      stacked = !numbered?.[1] && stacked.length && !declaredUnder ? [...stacked, entry] : numbered?.[1] ? [] : [entry];
      declaredUnder = false;
      header =
        stacked.length > 1
          ? `items ${stacked.slice(0, -1).join(", ")} and ${stacked.at(-1)}:`
          : `item${numbered?.[1] ? "s" : ""} ${entry}:`;
      continue;
    }
    // "In connection with Agenda Item 6 (Access to Primary Care in Harrow), Councillor A declared …": the item first.
    const inConnection =
      /^in connection with (?:agenda )?item ([\w/]+) \(([^)]+)\),\s*(?=(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z])/i.exec(
        part.replace(/\s+/g, " ").trim(),
      );
    if (inConnection) {
      header = `item ${inConnection[1]} (${shortTitle(inConnection[2]!)}):`;
      part = part.replace(/\s+/g, " ").trim().slice(inConnection[0].length);
    }
    // "A number of Members declared personal interests in the above item (set out at Appendix I to these Minutes) and
    // accordingly remained in the Chamber": the members are listed elsewhere, which is said.
    const many =
      /^a number of members declared (?:(personal|prejudicial|pecuniary|non-pecuniary) )?interests?\b(.*)$/i.exec(
        part.replace(/\s+/g, " ").trim(),
      );
    if (many) {
      const appendix = /\bappendix ([IVX]+|\d+)\b/i.exec(many[2]!)?.[1];
      found.push({
        header,
        declaration: {
          who: "a number of members",
          kind: many[1] ? (many[1].toLowerCase() === "prejudicial" ? "" : (many[1].toLowerCase() as InterestKind)) : "",
          detail: appendix ? `listed in Appendix ${appendix.toUpperCase()} to the minutes` : "",
          outcome: /\b(?:remained|stayed)\b/i.test(many[2]!)
            ? /\btook part\b[^.]*\bvot/i.test(many[2]!)
              ? "stayed and voted"
              : "stayed"
            : "",
        },
      });
      declaredUnder = true;
      continue;
    }
    // "Agenda Item 11 – Statement of Account Councillor A declared …": a header the page ran into its declaration.
    const runIn =
      /^(?:agenda )?item ([\w/]+) [\u2013-] ([^.]+?) (?=(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)* (?:also )?declared\b)/i.exec(
        part.replace(/\s+/g, " ").trim(),
      );
    if (runIn) {
      header = `item ${runIn[1]} (${shortTitle(runIn[2]!)}):`;
      part = part.replace(/\s+/g, " ").trim().slice(runIn[0].length);
    }
    // "… and the following additional declaration made by Councillor A during consideration of:": the lead-in to
    // the declaration that follows, which names the member again.
    if (/\bfollowing (?:additional |further )?declarations? (?:was |were )?made by\b[^.]*:$/i.test(part.trim())) {
      leadNames.push(...[...part.matchAll(new RegExp(WHO.source, "g"))].map((m) => m[1]!));
      continue;
    }
    if (!NAME.test(part) && !UNTITLED_DECLARANT.test(part)) continue;
    // One declaration starts at each sentence that names somebody declaring; the sentences after it ("He stayed in
    // the meeting…") belong to it. Lists rendered without markers run several declarations together.
    const sentences = part.split(/(?<!\b(?:St|Mr|Mrs|Ms|Dr|No|Cllr))[.]\s+(?=[A-Z])/);
    let current: string[] | null = null;
    const declarations: string[][] = [];
    for (const sentence of sentences) {
      // "He also declared an interest in Item 12…": a second declaration by the same member.
      const same: string | undefined =
        current && /^(He|She|They) also declared\b/.test(sentence) ? WHO.exec(current[0]!)?.[1] : undefined;
      if (same) declarations.push((current = [sentence.replace(/^(He|She|They)\b/, `Councillor ${same}`)]));
      else if (
        !current ||
        (NAME.test(sentence) && /\b(declared|had given (advance )?notice|notified)\b/i.test(sentence)) ||
        UNTITLED_DECLARANT.test(sentence)
      )
        declarations.push((current = [sentence]));
      else current.push(sentence);
    }
    for (const [first, ...rest] of declarations) {
      const declaration = parseDeclaration(first!, rest.join(" "));
      const full = leadNames.find((n) => n.split(" ").length > 1 && n.endsWith(` ${declaration.who}`));
      found.push({ header, declaration: underHeader(header, full ? { ...declaration, who: full } : declaration) });
    }
    if (declarations.length) declaredUnder = true;
  }
  // A page that breaks off inside the last declaration ("… in that he", "… appointed to these p"): its last,
  // perhaps partial, word and the words that only lead into it go, and "…" says the reason is cut.
  const last = found.at(-1)?.declaration;
  if (last && !last.outcome && !/[.!?)\]"'\u2019]$/.test(text.trim())) {
    if (last.detail) last.detail = brokenOff(last.detail);
    else if (!last.outcome && !last.kind) last.who = brokenOff(last.who);
  }
  const published = publishedTakenAsRead(text);
  if (found.length === 0 && dispensations.length) return dispensations.join("\n");
  // "… be duly received and recorded (as set out at Appendix I)": the declarations are in the minutes' appendix.
  const inAppendix = /\b(?:received|recorded|set out|listed)\b[^.]*?\bappendix ([IVX]+|\d+)\b/i.exec(text)?.[1];
  if (found.length === 0 && inAppendix)
    return `Declarations recorded in Appendix ${inAppendix.toUpperCase()} to the minutes.`;
  if (found.length === 0)
    return /website|published/i.test(text)
      ? `Declarations ${published || "as published on the Council website"}; no additional declarations.`
      : null;
  const lines = [...dispensations, ...(published ? [`Declarations ${published}.`] : [])];
  for (const kind of ["pecuniary", "prejudicial", "non-pecuniary", "personal", ""] as InterestKind[]) {
    const ofKind = found.filter((f) => f.declaration.kind === kind);
    if (ofKind.length === 0) continue;
    const groups: string[] = [];
    let last: string | null | undefined;
    for (const { header: h, declarations } of sameDeclarations(ofKind)) {
      const line = formatDeclarations(declarations);
      if (h !== last || groups.length === 0) groups.push(h ? `${h} ${line}` : line);
      else groups[groups.length - 1] += `; ${line}`;
      last = h;
    }
    lines.push(ensureStop(`${KIND_LABEL[kind]}: ${groups.join("; ")}`));
  }
  return lines.join("\n");
}

/**
 * "RESOLVED: That the following declarations made … in relation to agenda item 6 of the published agenda, <title>, be
 * noted:" over points "Councillor A: (Non-Pecuniary Interest) – Lived on Elm Road …": the item as a header, each point
 * as a declaration ("Councillor A declared a non-pecuniary interest in that lived on Elm Road …"). Other text as it was.
 */
function labelledDeclarations(text: string): string {
  const labelled =
    /((?:Councill?or|Cllr)\.? [A-Z][\w'\u2019 .-]*?):\s*\((non-pecuniary|pecuniary|personal|prejudicial)(?: interest)?\)\s*[\u2013-]\s*/gi;
  if (!labelled.test(text)) return text;
  return text
    .replace(
      /^(?:RESOLVED\s*:\s*)?That the following declarations[^:]*?\bin relation to (?:agenda )?item (\w+)(?: of the (?:published )?agenda)?,\s*(.+?),\s*be noted:?/i,
      (_m, number: string, title: string) => `Agenda Item ${number} \u2013 ${title}`,
    )
    .replace(labelled, (_m, who: string, kind: string) => `${who} declared a ${kind.toLowerCase()} interest in that `)
    .replace(
      /\binterest in that ([A-Z])([a-z]+)(?= [a-z])/g,
      (_m, first: string, rest: string) => `interest in that ${first.toLowerCase()}${rest}`,
    );
}

/**
 * An older page's table of interests ("Agenda Item | Member | Nature of Interest", then a row per declaration: the
 * item, the member, "The Member indicated a personal interest in that …"), whether the scraper gives each cell as a
 * paragraph or a row's cells joined by " | ", as the paragraphs the declarations are read from: "Agenda Item 14 –
 * Library Service Review", "Councillor Ruth Ames declared a personal interest in that …". Other text as it was.
 */
function interestTable(text: string): string {
  const cells = text
    .split(/\s*\|\s*|\n\s*\n/)
    .map((c) => c.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  if (!cells.some((c) => /^Nature of Interest$/i.test(c))) return text;
  const out: string[] = [];
  let member: string | null = null;
  for (const cell of cells) {
    if (/^(?:Agenda Item|Member|Nature of Interest)$/i.test(cell)) continue;
    const header = /^(\d+[a-z]?)\.\s+(.+)$/.exec(cell);
    if (header && !/\b(?:declared|indicated)\b/i.test(cell)) {
      out.push(`Agenda Item ${header[1]} \u2013 ${header[2]!.replace(/^Key Decision\s*[\u2013-]\s*/i, "")}`);
      member = null;
      continue;
    }
    // "Councillor N Shah", or several: "Councillors Lisa Grant, Dev Patel, Omar Khan".
    if (
      /^(?:Councill?ors?|Cllrs?)\.? [A-Z][\w'\u2019.-]*(?:(?: |, | and | & )[A-Z][\w'\u2019.-]*){0,11}(?: \([^)]*\))?$/.test(
        cell,
      )
    ) {
      member = cell;
      continue;
    }
    const said = member ? /^The (?:Members?|Councill?ors?)\b(.*?)\b(?:indicated|declared)\b/i.exec(cell) : null;
    out.push(said ? `${member}${said[1]}declared${cell.slice(said[0].length)}` : cell);
    if (said) member = null;
  }
  return out.join("\n\n");
}

/**
 * An older page's declarations table with every cell a paragraph ("Agenda Item", "Member", "Nature of Interest", then
 * "11. Middle Management Review", "Councillor Gate", "The member declared a personal interest in that …"): the item
 * as a header, and the member's name put where the cell says "The member(s)". Other parts pass unchanged.
 */
function tableCells(cells: string[]): string[] {
  const isHead = (c: string) => /^(?:agenda items?|members?|nature of (?:the )?interests?)$/i.test(c.trim());
  if (!cells.some((c) => /^agenda items?$/i.test(c.trim())) || !cells.some((c) => /^nature of/i.test(c.trim())))
    return cells;
  const out: string[] = [];
  const rest = cells.filter((c) => !isHead(c));
  for (let i = 0; i < rest.length; i++) {
    const cell = rest[i]!.replace(/\s+/g, " ").trim();
    const numbered = /^(\d+[a-z]?)\.?\s+([A-Z].*)$/.exec(cell);
    if (numbered && !/\b(?:declared|indicated)\b/i.test(cell)) {
      out.push(`Agenda Item ${numbered[1]} \u2013 ${numbered[2]}`);
      continue;
    }
    const next = rest[i + 1]?.replace(/\s+/g, " ").trim();
    const namesOnly = NAME.test(cell) && !/\b(?:declared|indicated|would|was|were)\b/i.test(cell);
    const pointsBack = next ? /^the (?:members?|councill?ors?)\b\s*/i.exec(next) : null;
    if (namesOnly && pointsBack) {
      out.push(`${cell} ${next!.slice(pointsBack[0].length)}`);
      i++;
      continue;
    }
    out.push(cell);
  }
  return out;
}

/**
 * A declaration filed under "item 1/01 (…):" that names item 1/01 again ("in item 1/01, lived near the site", "had been
 * contacted about item 1/01"): the header says which item once.
 */
function underHeader(header: string | null, declaration: Declaration): Declaration {
  const number = header ? /^item ([\w/.]+) \(/.exec(header)?.[1] : undefined;
  if (!number) return declaration;
  const escaped = number.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const detail = declaration.detail
    .replace(new RegExp(`^item ${escaped}(?: \\([^)]*\\))?(?:, |$)`, "i"), "")
    .replace(new RegExp(`\\b(?:agenda )?item ${escaped}(?![\\w/.])`, "gi"), "this item");
  return { ...declaration, detail };
}

/** Text the page broke off in: without its last word and the words that only led into it, then "…" (or nothing). */
function brokenOff(text: string): string {
  const kept = text.split(/\s+/).slice(0, -1);
  while (
    kept.length &&
    /^(?:a|an|the|these|this|those|that|of|in|to|for|on|at|by|with|and|or|as|he|she|they|it|his|her|their|was|were|is|had|has|be)$/i.test(
      kept.at(-1)!.replace(/[,;:]$/, ""),
    )
  )
    kept.pop();
  return kept.length ? `${kept.join(" ").replace(/[,;:]$/, "")}…` : "";
}

/**
 * Members who declared the same thing on the same item, with the same outcome, once: four councillors who each own an
 * electric vehicle and stayed and voted are one clause, not four.
 */
function sameDeclarations(
  found: { header: string | null; declaration: Declaration }[],
): { header: string | null; declarations: Declaration[] }[] {
  const runs: { header: string | null; declarations: Declaration[] }[] = [];
  for (const { header, declaration } of found) {
    const run = runs.at(-1);
    const previous = run?.declarations[0];
    if (
      run &&
      previous &&
      run.header === header &&
      previous.detail === declaration.detail &&
      previous.outcome === declaration.outcome &&
      (declaration.detail || declaration.outcome)
    )
      run.declarations.push(declaration);
    else runs.push({ header, declarations: [declaration] });
  }
  return runs;
}

/** "Paul Osborn and Janet Mote (each: lives near one of the areas; stayed and voted)". */
function formatDeclarations(declarations: Declaration[]): string {
  if (declarations.length === 1) return formatDeclaration(declarations[0]!, false);
  const names = declarations.map((d) => d.who);
  const who = `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const { detail, outcome } = declarations[0]!;
  const said = [detail ? `each: ${detail.replace(/^(?:the|a|an) (?=owner|holder|member|resident)/i, "")}` : "", outcome]
    .filter(Boolean)
    .join("; ");
  return `${who} (${said})`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const ensureStop = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);

type Kind =
  "apologies" | "reserves" | "declarations" | "minutes" | "appointment" | "silence" | "speak" | "questions" | "other";

function kindOf(title: string): Kind {
  if (/^apologies/i.test(title)) return "apologies";
  if (/reserve|substitute/i.test(title)) return "reserves";
  if (/declarations?/i.test(title)) return "declarations";
  if (/^(council )?minutes\b|approval of (the )?minutes/i.test(title)) return "minutes";
  if (/(appointment|election) of|vice[- ]?chair|\bchair\b/i.test(title)) return "appointment";
  if (/minute'?s? (of )?silence|^tributes? to\b/i.test(title)) return "silence";
  if (/right (?:of members )?to speak/i.test(title)) return "speak";
  if (/^(public questions|petitions|deputations|councillor questions|questions)/i.test(title)) return "questions";
  return "other";
}

const LABEL: Record<Kind, string> = {
  apologies: "Apologies",
  reserves: "Reserves",
  declarations: "Declarations",
  minutes: "Minutes",
  appointment: "",
  silence: "",
  speak: "Members' right to speak",
  questions: "",
  other: "",
};

const NONE: Partial<Record<Kind, string>> = {
  apologies: "No apologies.",
  reserves: "No reserve members.",
  declarations: "No declarations.",
  speak: "No other councillors asked to speak.",
};

/**
 * A questions item whose minute only records that questions were taken ("RESOLVED: That the Councillor Questions
 * had been answered and the recording would be put on the Council's website"): one standing line, not a section
 * with a decision. A minute that gives the questions or answers stays a section.
 */
export function isBriefQuestionsMinute(minutes: string): boolean {
  const text = minutes.trim();
  return (
    text.length <= 240 &&
    // The word RESOLVED is often left off ("To note that one public question had been received and answered").
    /^(?:RESOLVED\s*:?\s*)?(?:That|To note)\b/i.test(text) &&
    !/\n\s*\S/.test(text) &&
    /\bquestions?\b/i.test(text) &&
    !/\b(?:asked|replied|response was|responded that|answered that)\b/i.test(text)
  );
}

/**
 * A brief questions minute in one plain line: "3 public questions received and answered; the recording is on the
 * Council's website.", "Councillor questions answered; …". Who had mentioned the recording ("as the Leader of the
 * Council had said") is dropped; the count is the minute's own ("one", "3"), never rewritten.
 */
function questionsTaken(label: string, minutes: string): string {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let body = compressAll(minutes)
    .replace(/\bas (?:the )?[A-Z][\w'\u2019 ]*? had (?:said|explained|confirmed|announced|noted),\s*/g, "")
    .replace(
      /(?:[;,]\s*|\s+)(?:and\s+)?(?:that\s+)?the recording (?:would be|was|had been|will be|is|has been)(?: (?:put|placed|published|posted|made available|available))? on the (?:Council'?s )?website/i,
      "; the recording is on the Council's website",
    )
    // "received and responded to", "received, responded to": answered, in the plain word.
    .replace(/\breceived,?\s+(?:and\s+)?responded to\b/i, "received and answered")
    .replace(/\bresponded to\b/i, "answered")
    // "The Councillor Questions had been answered" says the title once, in the sentence's own case.
    .replace(
      new RegExp(`^(?:the )?(${escaped})\\s+(?:had been|have been|were)\\s+`, "i"),
      (_m, t: string) => `${t.charAt(0)}${t.slice(1).toLowerCase()} `,
    );
  if (!/\bquestions?\b/i.test(body)) body = `${label}: ${body}`;
  return ensureStop(upperFirst(body));
}

/** One line for a held meeting's standing item, or null when the item records nothing worth a line. */
/** "… be taken" / "as read and signed …": a sentence the page broke across two paragraphs, joined again. */
function joinBrokenSentences(text: string): string {
  return text.replace(/([a-z])[ \t]*\n\s*\n\s*(?=[a-z])/g, "$1 ");
}

const MONTHS = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/g;

/**
 * An older minute printed in capitals ("THAT THE MINUTES OF THE ORDINARY MEETING HELD ON 20 JANUARY 2005 … BE TAKEN
 * AS READ"), in ordinary type: lower case, each sentence's first letter, the months and an appendix's numeral capital.
 */
function ordinaryType(text: string): string {
  return text
    .split(/(\n\s*\n)/)
    .map((paragraph) => {
      const letters = paragraph.replace(/\bRESOLVED\b/g, "").replace(/[^A-Za-z]/g, "");
      if (letters.length < 30 || letters.replace(/[^a-z]/g, "").length > letters.length / 20) return paragraph;
      return paragraph
        .toLowerCase()
        .replace(/\bresolved\s*:/g, "RESOLVED:")
        .replace(MONTHS, (month) => upperFirst(month))
        .replace(
          /\b(appendix|annex) ([ivx]+)\b/g,
          (_m, what: string, numeral: string) => `${what} ${numeral.toUpperCase()}`,
        )
        .replace(/(^\s*|[.!?]\s+)([a-z])/g, (_m, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
    })
    .join("");
}

export function describeStandingItem(item: SummaryItem): string | null {
  const title = item.title.replace(/\s+/g, " ").trim();
  // "RESOLVED:  Tha": a minute the page broke off within its first words says nothing.
  // Some boards print "AGREED:" where committees print "RESOLVED:".
  // "CouncillorAnn Lee": a page that ran the title into the name.
  const raw = ordinaryType(joinBrokenSentences((item.minutesText ?? "").trim()))
    .replace(/\bAGREED\s*:/g, "RESOLVED:")
    .replace(/\b(Councill?ors?)(?=[A-Z][a-z])/g, "$1 ");
  // "RESOLVED:  To note the a": four words that end on one that only leads into more are as broken.
  const minutes =
    (/^RESOLVED\s*:?\s*\S+(?:\s+\S+)?$/.test(raw) ||
      /^RESOLVED\s*:?\s*(?:\S+\s+){1,3}(?:a|an|the|of|to|that|in|for|be|at|by)$/i.test(raw)) &&
    !/[.!?)\]]$/.test(raw) &&
    !/\b(?:none|nil|noted)$/i.test(raw)
      ? ""
      : raw;
  const kind = kindOf(title);
  if (/^prayers/i.test(title)) return prayersLed(minutes) ?? prayers(item.description);
  // "Recording" or "The audio recording of this meeting can be found at the following link:": where to watch it.
  if (/^(?:recording\s*:?\s*$|(?:the )?(?:audio |video )?recording of (?:this|the) meeting\b)/i.test(title)) {
    const url = /https?:\/\/\S+[^\s.,;)]/.exec(`${minutes} ${item.description ?? ""}`)?.[0];
    return url ? `Recording of the meeting: ${url}` : null;
  }
  if (/^opening reflections?\b/i.test(title)) return minutes ? reflection(minutes) : null;
  if (/^(?:order|arrangement) of (?:the )?agenda\b/i.test(title)) {
    // "That, in order to allow members who could not stay … , the agenda be altered to run as follows:-" then the new
    // order and a clerk's note of the sequence: why it changed is the line.
    const changed =
      /\bin order to (.+?),\s*the agenda (?:be|was) (?:altered|changed|varied|re-?ordered|amended)\b/i.exec(
        minutes.replace(/\s+/g, " "),
      );
    if (changed) return `Agenda order changed to ${changed[1]}.`;
  }
  // "That in accordance with Part I of Schedule 12A …, the press and public be excluded …": one plain line, and
  // nothing from a minute the page cut before it said so.
  if (/^exclusion of the press/i.test(title))
    return /\bexcluded\b/i.test(minutes) ? "Press and public excluded for the confidential business." : null;
  if (/^electronic voting/i.test(title) && minutes) return electronicVoting(minutes);
  if (REPRESENTATIVES.test(minutes)) return representatives(minutes);
  if (
    /^(agenda\s*-\s*part|resolved items|recommended items?|for consideration|public notice|licensing procedures?)/i.test(
      title,
    )
  )
    return null;
  if (kind === "questions") {
    const label = title.replace(/s?$/, "s");
    if (minutes && isEmptyMinute(minutes)) return `No ${label.toLowerCase()}.`;
    // "RESOLVED: To note that one public question had been received and responded to": counted in one line.
    if (!minutes || !isBriefQuestionsMinute(minutes)) return null;
    return questionsTaken(label, minutes);
  }
  if (kind === "minutes") {
    // "The Mayor announced that Motion 2 had been withdrawn" printed under the minutes: its own line, not the minutes'.
    const paragraphs = minutes.split(/\n\s*\n/).map((p) => p.trim());
    const announced = (p: string) =>
      /^(?:the )?(?:Mayor|Chair|Chairman|Leader|Deputy Mayor)\b[^.]{0,60}\b(?:announced|informed|advised|reported|told)\b/i.test(
        p,
      ) && !/\bminutes\b/i.test(p);
    const announcements = paragraphs.filter(announced);
    if (announcements.length && announcements.length < paragraphs.length) {
      const rest = describeStandingItem({ ...item, minutesText: paragraphs.filter((p) => !announced(p)).join("\n\n") });
      return [rest, ...announcements.map((p) => ensureStop(p.replace(/\s+/g, " ")))].filter(Boolean).join("\n");
    }
  }
  if (kind === "minutes") {
    // "Following a Member's question … the Chair said …" then "RESOLVED: That the minutes … be taken as read …": the
    // approval first, the remark after it.
    const paragraphs = minutes.split(/\n\s*\n/).map((p) => p.trim());
    const resolvedFrom = paragraphs.findIndex((p) => /^RESOLVED\b/.test(p));
    if (resolvedFrom > 0) {
      const approval = describeStandingItem({ ...item, minutesText: paragraphs.slice(resolvedFrom).join("\n\n") });
      const remark = compressAll(paragraphs.slice(0, resolvedFrom).join("\n\n"));
      if (approval && remark) return `${approval.replace(/\.$/, "")}; ${lowerFirst(remark)}.`;
    }
  }
  if (kind === "minutes") {
    const dates = (text: string) => [...new Set(text.match(/\b\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}\b/g) ?? [])];
    // The minute may name the meeting only in the agenda's line ("That the minutes of the meeting of 11 July 2023…").
    const ofMinutes = dates(minutes).length ? dates(minutes) : dates(item.description ?? "");
    if (!minutes) return ofMinutes.length ? `Minutes of ${ofMinutes.join(" and ")}: no decision recorded.` : null;
    // "(See the Note at the end of these minutes.)": a pointer, not a fact.
    if (/^\(?see (?:the )?note\b[^)]*\)?\.?$/i.test(minutes.replace(/\bRESOLVED\s*:\s*/g, "").trim())) return null;
    // "(1) the minutes of the 13 December 2023 meeting approved; and (2) …": each date once, "Minutes" said once.
    // "the minutes of Extraordinary meeting and Ordinary meeting held on …": Harrow's wording without its article.
    const body = compressAll(
      minutes.replace(
        /\b(minutes of) (?!the\b)((?:Extraordinary|Ordinary|Annual|Special|Council)(?: Council)?) meetings?(?: and (?:the )?((?:Extraordinary|Ordinary|Annual|Special)(?: Council)?) meetings?)?/gi,
        (_m, of: string, first: string, second?: string) =>
          second ? `${of} the ${first} and ${second} meetings` : `${of} the ${first} meeting`,
      ),
    )
      .replace(/\bthe minutes of the (?:meeting (?:held )?(?:on|of) )?(.+?)(?: meeting)? approved\b/gi, "$1 approved")
      .replace(/(^|;\s*)(?:and\s+)?\(\d{1,2}\)\s*/g, "$1")
      .replace(
        /^(?:Minutes of )?(\d{1,2} [A-Z][a-z]+ \d{4}) approved; (\d{1,2} [A-Z][a-z]+ \d{4}) approved\.?$/,
        "Minutes of $1 and $2 approved",
      );
    // "the meeting held on 8 March" beside an agenda line that gives "8 March 2026": the date with its year.
    const agendaDates = dates(item.description ?? "");
    if (agendaDates.length === 1 && !dates(minutes).length) {
      const [, dayMonth] = /^(\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+) \d{4}$/.exec(agendaDates[0]!) ?? [];
      if (dayMonth && new RegExp(`\\b${dayMonth}\\b(?! \\d)`).test(body)) {
        const filled = body.replace(new RegExp(`\\b${dayMonth}\\b(?! \\d)`), agendaDates[0]!);
        if (/^minutes\b/i.test(filled)) return ensureStop(filled.replace(/\b(meetings?) held on\b/g, "$1 of"));
        return ensureStop(`Minutes: ${filled}`);
      }
    }
    // "…, the Annual Council meeting held on 22 May 2012 and …": each meeting of its date, tersely; "Minutes" after
    // "; " goes on the clause list.
    if (/^minutes\b/i.test(body))
      return ensureStop(body.replace(/\b(meetings?) held on\b/g, "$1 of").replace(/; Minutes of\b/g, "; minutes of"));
    return ensureStop(
      `Minutes${ofMinutes.length && !/\d{4}/.test(body.slice(0, 60)) ? ` of ${ofMinutes.join(" and ")}` : ""}: ${body}`,
    );
  }
  if (!minutes) return kind === "appointment" ? appointmentOnAgenda(title, item.description) : null;
  if (kind === "reserves") {
    // "No Reserve Members had been nominated …" then "An apology for absence had been received from …": both said.
    const [first, ...rest] = minutes
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (first && rest.length && isEmptyMinute(first)) {
      const others = rest.join(" ");
      const apology =
        /^an? apolog(?:y|ies) for absence (?:had been |was |were |had )?(?:received|sent|given) (?:from|by) (.+?)\.?$/i.exec(
          others,
        );
      return `${NONE.reserves} ${apology ? `Apologies: ${shortNames(compressStanding(apology[1]!))}.` : ensureStop(compressAll(others))}`;
    }
  }
  if (isEmptyMinute(minutes))
    // "References from Council and other Committees/Panels: there were none" says which item had nothing.
    return (
      NONE[kind] ??
      (kind !== "other"
        ? null
        : /^procedural motions\b/i.test(title)
          ? "No procedural motions."
          : /^references\b/i.test(title)
            ? `No ${lowerFirst(title)}.`
            : /^matters arising\b/i.test(title)
              ? "No matters arising."
              : /^membership\b/i.test(title) && /\bnomin/i.test(minutes)
                ? "No nominated members."
                : null)
    );
  if (kind === "declarations") return describeDeclarations(minutes);
  // The Chief Officers' Employment Panel's "Membership": nominees from the formula membership, a row per member.
  if (kind === "other") {
    const nominees = reservesTable(minutes);
    if (nominees) return nominees;
  }
  if (/^arrangement of (?:the )?agenda/i.test(title)) {
    const except = privateItems(minutes);
    if (except) return except;
  }
  if (kind === "reserves") {
    const table = reservesTable(minutes);
    if (table) return table;
    // A table whose cells do not pair up (the page lost one): its cells as printed, without the header.
    const header =
      /\bOrdinary Member\s*(?:\|\s*|\n\s*)+(?:Reserve|Substitute) Member\b(?:\s*(?:\|\s*|\n\s*)+Organisation\b)?/i.exec(
        minutes,
      );
    if (header) {
      const cells = minutes
        .slice(header.index + header[0].length)
        .split(/\s*\|\s*|\s*\n\s*/)
        .map((c) => c.trim().replace(/[.;,]$/, ""))
        .filter((c) => c && !/^\(\d{1,2}\)\s*(?:to )?note\b/i.test(c));
      if (cells.length > 0 && cells.every((c) => /^[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,4}$/.test(c)))
        return `Substitutes (the table as printed): ${cells.map((c) => c.replace(/^(?:Councillors?|Cllrs?)\.? /, "")).join(", ")}.`;
    }
    // "To note the attendance of the following Reserve Members:" with the table lost: say they attended.
    // A table the page cut after its header row ("Ordinary Member | Reserve Member" and no row) says as much.
    const headerOnly = /\bOrdinary Member\s*(?:\|\s*|\n\s*)+Reserve Member\s*$/i.test(minutes);
    if (
      !NAME.test(minutes) &&
      // "the attendance of Lena Moor … as substitute member for Ravi Dutt": named without titles.
      !/\bas (?:a )?(?:substitute|reserve)(?: member)? for [A-Z]/i.test(minutes) &&
      (headerOnly || !/\bOrdinary Member\b/i.test(minutes)) &&
      /\b(?:attendance|attended)\b/i.test(minutes) &&
      !/\bno reserve/i.test(minutes)
    )
      return "Reserve members attended (names not in the minutes).";
  }
  if (kind === "speak") {
    const speakers = speakersTable(minutes);
    if (speakers) return speakers;
  }
  // "The Chair proposed … that the appointment be taken as the first item. RESOLVED: That Cllr A be appointed
  // Vice-Chair": how the item was taken is procedure; who was appointed is the line.
  const resolvedAt = kind === "appointment" ? /\bRESOLVED\s*:/.exec(minutes) : null;
  // "Members therefore proposed that the appointment of a Vice-Chair be deferred until the next meeting", with no
  // resolution: the deferral is the line, not the proposals that came to nothing.
  const deferred =
    kind === "appointment" && !resolvedAt
      ? /\b(appointment|election) of (a|the) ((?:Vice[- ])?Chair(?:man|woman|person)?)\b[^.;]*?\b(?:be|was|were|had been) (?:deferred|held over|postponed) (until|to) the next meeting\b/i.exec(
          minutes,
        )
      : null;
  if (deferred)
    return `${upperFirst(deferred[1]!)} of ${deferred[2]} ${deferred[3]} deferred ${deferred[4]} the next meeting.`;
  // "That Councillor A be appointed Vice-Chairman of the Panel for the Mun": a minute the page cut mid-word, known
  // by a last word that only begins one of the agenda line's ("… for the Municipal Year 2026/27").
  const lastWord = /([A-Za-z]+)$/.exec(minutes)?.[1];
  if (
    kind === "appointment" &&
    lastWord &&
    new RegExp(`\\b${lastWord}[a-z]+`, "i").test(`${item.description ?? ""} ${title}`)
  ) {
    const line = describeStandingItem({ ...item, minutesText: `${minutes}.` });
    return line ? `${brokenOff(line.replace(/\.$/, ""))}` : null;
  }
  const resolution = resolvedAt ? minutes.slice(resolvedAt.index) : "";
  const kept =
    kind === "other" || kind === "apologies"
      ? withoutArrangements(/^(?:an? |the )?welcomes?\b/i.test(title) ? withoutWelcomeFormalities(minutes) : minutes)
      : resolvedAt &&
          resolvedAt.index > 0 &&
          // "Further to the report of the Director, it was RESOLVED: That …": the lead-in says nothing.
          (NAME.test(resolution) ||
            /\b(?:appointed|elected)\b/i.test(resolution) ||
            /\bit was\s*$/i.test(minutes.slice(0, resolvedAt.index)))
        ? resolution
        : minutes;
  if (!kept) return null;
  if (kind === "apologies") {
    // The Leader's account of a hybrid meeting sometimes sits under the apologies: who came to speak goes after them.
    const points = kept.split(/\n\s*\n/);
    const speaking = points.filter((p) => p.startsWith("Also taking part: "));
    const apologies = points.filter((p) => !p.startsWith("Also taking part: ")).join("\n\n");
    if (speaking.length) {
      const also = speaking.map((p) => shortNames(compressStanding(p)).replace(/\.$/, "")).join(" ");
      const sent = apologies ? describeStandingItem({ ...item, minutesText: apologies }) : null;
      return sent ? `${sent} ${ensureStop(also)}` : ensureStop(also);
    }
  }
  const body = kind === "reserves" || kind === "apologies" ? shortNames(namedParts(kept)) : compressAll(kept);
  if (!body) return null;
  // "Procedural Motions: Cllr A would second the amendment …": the title says what the line is about.
  const label =
    (kind === "speak" && /\badvis/i.test(title) ? "Adviser's right to speak" : LABEL[kind]) ||
    (/^procedural motions\b/i.test(title)
      ? "Procedural motions"
      : kind === "other" || kind === "appointment" || kind === "silence"
        ? ""
        : title);
  const agenda = kind === "other" || kind === "appointment" ? agendaBeside(body, item.description) : null;
  const nominated = agenda ? nomination(agenda) : null;
  const beside = nominated ? `, ${nominated}` : agenda ? `; the agenda said ${agenda}` : "";
  return ensureStop(`${label ? `${label}: ${body}` : body}${beside}`);
}

/**
 * "RESOLVED: That all business be considered with the press and public present with the exception of the following
 * item for the reason set out below:-" and its table ("Item", "Reason", "12. Investigation into Complaints", the
 * reason): "All business in public except item 12 (Investigation into Complaints)."; null for any other wording.
 */
function privateItems(minutes: string): string | null {
  const lead =
    /\ball (?:the )?(?:business|items) (?:be|were|was|to be) considered with the press and public present,? with the exception of the following items?\b[^\n]*/i.exec(
      minutes,
    );
  if (!lead) return null;
  const items = minutes
    .slice(lead.index + lead[0].length)
    .split(/\s*\n\s*|\s*\|\s*/)
    .map((c) => /^(\d+[a-z]?)\.?\s+([A-Z].*?)\.?$/.exec(c.trim()))
    .filter((m): m is RegExpExecArray => Boolean(m))
    .map((m) => `item ${m[1]} (${shortTitle(m[2]!)})`);
  if (items.length === 0) return null;
  const list = items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : items[0]!;
  return `All business in public except ${list}.`;
}

/**
 * Harrow's reserves table ("Ordinary Member | Reserve Member", then a row per substitution), as the scraper gives
 * it: rows as lines or paragraphs with their cells joined by " | ", or every cell a paragraph of its own, or the
 * rows run together on one line. "Reserves: Paul Brent for Nina Shah; …", or null when the cells do not pair up.
 */
function reservesTable(text: string): string | null {
  // "[Note: The meeting was also notified … that Councillor A would be attending as a Reserve Member for Councillor
  // B, but Councillor A subsequently did not attend]" after the table: its own sentence, not a cell.
  const note = /\n\s*\[\s*Note:?\s*([^\]]+)\]\.?\s*$/i.exec(text);
  const minutes = note ? text.slice(0, note.index) : text;
  const noted = note
    ? ` ${ensureStop(
        upperFirst(
          compressStanding(note[1]!)
            .replace(
              /^the (?:meeting|committee|panel|board|forum) was (?:also )?(?:notified|informed|advised|told),?(?: during this item,)? that\s+/i,
              "",
            )
            .replace(/\.$/, ""),
        ),
      )}`
    : "";
  const header =
    // The Partnership Board's table has a third column, the member's organisation.
    /\b(?:Ordinary|Original) Member\s*(?:\|\s*|\n\s*)+(Reserve|Nominated|Nominee|Substitute) Member(?: Attending)?\b(?:\s*(?:\|\s*|\n\s*)+(Organisation)\b)?/i.exec(
      minutes,
    );
  if (!header) return null;
  const cells = minutes
    .slice(header.index + header[0].length)
    .split(/\s*\|\s*|\s*\n\s*|\s+(?=(?:Councillors?|Cllrs?)\.? [A-Z])/)
    .map((c) => c.trim())
    .filter(Boolean);
  // "Councillor Kandy Dolor", and the Forum's employee side without a title ("L Ahmed", "Davis Searles").
  const isName = (c: string) =>
    NAME.test(c) || /^[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}$/.test(c.replace(/[.;,]$/, ""));
  const width = header[2] ? 3 : 2;
  if (cells.length === 0 || cells.length % width !== 0 || !cells.every(isName)) return null;
  const name = (cell: string) => cell.replace(/^(?:Councillors?|Cllrs?)\.? /, "").replace(/[.;,]$/, "");
  const pairs: string[] = [];
  for (let i = 0; i < cells.length; i += width)
    pairs.push(`${name(cells[i + 1]!)} for ${name(cells[i]!)}${width === 3 ? ` (${name(cells[i + 2]!)})` : ""}`);
  // "Having received apologies on behalf of Jan Ross, GMB, the Forum noted the attendance of Lee Fox, GMB as a
  // substitute …", before the table: one more who sat for whom.
  const substitute =
    /\bapologies (?:on behalf of|from) (.+?),? the (?:Forum|Committee|Panel|Board) noted the attendance of (.+?) as (?:a )?substitute\b/i.exec(
      minutes.slice(0, header.index).replace(/\s+/g, " "),
    );
  if (substitute) pairs.push(`${substitute[2]} for ${substitute[1]}`);
  return `${/^reserve/i.test(header[1]!) ? "Reserves" : "Nominated members"}: ${pairs.join("; ")}.${noted}`;
}

/**
 * SACRE's "Opening Reflection": who gave it ("Mr A opened the meeting with a spiritual reflection", "This was led by
 * Dr B, who read …"), then anything the meeting decided about them.
 */
function reflection(minutes: string): string | null {
  const [first, ...rest] = minutePoints(minutes).filter(Boolean);
  const text = (first ?? "").replace(/\s+/g, " ").trim();
  const who =
    /^(.+?) (?:opened|began|started) the meeting with (?:a |an )?(?:[a-z]+ )?reflection\b/i.exec(text)?.[1] ??
    /^(?:this|it|the reflection) was (?:led|given|offered) by (.+?)\.?$/i.exec(text)?.[1];
  const more = rest.length ? compressAll(rest.join("\n\n")) : "";
  if (!who) return ensureStop(compressAll(minutes));
  return ensureStop(`Opening reflection: ${who}${more ? `; ${lowerFirst(more)}` : ""}`);
}

/**
 * Who was allowed to speak on which item, from the Panel's table ("Councillor | Agenda Item", then "Manji Kara | 8 –
 * Information Report: Petitions"): "Members' right to speak: Manji Kara (item 8 – Information Report: Petitions)".
 */
function speakersTable(minutes: string): string | null {
  const header = /\bCouncillors?\s*\|\s*Agenda Items?(?:\(s\))?/i.exec(minutes);
  if (!header) return speakersCells(minutes);
  const rows = minutes
    .slice(header.index + header[0].length)
    .split(/\s*\n\s*/)
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) =>
      /^([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3})\s*\|\s*(\d+[a-z]?)\.?\s*(?:[\u2013-]\s*)?(.*)$/.exec(r),
    );
  if (rows.length === 0 || rows.some((r) => !r)) return null;
  const said = rows.map((r) => `${r![1]} (item ${r![2]}${r![3] ? ` \u2013 ${r![3].replace(/[.;]$/, "")}` : ""})`);
  return `${LABEL.speak}: ${said.join("; ")}.`;
}

/**
 * An older page's table with every cell a paragraph of its own, after "… be allowed to speak on the agenda item
 * indicated:" ("Agenda item", then "Councillor Ada Quinn", "Planning applications 2/04 and 2/05"): "Members' right to
 * speak: Ada Quinn (planning applications 2/04 and 2/05)"; null when the cells do not pair a name with an item.
 */
function speakersCells(minutes: string): string | null {
  const lead = /\ballowed to speak on the (?:agenda )?items?(?:\(s\))? (?:indicated|shown|listed)(?: below)?:?/i.exec(
    minutes,
  );
  if (!lead) return null;
  const all = minutes
    .slice(lead.index + lead[0].length)
    .split(/\s*\|\s*|\s*\n\s*/)
    .map((c) => c.trim().replace(/[.;]$/, ""))
    .filter(Boolean);
  const isHeader = (c: string) =>
    /^(?:Councill?ors?|Cllrs?|Members?|Agenda items?(?:\(s\))?|Items?|Planning applications?)$/i.test(c);
  // A "Councillor" header cell puts the names below it without their title ("Irene Vale"); a "Planning Application"
  // one makes a bare "2/04 & 2/05" the applications it names.
  const untitled = all.some((c) => /^(?:Councill?ors?|Members?)$/i.test(c));
  const applications = all.some((c) => /^Planning applications?$/i.test(c));
  const cells = all.filter((c) => !isHeader(c));
  // "… be allowed to speak on the agenda items indicated:" and no table: the page lost who spoke.
  if (all.length === 0) return "Other councillors were allowed to speak (names not in the minutes).";
  if (cells.length === 0 || cells.length % 2 !== 0) return null;
  const said: string[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const who =
      /^(?:Councill?ors?|Cllrs?)\.? ([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3})$/.exec(cells[i]!) ??
      (untitled ? /^([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){1,3})$/.exec(cells[i]!) : null);
    if (!who || NAME.test(cells[i + 1]!)) return null;
    const what = cells[i + 1]!;
    const where =
      applications && /^\d+\/\d+\b/.test(what)
        ? `planning application${/&|,|\band\b/.test(what) ? "s" : ""} ${what}`
        : lowerFirst(what);
    said.push(`${who[1]} (${where})`);
  }
  return `${LABEL.speak}: ${said.join("; ")}.`;
}

/** "the Leader of the Council explained how it would run:": the lead-in to the meeting's arrangements. */
const HOW_IT_RUNS =
  /\b(?:explained|set out|outlined|described) how (?:it|the meeting) would (?:run|be (?:run|conducted|held|managed))\b|\b(?:made|gave) the following clarifications? (?:in relation to|about|on) the conduct of the meeting\b/i;
/** "with Councillors A and B and the Leader in the room", "the other Cabinet members (…) took part online". */
const WHERE_MEMBERS_SAT =
  /\b(?:in the (?:room|chamber)|took part (?:online|remotely|virtually)|(?:attended|joined|participated)(?: the meeting)? (?:online|remotely|virtually))\b/i;
/** "To note the Key Decision Schedule for July to September 2022", "To receive and note how far … had progressed". */
const BARE_NOTING = /^(?:RESOLVED\s*:\s*)?(?:that\s+)?(?:to\s+)?(?:receive and\s+)?note\s+(?:the\s+|how\s+)/i;

/**
 * A welcome's account of how a hybrid meeting ran (who sat in the chamber, who joined online) is attendance, which
 * the meeting's page lists: only who took part to speak, and on what, is kept ("Also taking part: Cllrs A and B (for
 * item 5, Councillor Questions) and Cllr C, to speak on the Overview and Scrutiny Committee's reference on item 9").
 * A resolution that only notes a standing paper ("To note the Key Decision Schedule…") says nothing and goes; what
 * the minute adds beside it stays. Empty when nothing is left.
 */
export function withoutArrangements(minutes: string): string {
  return minutePoints(minutes)
    .map((p) => p.replace(/^[\u00b7\u2022]\s*/, ""))
    .flatMap((p) => {
      if (!p || HOW_IT_RUNS.test(p)) return [];
      // "To note the apologies received from Mr A and Mr B" names somebody, so it is no bare noting.
      if (BARE_NOTING.test(p) && !/£|\d%|\b(?:Councill?ors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b/.test(p)) return [];
      // "Apologies were received from Cllr A as well as from Cllr B who attended virtually": an apology stays.
      if (!WHERE_MEMBERS_SAT.test(p) || /\bapolog(?:y|ies)\b/i.test(p)) return [p];
      if (!/\bspeak\b|\(for item\b/i.test(p)) return [];
      const speaking = p
        .replace(/[;.]\s*(?:and\s*)?$/, "")
        .replace(
          /,?\s+(?:had\s+)?(?:also\s+)?(?:took part|attended|joined|participated)(?: the meeting)? (?:online|remotely|virtually)$/i,
          "",
        )
        .replace(/,?\s+who would be (?:asked|invited) to speak(?: briefly)? on\b/gi, ", to speak on")
        .replace(/(\bon (?:agenda )?item \d+),\s+[^,;()]+$/i, "$1");
      return [`Also taking part: ${speaking}`];
    })
    .join("\n\n");
}

/**
 * A welcome's formalities, sentence by sentence: the Chair welcoming everyone, general announcements, that the meeting
 * was recorded and who else was present say nothing a resident needs; whom the Chair welcomed or thanked by name, and
 * who replaced whom, stay.
 */
function withoutWelcomeFormalities(minutes: string): string {
  return minutes
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .replace(/\s+/g, " ")
        .trim()
        .split(/(?<=[.!?])\s+(?=[A-Z])/)
        .filter(
          (sentence) =>
            !(
              (/\bwelcomed (?:all|everyone|those)\b/i.test(sentence) && !NAME.test(sentence)) ||
              /\b(?:would be|was being|is being|was) (?:audio(?: and video)? |video |live )?(?:recorded|broadcast|webcast|filmed|streamed)\b/i.test(
                sentence,
              ) ||
              /^(?:also )?present (?:at the meeting )?were\b|^also present\b/i.test(sentence)
            ),
        )
        // A sentence to a point, so the council's set phrases are read at the start of each.
        .join("\n\n"),
    )
    .filter(Boolean)
    .join("\n\n");
}

/**
 * "the Conservative Group has notified that Councillor Hitesh Karia should fill the vacancy on the Scrutiny
 * Sub-Committee, with effect from 9 November 2021" -> "nominated by the Conservative Group from 9 November 2021":
 * the member is already named in the line, the committee is the meeting's own.
 */
export function nomination(agenda: string): string | null {
  const m =
    /^(?:the )?([A-Z][\w'\u2019 ]*? Group) (?:has|had) (?:notified|nominated|advised)(?: [\w ]+?)? that (?:Councillor|Cllr) [A-Z][\w'\u2019 -]+? (?:should|would|will|is to) (?:fill|take up) (?:the|a) vacancy(?: on the [^,]+?)?,? (?:with effect )?from (\d{1,2} [A-Z][a-z]+ \d{4})\.?$/.exec(
      agenda.trim(),
    );
  return m ? `nominated by the ${m[1]} from ${m[2]}` : null;
}

/**
 * A bare decision ("welcome Cllr Hitesh Karia as a main Member") with the agenda's sentence about the same person
 * when that sentence says who nominated them or from when ("the Conservative Group has notified that Councillor
 * Hitesh Karia should fill the vacancy …, with effect from 9 November 2021"), its rule reference dropped.
 */
function agendaBeside(body: string, description: string | null): string | null {
  if (!description) return null;
  const surnames = [...body.matchAll(/\b(?:Cllrs?|Councillors?)\.? (?:[A-Z][\w'-]+ )*([A-Z][\w'-]+)/g)].map(
    (m) => m[1]!,
  );
  const sentence = description
    .replace(/\s+/g, " ")
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .find((x) => surnames.some((n) => x.includes(n)));
  if (!sentence) return null;
  // Only when it says who nominated them or from when, which the minute did not ("To note the appointment at the
  // Cabinet meeting on 20 May …" beside a minute that gives the same date says nothing more).
  const dates = sentence.match(/\b\d{1,2} [A-Z][a-z]+ \d{4}\b/g) ?? [];
  if (!dates.some((d) => !body.includes(d)) && !/\bGroup\b/.test(sentence)) return null;
  return sentence.replace(/^(?:Under|In accordance with) [^,]{0,60}\brules? [\d.]+,\s*/i, "").replace(/\.$/, "");
}

/**
 * The associations whose representatives came to the Tenants' and Leaseholders' Forum, one per line after the
 * lead-in, and the count the minute gives ("(In total, 10 Tenants/Representatives attended).").
 */
function representatives(minutes: string): string {
  const lines = minutes
    .replace(REPRESENTATIVES, "")
    .split(/\s*\n\s*/)
    .map((l) => l.replace(/^[\u00b7\u2022-]\s*/, "").trim())
    .filter(Boolean);
  const total = lines
    .map((l) => /\bin total,? (\d+) (tenants?(?:\/representatives?)?|representatives?)\b/i.exec(l))
    .find(Boolean);
  const names = lines.filter((l) => !/\bin total\b/i.test(l)).map((l) => l.replace(/[.;,]$/, ""));
  const count = total ? ` (${total[1]} ${total[2]!.toLowerCase()} in all)` : "";
  return names.length
    ? `Associations represented: ${names.join(", ")}${count}.`
    : `Tenants' and residents' associations were represented${count}.`;
}

/** "Mr Owais Khan Malik of the Shahjalal Islamic Centre is to open the meeting with prayers" -> who led them. */
function prayers(description: string | null): string | null {
  const text = (description ?? "").replace(/\s+/g, " ").trim();
  const who = /^(.+?) (?:is to|will|was to) (?:open|begin|start) the meeting with (?:a )?prayers?\b/i.exec(text)?.[1];
  return who && NAME.test(who) ? `Prayers: ${who} was to open the meeting.` : null;
}

/**
 * Council's "Electronic Voting" item: "That the electronic voting system be used for the votes at this meeting" or the
 * Mayor's word that it would be tried alongside a show of hands. How the meeting voted, said plainly in one line.
 */
function electronicVoting(minutes: string): string | null {
  const text = minutes
    .replace(/\bRESOLVED\s*:?\s*/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (/\b(?:trial|trialled|tried|test|tested|pilot|piloted)\b/i.test(text))
    return `Electronic voting tried at this meeting${/\bshow of hands\b/i.test(text) ? ", alongside a show of hands" : ""}.`;
  if (/\belectronic voting\b[^.]*\b(?:be|would be|was|were) used\b/i.test(text))
    return "Electronic voting used for this meeting's votes.";
  if (/\belectronic voting\b[^.]*\bnot (?:be )?used\b/i.test(text))
    return "Electronic voting not used at this meeting.";
  const body = compressAll(minutes);
  return body ? ensureStop(`Electronic voting: ${body}`) : null;
}

/** The minute of who led the prayers ("X led the prayers", "Prayers were led by X", "X opened the meeting with prayers"). */
function prayersLed(minutes: string): string | null {
  const text = minutes.replace(/\s+/g, " ").trim();
  const who =
    /^(.+?) (?:led|said|offered|gave) (?:the |a )?prayers?\b/i.exec(text)?.[1] ??
    /^(.+?) (?:opened|began|started) the meeting with (?:a )?prayers?\b/i.exec(text)?.[1] ??
    /^(?:the )?prayers? (?:was|were) (?:led|said|offered|given) by (.+?)(?:\.|$)/i.exec(text)?.[1];
  // Clergy go by their own titles (Reverend, Rabbi, Imam, Swami…): any capitalised name of a few words will do.
  return who && /^(?:the )?[A-Z]/i.test(who) && /[A-Z][a-z]/.test(who) && who.split(" ").length <= 20
    ? `Prayers: led by ${lowerFirstThe(who.replace(/[.,;:]+$/, ""))}.`
    : null;
}

const lowerFirstThe = (who: string) => who.replace(/^The\b/, "the");

/** An appointment on the agenda with no minute: say so, with the period it was for, rather than nothing. */
function appointmentOnAgenda(title: string, description: string | null): string | null {
  const period = /\b\d{4}\s*[/-]\s*\d{2,4}\b/.exec(description ?? "")?.[0];
  return `${title.replace(/[.:]$/, "")}${period ? ` for ${period}` : ""}: no decision recorded.`;
}

/** The standing items of a held meeting, one sentence each; a meeting not yet held lists their titles. */
export function foldStandingItems(items: SummaryItem[], held: boolean): string | null {
  if (!held) {
    const titles = items.map((i) => i.title.replace(/\s+/g, " ").trim()).filter(Boolean);
    return titles.length ? `Standing items: ${titles.join("; ")}.` : null;
  }
  const lines = items.map(describeStandingItem).filter((l): l is string => Boolean(l));
  return lines.length ? lines.join("\n") : null;
}
