// A partnership board's list of those present, one line per partner ("Name - Role, Unit, Organisation (note)"), said
// as one line with each partner's role and organisation (docs/summaries.md#a-community-safety-partnerships-minutes).

/** "The following partners were present:", "Present:", "Members present:": the lead-in over the list. */
const LEAD_IN =
  /^(?:(?:the following )?(?:partners|members|representatives|board members|members of the (?:board|partnership))(?: were)? present|present)\s*:-?$/i;
/** "Chief Superintendent Rowena Falconbridge - Borough Commander, …": a title or rank and a name, a dash, the role. */
const ENTRY = /^((?:[A-Z][\w'\u2019.-]*\s){1,5}[A-Z][\w'\u2019-]+)\s+[-\u2013\u2014]\s+(.+)$/;
/** "(Chair)", "(Vice-Chair)": the part a partner took at the meeting, kept; any other note in brackets goes. */
const CHAIR = /\((?:the )?((?:Vice[- ])?Chair(?:man|woman|person)?)\)\s*$/i;

/** A name's title or rank: "Councillor", "Ms", "Chief Superintendent", "Station Commander". */
const TITLE = String.raw`(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor|Reverend|(?:Detective )?(?:Chief )?(?:Superintendent|Inspector|Sergeant|Constable)|(?:Station|Group|Watch|Area|Assistant|Deputy Assistant) Commander|Commander)`;
/**
 * Where the next partner begins in a list printed as one paragraph (the page ran its lines together): a title, a name
 * and the dash before the role.
 */
const NEXT_PARTNER = new RegExp(
  String.raw`\s+(?=${TITLE}\.? (?:[A-Z][\w'\u2019.-]*\s){0,3}[A-Z][\w'\u2019-]+\s+[-\u2013\u2014]\s)`,
  "g",
);

/** "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr" before a partner's name. */
const COURTESY = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?=[A-Z])/;
/** "Officers in attendance: …", "Also present (officers): …": the council's staff, there at every meeting. */
const OFFICERS =
  /^(?:(?:council )?officers? (?:in attendance|present|attending)|(?:also )?in attendance \(officers?\)|also present \(officers?\))\b/i;

/**
 * "The Chair welcomed Dr A, who was attending her first meeting of the Board.": a welcome to a partner the list has
 * named already goes; any other sentence of the paragraph stays.
 */
function withoutListedWelcomed(paragraph: string, partners: string[]): string {
  const surnames = new Set(partners.map((p) => /([A-Z][\w'\u2019-]+)(?=,| \()/.exec(p)?.[1]).filter(Boolean));
  return paragraph
    .replace(/\s+/g, " ")
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .filter((sentence) => {
      const welcomed =
        /^[Tt]he (?:Vice[- ])?Chair(?:man|woman|person)? (?:welcomed|thanked) (?:(?:Councill?or|Cllr|Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?(?:[A-Z][\w'\u2019-]* ){0,2}([A-Z][\w'\u2019-]+)(?=[,. ])/.exec(
          sentence,
        );
      // "welcomed Dr A and Mr B, the new analyst": a welcome that names someone else as well stays.
      return !(
        welcomed &&
        surnames.has(welcomed[1]!) &&
        !/\band (?:Councill?or|Cllr|Mr|Mrs|Ms|Miss|Mx|Dr)\b/.test(sentence)
      );
    })
    .join(" ")
    .trim();
}

/** "Group" | "Commander A - …": a rank split from the rest of its title (both read as a title) joined again. */
function joinTitles(pieces: string[]): string[] {
  const out: string[] = [];
  let carried = "";
  for (const piece of pieces) {
    if (/\s[-\u2013\u2014]\s/.test(piece) || !/^[A-Z][\w.]*(?: [A-Z][\w.]*)?$/.test(piece)) {
      out.push(`${carried}${piece}`);
      carried = "";
    } else carried += `${piece} `;
  }
  if (carried) out.push(carried.trim());
  return out;
}

const OWN_COUNCIL = /^(?:the )?(?:Harrow Council|London Borough of Harrow)$/i;

/** One partner: "Name, Role (Organisation)", the units between role and organisation left out. */
function partner(line: string): string | null {
  const m = ENTRY.exec(line.trim().replace(/[;,.]$/, ""));
  if (!m) return null;
  // "Mr", "Ms", "Dr": a courtesy title says nothing the name and role do not; a rank ("Chief Superintendent") or
  // "Councillor" is part of the role and stays.
  const name = m[1]!.replace(COURTESY, "");
  const chair = CHAIR.exec(m[2]!)?.[1];
  const rest = m[2]!.replace(/\s*\([^()]*\)\s*$/, "").trim();
  const segments = rest.split(/,\s+/).filter(Boolean);
  if (!segments.length) return null;
  // "(Harrow Council)": the Council whose meeting this is goes; a partner's organisation stays
  // (docs/summaries.md#standing-lines-stop-37-round-two).
  const organisation = segments[segments.length - 1]!;
  const own = segments.length > 1 && OWN_COUNCIL.test(organisation);
  const role = segments.length > 1 ? `, ${segments[0]}${own ? "" : ` (${organisation})`}` : ` (${segments[0]})`;
  return `${name}${role}${chair ? `, ${chair}` : ""}`;
}

/**
 * The minute with its list of those present, under a lead-in such as "The following partners were present:", said as
 * one paragraph: "Present: Chief Superintendent A, Borough Commander (Metropolitan Police Service); Station Commander B
 * (London Fire Brigade); …". Each partner keeps the role and the organisation, the first and last parts of what the
 * list prints after the dash; the command units between them, and notes in brackets ("deputising for …") other than
 * who chaired, go. "Cllr A was in the Chair" is dropped when the list marks its Chair. Null when the minute has no such
 * list of at least three partners.
 */
export function partnersPresent(minutes: string): string | null {
  const paragraphs = minutes.split(/\n\s*\n/).map((p) => p.trim());
  for (let i = 0; i < paragraphs.length; i++) {
    const lines = paragraphs[i]!.split(/\n/).map((l) => l.trim());
    // The lead-in on its own paragraph with the list after it, or the lead-in as the list's first line.
    const leadOwn = LEAD_IN.test(lines.length === 1 ? lines[0]! : "") && i + 1 < paragraphs.length;
    const list = (leadOwn ? paragraphs[i + 1]!.split(/\n/) : LEAD_IN.test(lines[0]!) ? lines.slice(1) : []).flatMap(
      (l) => joinTitles(l.trim().split(NEXT_PARTNER)),
    );
    const partners = list.filter(Boolean).map(partner);
    if (partners.length < 3 || partners.some((p) => p === null)) continue;
    const chaired = partners.some((p) => /, (?:Vice[- ])?Chair\w*$/.test(p!));
    const before = paragraphs
      .slice(0, i)
      .filter((p) => !(chaired && /^(?:(?:Councill?or|Cllr)\.? )?[A-Z][^.]{0,120}\bwas in the Chair\.?$/.test(p)));
    const after = paragraphs
      .slice(leadOwn ? i + 2 : i + 1)
      .filter((p) => !OFFICERS.test(p))
      .map((p) => withoutListedWelcomed(p, partners as string[]))
      .filter(Boolean);
    return [...before, `Present: ${partners.join("; ")}.`, ...after].join("\n\n");
  }
  return null;
}
