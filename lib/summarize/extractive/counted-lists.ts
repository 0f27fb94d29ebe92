// A list counted after a colon, said in minutes held to words (docs/summaries.md#long-minutes-round-six): "five were
// rated red: the schools deficit, temporary accommodation, …, cyber security, and staffing" keeps its count and the
// names the meeting went on to take up, "…, among them temporary accommodation and cyber security", rather than every
// name, or four names after "five".
import { numberWordValue } from "../text/number-words";
import { subjectWords } from "./answer-lists";

/** "… of which five were rated red: A, B, C, D, and E.": the words before the colon (with the count) and the list. */
const COUNTED = /^(.*\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)\b[^:;\d]{0,80}?):\s+([^:;]+?)\.$/i;

/** The names of a list, split at its commas ("A, B, C, and D"; "A, B and C"). */
function listNames(list: string, count: number): string[] | null {
  const names = list.split(/,\s+/).map((n) => n.replace(/^(?:and|or)\s+/, "").trim());
  if (names.length === count) return names;
  // "A, B and C": the last two are joined by "and" without a comma.
  const last = names.pop()!;
  const pair = last.split(/\s+and\s+/);
  if (pair.length === 2 && names.length + 2 === count) return [...names, ...pair];
  return null;
}

/**
 * `text` with a list counted after its colon said by its count and the names the meeting took up (`others`: the
 * discussion and the decision; a name shares its subject words with them), when some but not all were taken up:
 * "Three audits had been given limited assurance: the repairs contract, agency pay, and fuel cards." beside a
 * question on the repairs contract -> "Three audits had been given limited assurance, among them the repairs
 * contract." Unchanged otherwise: the count, and every name kept, stay true.
 */
export function countedListTakenUp(text: string, others: readonly string[], title: string): string {
  const m = COUNTED.exec(text.trim());
  if (!m) return text;
  const count = numberWordValue(m[2]!) ?? Number(m[2]);
  const names = listNames(m[3]!, count);
  if (!names) return text;
  const taken = new Set(others.flatMap((o) => [...subjectWords(o, title)]));
  const kept = names.filter((n) => {
    const own = [...subjectWords(n, title)];
    return own.length > 0 && own.filter((w) => taken.has(w)).length >= Math.min(2, own.length);
  });
  if (kept.length === 0 || kept.length === names.length) return text;
  const joined = kept.length === 1 ? kept[0]! : `${kept.slice(0, -1).join(", ")} and ${kept[kept.length - 1]!}`;
  return `${m[1]!}, among them ${joined}.`;
}
