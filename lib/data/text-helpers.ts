// Small text helpers shared by the read models: initials, role order, the RESOLVED part of a minute.

/**
 * "Grace Mensah, Corporate Director of Children's Services" → { name: "Grace Mensah", jobTitle: "Corporate
 * Director of Children's Services" }: councils list officers with their job after a comma, in the name itself.
 */
export function splitNameAndJob(full: string): { name: string; jobTitle: string | null } {
  const match = /^([^,]+),\s*(\p{Lu}.*)$/u.exec(full.trim());
  if (!match) return { name: full.trim(), jobTitle: null };
  return { name: match[1]!.trim(), jobTitle: match[2]!.trim() };
}

/** Up to two initials for the placeholder avatar, from the name alone: no "Councillor" title, no job title. */
export function initialsOf(full: string): string {
  const words = splitNameAndJob(full)
    .name.replace(/^\s*(councillor|cllr\.?)\s+/i, "")
    .split(/\s+/)
    .filter((w) => /^[A-Za-z\u00C0-\u024F]/.test(w));
  const first = words[0]?.[0] ?? "?";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

const ROLE_RANK: [RegExp, number][] = [
  [/^chair/i, 0],
  [/vice[- ]?chair/i, 1],
  [/^(committee )?member/i, 2],
  [/reserve/i, 4],
];

/** Chair first, then Vice-Chair, members, others, reserves: the order committee pages list people in. */
export function roleRank(role: string | null): number {
  if (!role) return 3;
  for (const [re, rank] of ROLE_RANK) if (re.test(role)) return rank;
  return 3;
}

/** The "RESOLVED: …" part of a minute, the decision a reader is looking for; null when there is none. */
export function extractResolution(minutes: string | null): string | null {
  if (!minutes) return null;
  // "RESOLVED: …", and Harrow's Cabinet recommending to Council: "Resolved to RECOMMEND: to Council that …".
  const at = minutes.search(/\bRESOLVED\b|\bResolved\s+to\s+RECOMMEND\b/);
  if (at < 0) return null;
  const text = minutes.slice(at).trim();
  return text.length > 1500 ? `${text.slice(0, 1500).replace(/\s+\S*$/, "")}…` : text;
}
