import { createHash } from "node:crypto";
import { summaryInputSchema, type SummaryInput } from "./types";

// A stable fingerprint of what a summary was made from. `now` is left out, or every run would differ; what it
// changes (a preview becomes an outcome once the meeting is over) is kept as a phase. Text is normalised so that
// re-extracting the same PDF with different trailing spaces does not count as a change.

export type SummaryPhase = "before" | "after";

export function summaryPhase(input: Pick<SummaryInput, "meeting" | "now">): SummaryPhase {
  return Date.parse(input.meeting.startsAt) <= Date.parse(input.now) ? "after" : "before";
}

export function hashSummaryInput(rawInput: SummaryInput): string {
  const input = summaryInputSchema.parse(rawInput);
  const normalised = {
    phase: summaryPhase(input),
    meeting: { ...input.meeting, startsAt: new Date(input.meeting.startsAt).toISOString() },
    items: [...input.items]
      .sort((a, b) => a.position - b.position)
      .map((i) => ({ ...i, documentIds: [...i.documentIds].sort((a, b) => a - b) })),
    documents: [...input.documents].sort((a, b) => a.id - b.id),
  };
  return createHash("sha256").update(canonicalJson(normalised)).digest("hex");
}

function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .trim();
}

/** JSON with sorted keys and normalised strings: equal inputs give equal bytes whatever their key order. */
function canonicalJson(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(normaliseText(value));
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
