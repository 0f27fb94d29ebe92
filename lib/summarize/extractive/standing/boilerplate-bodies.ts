import { APPOINTEE, appointedWhere } from "./appointments";

/**
 * BOILERPLATE's last rules (compress.ts): the meeting's own body, minutes' dates, interests, corrections, procedure
 * rules, appointments noted, who replaced whom.
 */
export const BODY_RULES: [RegExp, string | ((...args: string[]) => string)][] = [
  // "To note that the appointment of Councillor A, with effect from 15 March 2026, as a Member of the Panel in place of
  // Councillor B, in accordance with Council Procedure Rule 1.5 and following notification on behalf of the Labour
  // Group Leader": who replaced whom and from when; the rule is the clerk's.
  [
    new RegExp(
      `^(?:that )?the appointment of (${APPOINTEE}), with effect from (\\d{1,2} [A-Z][a-z]+ \\d{4}), as (?:a |an )?(Member|Reserve Member)(?: of the (?:Committee|Sub-Committee|Panel|Board|Forum))?\\s+(?:in place of|for) (${APPOINTEE}),?(?: in accordance with (?:Council|Committee) Procedure Rule [\\d.]+)?(?:,? and)?,?\\s*(following notification [^.;]+)?\\.?$`,
      "i",
    ),
    (_m, who: string, from: string, role: string, instead: string, why?: string) =>
      `${who} appointed a ${role} in place of ${instead} from ${from}${why ? `, ${why}` : ""}`,
  ],
  // "In accordance with Council Procedure Rule 1.5, the Conservative Group have given notice that Councillor A be
  // appointed to the vacancy … (with effect 9 November 2021)": who was appointed, from when, on whose notice.
  [
    /^(?:in accordance with (?:Council|Committee) Procedure Rule [\d.]+,\s*)?the ([A-Z][\w'\u2019 -]*? Group) (?:have|has|had) given notice that (Cllrs? [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*) (?:be |was |were )?appointed(?:,?\s+to (?:the|a) vacancy on the [A-Z][\w'\u2019 -]*?(?:Committee|Sub-Committee|Panel|Board|Forum))?\s*(?:\(with effect (?:from )?(\d{1,2} [A-Z][a-z]+ \d{4})\))?/i,
    (_m, group: string, who: string, from?: string) =>
      `${who} appointed${from ? ` from ${from}` : ""} (notice from the ${group})`,
  ],
  [/^Cllrs? ([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*) (?:chair|chaired) the\b.*$/, "Chair: $1"],
  [/\bwas appointed\b/gi, "appointed"],
  [/\b(of|to) (?:the|this) (Committee|Sub-Committee|Panel|Board|Forum)\b(?= for|\.|$)/g, ""],
  // A body's name holds no appointment: "of the Trade Union Side, as Chair and Cllr B as Vice-Chair of the … Forum"
  // is no name to drop, nor "of the Committee, be appointed Chair of the Standards Committee" (who was appointed and
  // to what, after a member's role on the Committee), nor a list of people ("of the Board, and from Ms B, an employer
  // representative on the Board" names Ms B).
  [
    /\b(of|to) the [A-Z](?:(?! as |,? (?:be )?(?:appointed|elected) |,? and from | (?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr) [A-Z])[\w,'\u2019 &-])*?(Committee|Sub-Committee|Panel|Board|Forum)( [Hh]earing)?( \([A-Z]{2,}\))?(?= for|\.|$)/g,
    "",
  ],
  // "Vice-Chairman of the SACRE for …", "Chairman of the Standing Advisory Council for Religious Education for the
  // Municipal Year …": the chair of the meeting's own body, which the summary's title names.
  [/\b((?:Vice-)?Chair(?:man|woman|person)?) of the [A-Z]{3,}(?= for\b)/g, "$1"],
  [
    /\b((?:Vice-)?Chair(?:man|woman|person)?) of the (?:[A-Z][\w'\u2019-]*|for|on|and|of) (?:(?:[A-Z][\w'\u2019-]*|for|on|and|of) )*?(?:Council|Committee) (?:for|on) [A-Z][\w ]*?[A-Z][a-z]+(?: \([A-Z]{2,}\))?(?= for (?:the )?(?:remainder of (?:the )?)?(?:Municipal Year|\d{4}))/g,
    "$1",
  ],
  // "for the remainder of the Municipal Year 2026/27", "… of the 2026/27 Municipal Year": the rest of the year.
  [
    /\bfor the remainder of (?:the )?(?:Municipal Year )?(\d{4}[/-]\d{2,4})(?: Municipal Year)?\b/gi,
    "for the rest of $1",
  ],
  // "following the resignation of Councillor A from the Panel": the meeting's own body, which the summary's title names.
  [/(\bresignation of [^,;.]+?) from the (?:Committee|Sub-Committee|Panel|Board|Forum)\b/g, "$1"],
  // "following the resignation of Councillor A", "… of the previous Chair": who resigned, said as a verb ("after
  // Cllr A resigned"); a resignation said with when or where it happened keeps its words.
  [
    /\bfollowing the resignation of ((?:the (?:previous|former|outgoing) [A-Z][\w-]*)|(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr) [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3})(?=[,;.]|$)/g,
    "after $1 resigned",
  ],
  // "To note that Councillor A had been appointed Vice-Chair …": an appointment the minute notes, said as made.
  [
    /\b((?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr) [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3}) had been (appointed|elected)\b/g,
    "$1 $2",
  ],
  // "… appointed Vice-Chair for …, in place of Councillor B, who had left the Panel in January 2026": whom the member
  // replaced; why that seat was free (left, resigned, stood down) is no name or outcome of this meeting.
  [
    /(?<=\b(?:appointed|elected)\b[^;]*?),? (?:in place of|for) ((?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr) [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3}),? who had (?:left|resigned|stood down|stepped down)\b[^;.]*/g,
    ", replacing $1",
  ],
  // "Minute's silence for former Cllr A, who represented Roxeth ward from 1998 to 2010 and died on 3 February 2026":
  // the ward and years in brackets after the name, when the member died kept; "and has died" is what the silence says.
  [
    /(?<=\bsilence for [^;]*?),? who (?:had )?represented (?:the )?([A-Z][\w'\u2019 -]*? [Ww]ard) from (\d{4}) (?:to|until) (\d{4})(?:,? and (?:has |had )?(died\b[^;.]*|passed away\b[^;.]*))?/g,
    (_m, ward: string, from: string, to: string, died?: string) =>
      ` (${ward}, ${from} to ${to})${died && /\d/.test(died) ? `, who ${died}` : ""}`,
  ],
  // "Minute's silence for the late Cllr A": a silence for a person says that they died
  // (docs/summaries.md#page-openings-stop-35).
  [/(?<=\bsilence for )the late (?=\S)/gi, ""],
  // "in memory of A, and of B": once "in memory of" is said as "for", the second person's "of" goes with it ("Minute's
  // silence for A, and B, a long-serving member of staff"), never "for A, and of B"
  // (docs/summaries.md#read-as-a-resident-stop-36).
  [/(?<=\bsilence for [^;]*?,?) and of (?=[A-Z])/g, " and "],
  // "To note that the next meeting of SACRE would be held on 14 July 2026", "… will take place on …": the date. So is
  // "That the next meeting of the Board be held on 23 April 2026", the resolution that sets it
  // (docs/summaries.md#a-community-safety-partnerships-minutes).
  [
    /^(?:to note )?(?:that )?the next meeting(?: of [^,;.]+?)? (?:(?:would|will|is to|was to) (?:be held|take place)|be held) on (?=\S)/i,
    "Next meeting: ",
  ],
  // "for 2004/2005 Municipal Year" (without "the") too.
  [/\bfor (?:the )?(Municipal Year )?(\d{4}[/-]\d{2,4})( Municipal Year)?\b/gi, "for $2"],
  // "the minutes of the meeting of the Chief Officers' Employment Panel held on 7 April 2026", "… of the Committee held
  // on …": the panel is this one.
  [
    /^the minutes of the meetings? of the (?:[A-Z][\w'\u2019 -]*? )?(?:Panel|Committee|Sub-Committee|Board|Forum) held on\b/,
    "the minutes of the meeting held on",
  ],
  // "the minutes of the meetings held on Friday 25 January 2019 and Friday 28 June 2019": the dates, not the weekdays.
  [
    /^(the minutes of the meetings? held on )(.+?)(?= be taken\b| be signed\b| approved\b| be approved\b|$)/i,
    (_m, lead: string, dates: string) =>
      `${lead}${dates.replace(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?=\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4})/g, "")}`,
  ],
  // "the minutes of the meetings held on 21 March 2024", "… held on the 9 May 2026": one meeting, its date.
  [
    /^the minutes of the meetings? held on (?:the )?(?=\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}(?: and \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4})? (?:be taken|approved))/,
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
  // be received in respect of item 2/03 and 2/06 on the list of planning applications"; also "under Committee
  // Procedure Rule 29 …, representations be received on items 1/01 and 2/03 …"
  [
    /^(?:in accordance with (?:the provisions of )?|under )((?:Committee|Council|Executive) Procedure Rule [\d.]+)(?: \([^)]*\))?,\s*representations be received (?:in respect of|on) items? (.+?)(?: on the list of planning applications)?\.?$/i,
    // The rule the representations were received under is the clerk's, as for an appointment below
    // (docs/summaries.md#standing-lines-stop-37-round-two).
    (_m, _rule: string, which: string) =>
      `Representations received on item${/\band\b|,/.test(which) ? "s" : ""} ${which}`,
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
  // "… for the remainder of the 2004/05 Municipal Year following the re-establishment by Council of the Committee at
  // its meeting held on 21 October 2004": when and by whom the committee was set up again, said once.
  [
    /\s+following the re[-?]?establishment by (Council|Cabinet) of the (?:Committee|Sub-Committee|Panel|Board|Forum)(?: at its meeting)?(?: held)? on (\d{1,2} [A-Z][a-z]+ \d{4})/gi,
    " following its re-establishment by $1 on $2",
  ],
  // "To note the appointment under the provisions of Council Procedure Rule 1.1 (xii) of Councillor A as the Chair …,
  // as agreed at the Annual Council Meeting held on …": the rule goes, and "as agreed" before where it was made.
  [
    /^(the appointment),?\s+under the provisions of (?:Council|Committee|Executive|Cabinet) [Pp]rocedure [Rr]ules? [\d.]+(?: ?\([ivx]+\))?,?\s+(?=of )/i,
    "$1 ",
  ],
  [/^(the appointment\b.*?),?\s+as agreed(?= (?:at|by) )/i, "$1"],
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
      `^the appointment of (${APPOINTEE}) as (.+?)(?: (?<!re[-?]?establishment )((?:at|by) (?:the )?[A-Z].+?))?(?:,?\\s+be noted)?\\.?$`,
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
  // "the notes of the informal meeting … be noted": what was done (after the appointments above, which say it their way).
  [/(?<!\b(?:would|will|shall|should|could|may|might|must|to|not) )\bbe noted\b/gi, "noted"],
  // "To note that the Addendum and Supplemental Addendum be received": what was done.
  [/(?<!\b(?:would|will|shall|should|could|may|might|must|to|not) )\bbe (received|accepted)\b(?! and)/gi, "$1"],
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
  // "The Chairman requested that it was minuted that there were no Leaseholder representatives …": the fact itself.
  [
    /^the (?:Chair|Chairman|Chairwoman|Vice-Chair(?:man)?) (?:requested|asked) that it (?:was|be|should be) minuted that\s+/i,
    "",
  ],
  [
    /^((?:[A-Z][\w ]*? )?Procedure Rule [\d.]+) be suspended to (?:enable|allow|permit) (the (?:recording|filming|photographing|broadcasting)\b.*)$/i,
    "$1 suspended to allow $2",
  ],
  [/[;,]\s*and\s*$/i, ""],
];
