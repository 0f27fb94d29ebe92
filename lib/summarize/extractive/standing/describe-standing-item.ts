import { membershipChanges } from "./membership-changes";
import { ATTENDANCE_TITLE, attendanceLine } from "./attendance-item";
import { partnersPresent } from "./partners-present";
import { withoutNoOtherBusiness } from "./no-other-business";
import type { SummaryItem } from "../../types";
import { upperFirst } from "../../text/sentences";
import { tidyMinute } from "../../text/tidy-minute";
import { agendaBeside, appointmentOnAgenda, contested, nomination, otherBodyChair } from "./appointments";
import { apologyNews, besideNone } from "./beside-none";
import {
  electronicVoting,
  prayers,
  prayersLed,
  nomineesAppointed,
  reflection,
  representatives,
  REPRESENTATIVES,
  silenceForDeath,
} from "./ceremonies";
import { compressAll, compressStanding } from "./compress";
import { describeDeclarations } from "./declarations";
import { isClosingTimes } from "../debris";
import { isEmptyMinute } from "./empty-minute";
import { kindOf, LABEL, NONE } from "./kinds";
import { NAME, namedParts, shortNames } from "./names";
import { isBriefQuestionsMinute, questionsTaken } from "./questions";
import { joinBrokenSentences, ordinaryType } from "./raw-minutes";
import { describeMinutesItem } from "./minutes-approval";
import { lateItems, privateItems, reservesTable, speakersTable } from "./tables";
import { withoutArrangements, withoutWelcomeFormalities } from "./welcomes";
import { brokenOff, ensureStop, proceduralResolved } from "./wording";

/**
 * "[Note: Licensing Panel minutes are:- (1) approved following each meeting by the Members serving on that particular
 * occasion …; (2) not submitted to the next panel meeting for approval. Reasons: … a pooled membership …]": a panel's
 * standing note on how its minutes are approved, printed under any item; no news of the meeting.
 */
const POOLED_PANEL_NOTE = /\[\s*Note\s*:?\s*[^\]]*?\bminutes are\b[^\]]*?\bnot submitted to the next\b[^\]]*(?:\]|$)/gi;

/**
 * The lines the printed minutes set after the last item's minute, whatever that item is: when the meeting sat ("(Note:
 * The meeting, having commenced at 6.30 pm, closed at 8.52 pm).") and the Chair's signature. No news of the item.
 */
function withoutClosingLines(minute: string): string {
  const paragraphs = minute.replace(/\s*\(Signed\)[^]*$/i, "").split(/\n\s*\n/);
  const closing = (p: string) =>
    isClosingTimes(
      p
        .trim()
        .replace(/^\(\s*(?:Note\s*:\s*)?/i, "")
        .replace(/\s*\)?\.?\s*\)?\.?$/, ""),
    );
  while (paragraphs.length > 1 && closing(paragraphs[paragraphs.length - 1]!)) paragraphs.pop();
  return paragraphs.join("\n\n").trim();
}

/**
 * One line for a held meeting's standing item, or null when the item records nothing worth a line. `titles` are the
 * meeting's other items' titles by number, for a declaration that names an item by number alone.
 */
export function describeStandingItem(
  item: SummaryItem,
  titles: ReadonlyMap<string, string> = new Map(),
): string | null {
  const title = item.title.replace(/\s+/g, " ").trim();
  // "RESOLVED:  Tha": a minute the page broke off within its first words says nothing.
  // Some boards print "AGREED:" where committees print "RESOLVED:".
  // "CouncillorAnn Lee": a page that ran the title into the name.
  // "Having noted that the report on … had been deferred to July, Cabinet" then "RESOLVED: To note …": the lead-in
  // is a sentence of its own ("Cabinet noted that …"), never a line ending in "Cabinet.".
  const raw = ordinaryType(joinBrokenSentences(withoutClosingLines(tidyMinute(item.minutesText ?? "").trim())))
    .replace(
      /^Having noted that ([^\n]+?),\s*(Cabinet|Council|the [A-Z][\w' -]*?(?:Committee|Panel|Board|Forum))\s*(?=\n|RESOLVED\b)/,
      (_m, what: string, body: string) => `${upperFirst(body)} noted that ${what}.\n\n`,
    )
    .replace(/\bAGREED\s*:/g, "RESOLVED:")
    .replace(/\b(Councill?ors?)(?=[A-Z][a-z])/g, "$1 ")
    .replace(POOLED_PANEL_NOTE, "")
    .trim();
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
  // "The Mayor confirmed to Council that she had appointed Reverend A, Vicar of B, as her Chaplain for her Mayoral Year."
  const chaplain = /\bappointed (.+?),? as (?:his|her|their|the Mayor'?s?) Chaplain\b/i.exec(
    minutes.replace(/\s+/g, " "),
  );
  if (/chaplain/i.test(title) && chaplain) return `Mayor's Chaplain for the year: ${chaplain[1]}.`;
  // "Recording" or "The audio recording of this meeting can be found at the following link:": where to watch it.
  if (/^(?:recording\s*:?\s*$|(?:the )?(?:audio |video )?recording of (?:this|the) meeting\b)/i.test(title)) {
    const url = /https?:\/\/\S+[^\s.,;)]/.exec(`${minutes} ${item.description ?? ""}`)?.[0];
    return url ? `Recording of the meeting: ${url}` : null;
  }
  if (/^opening reflections?\b/i.test(title)) return minutes ? reflection(minutes) : null;
  // "Attendance": who took the decisions and the councillors who came, not the officers (attendance-item.ts).
  if (ATTENDANCE_TITLE.test(title)) return attendanceLine(minutes);
  const nominees = nomineesAppointed(minutes);
  if (nominees) return nominees;
  // "Ms A, Headteacher of B, had been elected by … in place of Mr C, who had retired": who replaced whom.
  const changes = /\bmembership\b/i.test(title) ? membershipChanges(minutes) : null;
  if (changes) return changes;
  // "The meeting, having started at 7.30 pm, ended at 10.14 pm. (Signed) …": when it closed and who signed is no
  // news; anything else the closing minute records (an adjournment, a vote to extend) keeps its line.
  if (/^(?:termination|close) of (?:the )?meeting\b/i.test(title)) {
    // The signature is gone already (withoutClosingLines); the closing time may be the minute's only line.
    const rest = minutes
      .split(/(?<=[.!?])\s+(?=[A-Z(])/)
      .filter((x) => !/\b(?:ended|closed|finished|concluded) at\b|\bthanked\b/i.test(x))
      .join(" ")
      .trim();
    return rest ? ensureStop(rest.replace(/\s+/g, " ")) : null;
  }
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
  // nothing from a minute the page cut before it said so. The reason goes: an exclusion is only ever for confidential or
  // exempt business (docs/summaries.md#standing-lines-stop-36-round-two).
  if (/^exclusion of the press/i.test(title))
    return /\bexcluded\b/i.test(minutes) ? "Press and public excluded." : null;
  // "Protocol for the Operation of the Call-In Sub-Committee": how the hearing will run, which the Chair may recall;
  // that it was noted is the line.
  if (/^(?:protocol|procedure)s? for the (?:operation|conduct) of\b/i.test(title))
    return /\bnoted\b/i.test(minutes) ? `${title} noted.` : null;
  if (/^electronic voting/i.test(title) && minutes) return electronicVoting(minutes);
  if (REPRESENTATIVES.test(minutes) || (minutes && REPRESENTATIVES.test(title))) return representatives(minutes);
  const death = silenceForDeath(minutes);
  if (death) return death;
  // "The Chair asked those present to introduce themselves. The hearing was held in person. …": the procedure is the
  // agenda's, but how the hearing was held (in person, remotely) is a fact of this meeting.
  if (/^licensing procedures?/i.test(title)) {
    const held = /\bhearings? (?:was|were) (?:held|conducted) (in person|remotely|online|virtually)\b/i.exec(minutes);
    return held ? `Hearing held ${held[1]!.toLowerCase()}.` : null;
  }
  if (
    /^(agenda\s*-\s*part|resolved items|recommended items?|for consideration|public notice|licensing procedures?)/i.test(
      title,
    )
  )
    return null;
  if (kind === "questions") {
    const label = title.replace(/s?$/, "s");
    // "Public Questions, Petitions and Deputations": none of any of them.
    if (minutes && isEmptyMinute(minutes)) return `No ${label.toLowerCase().replace(/,? and (?=[^,]*$)/, " or ")}.`;
    // "RESOLVED: To note that one public question had been received and responded to": counted in one line.
    if (!minutes || !isBriefQuestionsMinute(minutes)) return null;
    return questionsTaken(label, minutes);
  }
  if (kind === "minutes") return describeMinutesItem(item, minutes, describeStandingItem);
  if (!minutes) return kind === "appointment" ? appointmentOnAgenda(title, item.description) : null;
  if (kind === "reserves") {
    // "No Reserve Members had been nominated …" then "An apology for absence had been received from …" (or
    // "Apologies for absence had been received from …", without the article): both said.
    const [first, ...rest] = minutes
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (first && rest.length && isEmptyMinute(first)) {
      const others = rest.join(" ");
      const apology =
        /^(?:an? )?apolog(?:y|ies) for absence (?:had been |was |were |had )?(?:received|sent|given) (?:from|by) (.+?)\.?$/i.exec(
          others,
        );
      return `${NONE.reserves} ${apology ? `Apologies: ${shortNames(compressStanding(apology[1]!))}.` : ensureStop(compressAll(others))}`;
    }
  }
  // "It was noted that no apologies had been received and no Reserve Members had been appointed": both said.
  if (
    kind === "reserves" &&
    isEmptyMinute(minutes) &&
    /\bno apolog(?:y|ies)(?: for absence)? (?:had been|have been|were|was) received\b/i.test(minutes)
  )
    return `No apologies. ${NONE.reserves}`;
  // None sent or declared, and something else said after it; the Chair's news after the apologies.
  const aside = besideNone(kind, minutes) ?? (kind === "apologies" ? apologyNews(minutes) : null);
  if (aside) {
    const sent = aside.apologies ? describeStandingItem({ ...item, minutesText: aside.apologies }) : null;
    return [sent, aside.line].filter(Boolean).join(" ");
  }
  if (isEmptyMinute(minutes))
    // "Procedural Motions: there were none" says which item had nothing.
    return (
      NONE[kind] ??
      (kind !== "other"
        ? null
        : /^procedural motions\b/i.test(title)
          ? "No procedural motions."
          : // "References from Council and other Committees/Panels: there were none" is "No references.": where a
            // reference would have come from is not news when none came (docs/summaries.md#standing-lines-stop-37).
            /^references\b/i.test(title)
            ? "No references."
            : /^matters arising\b/i.test(title)
              ? "No matters arising."
              : /^membership\b/i.test(title) && /\bnomin/i.test(minutes)
                ? "No nominated members."
                : null)
    );
  if (kind === "declarations") {
    const declared = describeDeclarations(minutes, titles);
    if (declared) return declared;
    // "It was noted that there were no declarations of interest. However, the Chair provided the following
    // clarification." then why she had none: the minute's first sentence says there were none.
    const first = minutes
      .replace(/\bRESOLVED\s*:\s*/g, "")
      .trim()
      .split(/(?<=[.!?])\s+(?=[A-Z])/)[0];
    return first && isEmptyMinute(first) ? NONE.declarations! : null;
  }
  // The Chief Officers' Employment Panel's "Membership": nominees from the formula membership, a row per member.
  if (kind === "other") {
    const nominees = reservesTable(minutes);
    if (nominees) return nominees;
  }
  if (/^arrangement of (?:the )?agenda/i.test(title)) {
    const except = privateItems(minutes) ?? lateItems(minutes);
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
  // A procedural motion resolved after the chair's reminder of it: what was resolved is the line.
  const procedural = /^procedural motions?\b/i.test(title);
  const resolvedAt = kind === "appointment" || procedural ? /\bRESOLVED\s*:/.exec(minutes) : null;
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
    procedural && resolvedAt && resolvedAt.index > 0
      ? proceduralResolved(resolution)
      : kind === "other" || kind === "apologies"
        ? withoutArrangements(
            /^(?:an? |the )?welcomes?\b/i.test(title)
              ? withoutWelcomeFormalities(partnersPresent(minutes) ?? minutes)
              : (partnersPresent(minutes) ?? (kind === "other" ? withoutNoOtherBusiness(minutes) : minutes)),
          )
        : resolvedAt &&
            resolvedAt.index > 0 &&
            // "Further to the report of the Director, it was RESOLVED: That …": the lead-in says nothing.
            (NAME.test(resolution) ||
              /\b(?:appointed|elected)\b/i.test(resolution) ||
              /\bit was\s*$/i.test(minutes.slice(0, resolvedAt.index)))
          ? resolution
          : minutes;
  if (!kept) return null;
  // "The Clerk reminded members that the chair alternated between the two councils each year …": how the chair is
  // filled in general is no part of who was elected (docs/summaries.md#a-joint-committees-minutes).
  if (kind === "appointment") {
    const told = withoutReminders(kept);
    if (told !== kept) return describeStandingItem({ ...item, minutesText: told });
  }
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
  const compressed = kind === "reserves" || kind === "apologies" ? shortNames(namedParts(kept)) : compressAll(kept);
  // "appointed as the Vice-Chair" is "appointed Vice-Chair"; "Cllr A in the Chair." (the next line of the minute)
  // says who then chaired.
  const body =
    kind === "appointment"
      ? compressed
          .replace(/\b(appointed|elected) as (?:the )?((?:Vice[- ])?Chair(?:man|woman|person)?)\b/g, "$1 $2")
          .replace(/; (Cllr [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3}) in the Chair\b/, "; $1 took the chair")
          .replace(/^(Cllr [^;]+?) (appointed [^;]+); \1 took the chair\b/, "$1 $2 and took the chair")
      : compressed;
  if (!body) return null;
  // "Appointment of Chair of the Audit Committee": an item that names the body whose chair is appointed names
  // another body than the meeting's own (whose chair is "Appointment of Chair"), which the line keeps.
  const said = kind === "appointment" ? contested(minutes, otherBodyChair(title, minutes, body)) : body;
  // "Procedural Motions: Cllr A would second the amendment …": the title says what the line is about.
  const bare = selfExplaining(kind, title, said, procedural && resolvedAt !== null && resolvedAt.index > 0);
  const label = bare
    ? ""
    : (kind === "speak" && /\badvis/i.test(title) ? "Adviser's right to speak" : LABEL[kind]) ||
      (/^procedural motions\b/i.test(title)
        ? "Procedural motions"
        : kind === "other" || kind === "appointment" || kind === "silence"
          ? ""
          : title);
  const agenda = kind === "other" || kind === "appointment" ? agendaBeside(said, item.description) : null;
  const nominated = agenda ? nomination(agenda) : null;
  const beside = nominated ? `, ${nominated}` : agenda ? `; the agenda said ${agenda}` : "";
  // "Apologies: the Chief Executive, and …": after the label the article reads in lower case.
  const listed =
    label && kind === "apologies"
      ? said.replace(/^The\b/, "the")
      : kind === "speak"
        ? said.replace(/\b(on|in relation to) agenda (items?)\b/g, "$1 $2")
        : bare
          ? upperFirst(said)
          : said;
  return ensureStop(`${label ? `${label}: ${listed}` : listed}${beside}`);
}

/**
 * A line that says what it is about without its item's label: "Cllr A allowed to speak on item 2/02" (the right to
 * speak is in "allowed to speak"), and a procedural motion's resolution in plain words ("Rules of debate varied for
 * items 8 to 11; meeting to close by 10.30 pm", `plainMotion`). A line of any other kind keeps its label.
 */
function selfExplaining(kind: string, title: string, said: string, plainMotion: boolean): boolean {
  // An adviser's right to speak says whose right it is ("Adviser's right to speak: …"), which the line does not.
  return (kind === "speak" && !/\badvis/i.test(title) && /\ballowed to speak\b/i.test(said)) || plainMotion;
}

/** "The Clerk reminded members that …", "The Monitoring Officer advised the Committee that …": a reminder of the rules. */
const REMINDER =
  /^(?:The|A) [A-Z][\w'\u2019 -]{0,60}? (?:reminded|informed|advised|explained to|told) (?:the )?(?:members|Members|Committee|Joint Committee|Sub-Committee|Panel|Board|meeting)\b[^]*$/;

/**
 * An appointment minute without the paragraphs that only remind members of the rules: "RESOLVED: That Councillor A be
 * elected Chair for the meeting.\n\nThe Clerk reminded members that, under the Agreement, the chair alternated …" ->
 * its resolution. A minute with nothing else is returned as it was.
 */
export function withoutReminders(minutes: string): string {
  const paragraphs = minutes.split(/\n\s*\n/);
  const kept = paragraphs.filter((p) => !REMINDER.test(p.trim()));
  return kept.length && kept.length < paragraphs.length ? kept.join("\n\n") : minutes;
}
