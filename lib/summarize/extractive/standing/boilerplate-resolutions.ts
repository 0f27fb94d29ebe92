/** BOILERPLATE's first rules (compress.ts): resolutions' lead-ins, minutes approved, who chaired, who stayed or left. */
export const RESOLUTION_RULES: [RegExp, string | ((...args: string[]) => string)][] = [
  [/\bRESOLVED\s*:\s*/g, ""],
  // The forums' and boards' "AGREED:" is their "RESOLVED:".
  [/^\s*AGREED\s*:\s*/, ""],
  // "AGREED: To (1) note the attendance of …; (2) note the apologies received": the number after "To" goes.
  [/^\s*to \(\d{1,2}\)\s+(?=note\b|record\b)/i, "to "],
  // "RESOLVED: That" over a list of its own ("(i) the minutes of …"): the lead-in alone says nothing.
  [/^\s*(to (note|record) (that,?\s*)?|that,?(?:\s+|:?\s*$))/i, ""],
  // "That (1) Councillor A be appointed Chair …; (2) Mrs B … Vice-Chair": the first clause without its number, as the
  // later clauses lose theirs (compress.ts).
  [/^\s*\(1\)\s+(?=[A-Z])/, ""],
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
    /^subject to (?:the )?(?:following |above )?(amendments?|corrections?),?\s*(the minutes of .+?),?\s*(?:be taken as (?:a )?read and signed(?: as)? (?:a )?correct records?|be approved|be agreed)/i,
    // "That subject to the above amendment, the minutes …": the amendment the minute gave before it.
    (_m, what: string, minutes: string) =>
      `${minutes} approved, subject to ${/s$/.test(what) ? "" : /^a/i.test(what) ? "an " : "a "}${what}`,
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
  // "That, having been circulated, the Chair be given the authority to sign the minutes of the meeting held on 21 July
  // 2003 as a correct record when printed in the next Council Bound Minute Volume": the minutes were approved.
  [
    /^(?:having been circulated,?\s*)?the Chair(?:man)? (?:be|was) (?:given|granted) (?:the )?authority to sign (the minutes of .+?),? as (?:a )?correct records?(?: when printed in the next (?:Council )?Bound Minute Volume)?/i,
    "$1 approved",
  ],
  [
    /\bthe (amendments?|corrections?) (?:outlined|set out|shown|given) below\b/gi,
    (_m: string, noun: string) => (/s$/i.test(noun) ? noun : `${/^a/i.test(noun) ? "an" : "a"} ${noun}`),
  ],
  // "That the minutes of the meeting held on 1 May 2007 be agreed as a correct record", "… be agreed subject to the
  // following amendment:" (the Town Centre Forum's wordings): approved, with the amendment after it.
  [/,?\s*\bbe (?:agreed|confirmed|approved) as (?:a |the )?(?:correct|true|accurate) records?\b/gi, " approved"],
  [/^(the minutes of .+?),?\s*\bbe (?:agreed|confirmed|approved)(?=,? subject to\b)/i, "$1 approved"],
  // "the minutes of the Annual Council meeting held on 24 May 2018": which meeting, with its article.
  [
    /^the minutes of the ((?:(?:[A-Z][a-z]+|extraordinary|ordinary|annual|special) )+(?:and (?:[A-Za-z]+ )+)?[Mm]eetings?) held on (.+?) approved\b/,
    "Minutes of the $1 of $2 approved",
  ],
  // "the minutes of the meeting held on 20 January 2005, having been circulated, be taken as read": how they came.
  [/,\s*having been circulated,?(?=\s)/gi, ""],
  [/\bsigned as (a )?correct records?\b/gi, "approved"],
  // "That the minutes … be received and signed as a correct record": an older wording of the same.
  [/,?\s*\bbe (?:received|agreed|confirmed) and approved\b/gi, " approved"],
  // "That it be noted that Dr A shall serve as Chairman of the meeting", "Mr B would serve as Chairman for this
  // meeting": who chaired it.
  // "It be noted that A had stepped down and that B would be an interim Member": both facts, as one clause.
  [/^it be noted that\s+([^;]*?),? and that\b/i, "$1 and"],
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
];
