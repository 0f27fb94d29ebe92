/**
 * "RESOLVED: That the following declarations made … in relation to agenda item 6 of the published agenda, <title>, be
 * noted:" over points "Councillor A: (Non-Pecuniary Interest) – Lived on Elm Road …": the item as a header, each point
 * as a declaration ("Councillor A declared a non-pecuniary interest in that lived on Elm Road …"). Other text as it was.
 */
export function labelledDeclarations(text: string): string {
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
export function interestTable(text: string): string {
  const cells = text
    .split(/\s*\|\s*|\n\s*\n/)
    .map((c) => c.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  if (!cells.some((c) => /^Nature of Interest$/i.test(c))) return text;
  const out: string[] = [];
  let member: string | null = null;
  // "Member | Nature of Interest" without an agenda item: each member's row lists the bodies they have an interest
  // in ("Councillor Arnold", then "Harrow in Europe", "Citizen's Advice Bureau"), one declaration a member.
  const bodies = !cells.some((c) => /^Agenda Item$/i.test(c)) ? new Map<string, string[]>() : null;
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
    if (bodies && member && !/\b(?:declared|indicated)\b/i.test(cell) && !/^RESOLVED\b/i.test(cell)) {
      if (!bodies.has(member)) out.push(member);
      bodies.set(member, [...(bodies.get(member) ?? []), cell.replace(/[.;,]$/, "")]);
      continue;
    }
    // "Councillor Bob Currie", then "Declared a personal interest in that …": the cell goes on from the name.
    const said = member
      ? (/^The (?:Members?|Councill?ors?)\b(.*?)\b(?:indicated|declared)\b/i.exec(cell) ??
        /^()(?:Declared|Indicated)\b/.exec(cell))
      : null;
    out.push(said ? `${member}${said[1] || " "}declared${cell.slice(said[0].length)}` : cell);
    if (said) member = null;
  }
  return out.map((p) => (bodies?.has(p) ? `${p} declared an interest: ${bodies.get(p)!.join(", ")}.` : p)).join("\n\n");
}
