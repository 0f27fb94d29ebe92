/** Who an appointment names: a councillor, or a member from outside the council by their own title. */
export const APPOINTEE =
  "(?:Cllrs?|Mr|Mrs|Ms|Miss|Dr|Rev(?:'d|erend)?) [A-Z][\\w'\\u2019.-]*(?: [A-Z][\\w'\\u2019.-]*)*";

/** Where an appointment was made, tersely: "at the meeting of the Cabinet held on 14 May 2026" -> "by Cabinet on 14 May 2026". */
export function appointedWhere(where: string): string {
  return where
    .replace(
      /^at the (?:meeting of (?:the )?(Cabinet|Council)|(Cabinet|Council) meeting)(?: held)? on\b/i,
      (_m, a, b) => `by ${a ?? b} on`,
    )
    .replace(/,?\s+held on\b/gi, " on")
    .replace(/,$/, "");
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
export function agendaBeside(body: string, description: string | null): string | null {
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
  // A line that already names the group ("following notification on behalf of the Labour Group Leader") has it.
  if (!dates.some((d) => !body.includes(d)) && (!/\bGroup\b/.test(sentence) || /\bGroup\b/.test(body))) return null;
  return sentence.replace(/^(?:Under|In accordance with) [^,]{0,60}\brules? [\d.]+,\s*/i, "").replace(/\.$/, "");
}

/** An appointment on the agenda with no minute: say so, with the period it was for, rather than nothing. */
export function appointmentOnAgenda(title: string, description: string | null): string | null {
  const period = /\b\d{4}\s*[/-]\s*\d{2,4}\b/.exec(description ?? "")?.[0];
  return `${title.replace(/[.:]$/, "")}${period ? ` for ${period}` : ""}: no decision recorded.`;
}

/**
 * The line with the body the item's title names after its chair ("Appointment of Chair of the Audit Committee"), when
 * the minute names that body too and the compressed line lost it ("Cllr A appointed Chair for 2018/19").
 */
export function otherBodyChair(title: string, minutes: string, line: string): string {
  const named =
    /\b(?:Vice[- ])?Chair(?:man|woman|person)? of the ((?:[A-Z][\w'\u2019&-]*\s+)+?(?:Committee|Sub-Committee|Panel|Board|Forum))\b/.exec(
      title,
    )?.[1];
  if (!named || line.includes(named) || !minutes.replace(/\s+/g, " ").includes(named)) return line;
  return line.replace(/\b((?:Vice[- ])?Chair(?:man|woman|person)?)\b(?! of\b)/, `$1 of the ${named}`);
}

/**
 * "Councillor A was nominated and seconded. Councillor B was nominated and seconded. Upon these nominations being put
 * to a vote, it was RESOLVED: To appoint Councillor B as Vice-Chair …": the appointment came after a vote, and who
 * else stood is said with it. "Councillors A and B were both nominated …, and following a vote it was" says the same,
 * and "[Note: In agreeing the action set out above, the Chair exercised her second and casting vote]" after the
 * resolution is how the vote went.
 */
export function contested(minutes: string, line: string): string {
  const casting =
    /\[?\s*Note:?\s*In agreeing the (?:action|decision|resolution) set out above,? the (Chair(?:man|woman)?|Mayor) exercised (?:his|her|their) (?:second and )?casting vote\s*\]?\.?/i;
  const castBy = casting.exec(minutes)?.[1];
  if (castBy)
    line = line
      .replace(/[;,]?\s*\\?\[?\s*Note:?\s*In agreeing the (?:action|decision|resolution) set out above\b.*$/i, "")
      .replace(/\s+$/, "");
  const resolved = /\bRESOLVED\s*:/.exec(minutes);
  const before = resolved ? minutes.slice(0, resolved.index).replace(/\s+/g, " ") : "";
  const cast = castBy ? `on the ${castBy}'s casting vote` : "";
  if (!/\bput to (?:a|the) vote\b|\b(?:following|after|upon) (?:a|the) vote\b/i.test(before))
    return cast ? `${line.replace(/\.$/, "")}, ${cast}` : line;
  const nominees = [
    ...before.matchAll(
      /\b(?:Councill?or|Cllr) ([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3}) was (?:duly )?nominated\b/g,
    ),
  ].map((m) => m[1]!);
  // "Councillors Lavingia and Marilyn Ashton were both nominated": the names of the pair.
  const pair =
    /\bCouncill?ors ((?:[A-Z][\w'\u2019-]* ?)+) and ((?:[A-Z][\w'\u2019-]* ?)+?) were (?:both )?(?:duly )?nominated\b/.exec(
      before,
    );
  if (pair) nominees.push(pair[1]!.trim(), pair[2]!.trim());
  const others = [...new Set(nominees)].filter((n) => !line.includes(n));
  const vote = castBy ? `after a vote decided by the ${castBy}'s casting vote` : "after a vote";
  if (nominees.length < 2 || others.length === 0) return cast ? `${line.replace(/\.$/, "")}, ${vote}` : line;
  return `${line.replace(/\.$/, "")}, ${vote} (also nominated: ${others.map((n) => `Cllr ${n}`).join(", ")})`;
}
