import { SILENCE_ASKED } from "./boilerplate-attendance";
import { compressAll, minutePoints } from "./compress";
import { NAME } from "./names";
import { ensureStop, lowerFirst } from "./wording";

/**
 * A minute that only records a minute's silence ("A minute of silence was observed in memory of A"), printed under an
 * item titled with the name of whom it remembered: standing business, whatever the title.
 */
/** "The Committee observed a minute's silence in her memory", "The Panel stood for a minute's silence in memory of …". */
const SILENCE_KEPT =
  /\b(?:observed|stood (?:for|in)|held|kept) (?:a|one) minute['\u2019]?s? (?:of )?silence\b|\b(?:a|one) minute['\u2019]?s? (?:of )?silence (?:was|were) (?:observed|held|kept)\b/i;

export function isSilenceMinute(minutes: string): boolean {
  const text = minutes.replace(/\s+/g, " ").trim();
  if (
    text.length <= 300 &&
    /^(?:RESOLVED:?\s*)?(?:a|one) minute'?s? (?:of )?silence (?:was|were) (?:observed|held|kept)\b[^.]*\.?$/i.test(text)
  )
    return true;
  // "Having opened the meeting, the Chairman requested the Committee to observe a minute's silence in memory of …",
  // then "Following a minute's silence, the Chairman and the Vice-Chairman paid tribute to …": the silence and the
  // tributes after it, and nothing else.
  const [first, ...rest] = text.split(/(?<=\.)\s+(?=[A-Z])/);
  if (
    text.length <= 700 &&
    SILENCE_ASKED.test(first ?? "") &&
    rest.every((sentence) => /\bpaid (?:their )?tributes? to\b|\btributes? (?:was|were) paid\b/i.test(sentence))
  )
    return true;
  // "Members were informed that A, a former Councillor, had died recently. Councillors B and C paid tribute to her
  // … The Committee observed a minute's silence in her memory. Members asked that their condolences be conveyed to
  // her husband." "The Panel stood for a minute's silence in memory of Councillor A, former Chair of the Panel, who
  // had passed away in January.": the death, the tributes, the silence and the condolences, and nothing else.
  const sentences = [first ?? "", ...rest];
  return (
    text.length <= 700 &&
    sentences.some((x) => SILENCE_KEPT.test(x)) &&
    sentences.every(
      (x) =>
        SILENCE_KEPT.test(x) ||
        /\b(?:had )?(?:died|passed away)\b|\bdeath of\b|\bpaid (?:their (?:own )?)?tributes? to\b|\btributes? (?:was|were) paid\b|\bcondolences\b/i.test(
          x,
        ),
    )
  );
}

/**
 * "The Leader of the Council welcomed Ann Lee, the newly appointed Director of Finance, to her first Cabinet meeting.
 * A warm welcome was given to Ann by all Councillors present.": a welcome, standing business under any title (older
 * agendas title it with the person's name).
 */
export function isWelcomeMinute(minutes: string): boolean {
  const text = minutes.replace(/\s+/g, " ").trim();
  if (!text || text.length > 400) return false;
  const sentences = text.split(/(?<=[.!])\s+(?=[A-Z])/);
  return sentences.every((s) =>
    /^(?:The (?:Leader(?: of the Council)?|Chair(?:man)?|Mayor|Vice-Chair(?:man)?)|Council|Cabinet|The (?:Committee|Panel|Board|Forum))(?: also)? (?:welcomed|extended a (?:warm )?welcome to)\b|^(?:A|An) (?:warm |very warm )?welcome was (?:given|extended)\b/.test(
      s,
    ),
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

/**
 * SACRE's "Opening Reflection": who gave it ("Mr A opened the meeting with a spiritual reflection", "This was led by
 * Dr B, who read …"), then anything the meeting decided about them.
 */
export function reflection(minutes: string): string | null {
  const [first, ...rest] = minutePoints(minutes).filter(Boolean);
  const text = (first ?? "").replace(/\s+/g, " ").trim();
  const opened = /^(.+?) (?:opened|began|started) the meeting with (?:a |an )?(?:[a-z]+ )?reflection\b(.*)$/i.exec(
    text,
  );
  const who = opened
    ? withAppositive(opened[1]!) + reflectionTheme(opened[2]!)
    : /^(?:this|it|the reflection) was (?:led|given|offered) by (.+?)\.?$/i.exec(text)?.[1];
  const more = rest.length ? compressAll(rest.join("\n\n")) : "";
  if (!who) return ensureStop(compressAll(minutes));
  return ensureStop(`Opening reflection: ${who}${more ? `; ${lowerFirst(more)}` : ""}`);
}

/**
 * "Mrs A, a Hindu member of SACRE," (who gave the reflection, with the words that say whom they speak for): the name
 * with its description in brackets, "Mrs A (a Hindu member of SACRE)".
 */
function withAppositive(who: string): string {
  const described = /^([^,]+), ((?:a|an|the) [^,]+),?$/i.exec(who.trim());
  return described ? `${described[1]} (${described[2]})` : who.trim().replace(/,$/, "");
}

/** " on Holi, the festival of …": what the reflection was on, to its first comma (", on Holi"); "" when not said. */
function reflectionTheme(after: string): string {
  const theme = /^\s+(?:on|about|for) ([^,;.]+)/i.exec(after)?.[1]?.trim();
  return theme ? `, on ${theme}` : "";
}

/** "The Chair welcomed the representatives …": a courtesy the forum's first item records, not business. */
const isChairWelcome = (line: string) => /^The Chair(?:man|person)? welcomed\b/i.test(line);

/**
 * A line of the forum's first item that is a sentence (a verb: "were also in attendance", "asked that it be minuted",
 * "be allowed to speak"), not an association's name.
 */
const isRepresentativesSentence = (line: string) =>
  /\b(?:was|were|be|been|is|are|had|has|asked|requested|attended|welcomed|noted)\b/i.test(line);

/**
 * "RESOLVED: That all representatives in attendance be allowed to speak on all agenda items during the meeting.":
 * the forum's leave for the associations to speak, said in a few words. Null for any other line.
 */
function leaveToSpeak(line: string): string | null {
  const leave =
    /^(?:RESOLVED:?\s*)?That (all )?(?:the )?representatives\b[^.]*?\bbe (?:allowed|permitted|able) to speak\b/i.exec(
      line,
    );
  if (!leave) return null;
  return leave[1] ? "All representatives allowed to speak." : "Representatives allowed to speak.";
}

/** "Association" -> "Associations", "Society" -> "Societies": the kind several associations share, said for all. */
const plural = (word: string) =>
  /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : /s$/.test(word) ? word : `${word}s`;

/**
 * Associations whose names end in the same kind ("Oakfield Tenants' and Residents' Association", "Mill Lane Tenants'
 * and Residents' Association"), listed with the kind said once where the first of them stood: "Oakfield and Mill Lane
 * Tenants' and Residents' Associations". The kind is the ending of two words or more that saves the most words; every
 * association keeps its own name, and a list with no shared kind is as printed.
 */
export function kindSaidOnce(names: readonly string[]): string[] {
  const split = names.map((n) => n.split(" "));
  let best: { kind: string; size: number; saved: number } | null = null;
  for (const words of split)
    for (let size = 2; size < words.length; size++) {
      const kind = words.slice(-size).join(" ");
      const sharing = split.filter((w) => w.length > size && w.slice(-size).join(" ") === kind).length;
      const saved = (sharing - 1) * size - 1;
      if (sharing > 1 && saved > (best?.saved ?? 0)) best = { kind, size, saved };
    }
  if (!best) return [...names];
  const { kind, size } = best;
  const own = split
    .filter((w) => w.length > size && w.slice(-size).join(" ") === kind)
    .map((w) => w.slice(0, -size).join(" "));
  const words = kind.split(" ");
  const together = `${own.slice(0, -1).join(", ")} and ${own.at(-1)!} ${[...words.slice(0, -1), plural(words.at(-1)!)].join(" ")}`;
  const first = names.findIndex((n) => n.endsWith(` ${kind}`));
  return names.flatMap((n, i) => (i === first ? [together] : n.endsWith(` ${kind}`) ? [] : [n]));
}

/**
 * The associations whose representatives came to the Tenants' and Leaseholders' Forum, one per line after the
 * lead-in, and the count the minute gives ("(In total, 10 Tenants/Representatives attended).").
 */
export function representatives(minutes: string): string {
  const lines = minutes
    .replace(REPRESENTATIVES, "")
    .split(/\s*\n\s*/)
    .map((l) => l.replace(/^[\u00b7\u2022-]\s*/, "").trim())
    .filter(Boolean);
  const total = lines
    .map((l) => /\bin total,? (\d+) (tenants?(?:\/representatives?)?|representatives?)\b/i.exec(l))
    .find(Boolean);
  // "Residents from Wesley Close and Horn Buckle Close were also in attendance.": who else came, a sentence of its own;
  // so is any other sentence the minute goes on with, and the leave to speak is said short.
  const spoken = lines.filter((l) => !/\bin total\b/i.test(l) && !isChairWelcome(l));
  const also = spoken.filter((l) => isRepresentativesSentence(l));
  const names = spoken.filter((l) => !also.includes(l)).map((l) => l.replace(/[.;,]$/, ""));
  const count = total ? ` (${total[1]} ${total[2]!.toLowerCase()} in all)` : "";
  const more = also.map((l) => ` ${ensureStop(leaveToSpeak(l) ?? l)}`).join("");
  return names.length
    ? `Associations represented: ${kindSaidOnce(names).join(", ")}${count}.${more}`
    : `Tenants' and residents' associations were represented${count}.${more}`;
}

/**
 * "Members were informed that A, a former Councillor for B Ward, had died recently. Councillors C and D paid tribute
 * to her … The Committee observed a minute's silence in her memory. Members asked that their condolences be
 * conveyed to her husband.": "Minute's silence for A, a former Councillor for B Ward, who had died recently; Cllrs C
 * and D paid tribute …; Members asked …". Null for other minutes, and for a death the minute does not announce so.
 */
export function silenceForDeath(minutes: string): string | null {
  const text = minutes.replace(/\s+/g, " ").trim();
  if (!isSilenceMinute(text)) return null;
  const sentences = text.split(/(?<=\.)\s+(?=[A-Z])/);
  const death =
    /^(?:Members (?:were informed|heard|learned)|The (?:Committee|Sub-Committee|Panel|Board|Forum|Council) (?:was|were) (?:informed|told)|It was reported) that (.+?),? had (died|passed away)\b(.*?)\.?$/i;
  const announced = sentences.map((x) => death.exec(x)).find(Boolean);
  if (!announced) return null;
  // "Rose Tanner, who had represented Kenton East until 2010," is described already: when she died goes in brackets.
  const who = /,\s*who\b/.test(announced[1]!)
    ? `${announced[1]} (${announced[2]}${announced[3]})`
    : `${announced[1]}, who had ${announced[2]}${announced[3]}`;
  const rest = sentences
    .filter((x) => !death.test(x) && !SILENCE_KEPT.test(x))
    .map((x) => compressAll(x).replace(/\.$/, ""))
    // "…; condolences were to be sent to her family": a clause of the line, never a name, goes in lower case.
    .map((x) => (/^(?!(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr)\b)[A-Z][a-z]+ [a-z]/.test(x) ? lowerFirst(x) : x));
  return ensureStop([`Minute's silence for ${who}`, ...rest].join("; "));
}

/** "Mr Owais Khan Malik of the Shahjalal Islamic Centre is to open the meeting with prayers" -> who led them. */
export function prayers(description: string | null): string | null {
  const text = (description ?? "").replace(/\s+/g, " ").trim();
  const who = /^(.+?) (?:is to|will|was to) (?:open|begin|start) the meeting with (?:a )?prayers?\b/i.exec(text)?.[1];
  return who && NAME.test(who) ? `Prayers: ${who} was to open the meeting.` : null;
}

/**
 * Council's "Electronic Voting" item: "That the electronic voting system be used for the votes at this meeting" or the
 * Mayor's word that it would be tried alongside a show of hands. How the meeting voted, said plainly in one line.
 */
export function electronicVoting(minutes: string): string | null {
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
export function prayersLed(minutes: string): string | null {
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

/** "RESOLVED: To appoint the following nominees as members of …:", then the members (after a welcome, if any). */
const NOMINEES_APPOINTED =
  /(?:^|\n)\s*(?:RESOLVED:?\s*)?To appoint the following (?:nominees|persons|people|representatives) as (?:new )?members of [^:\n]+:-?\s*/i;

/**
 * SACRE's new members, "Mr A (nominated by the B Synagogue to replace Mrs C as a Jewish member, Group A)" a line each
 * (or run together on one line, as the page prints them): one entry each, who nominated them and their group, "New
 * members appointed: Mr A (nominated by the B Synagogue, Group A); …", as boilerplate-attendance.ts says a list of
 * them. Whom they replace and the faith the group already says are left to the minute. Null for any other minute.
 */
export function nomineesAppointed(minutes: string): string | null {
  const head = NOMINEES_APPOINTED.exec(minutes);
  if (!head) return null;
  const entries = minutes
    .slice(head.index + head[0].length)
    .split(/\n+|(?<=\))\s+(?=[A-Z])/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(.+?)\s*\(nominated by (.+?)(?: (?:to replace|as|in place of) [^,)]+)?(, Group [A-D])?\)$/.exec(line);
      return m ? `${m[1]} (nominated by ${m[2]}${m[3] ?? ""})` : line;
    });
  return entries.length ? `New members appointed: ${entries.join("; ")}.` : null;
}
