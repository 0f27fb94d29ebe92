export type Kind =
  "apologies" | "reserves" | "declarations" | "minutes" | "appointment" | "silence" | "speak" | "questions" | "other";

export function kindOf(title: string): Kind {
  if (/^apologies/i.test(title)) return "apologies";
  if (/reserve|substitute/i.test(title)) return "reserves";
  if (/declarations?/i.test(title)) return "declarations";
  // A review group's or working party's informal record is its "notes" (docs/summaries.md#a-scrutiny-review-groups-minutes).
  if (/^(council )?minutes\b|approval of (the )?minutes|^notes of (the )?(previous|last) meetings?\b/i.test(title))
    return "minutes";
  if (/(appointment|election) of|vice[- ]?chair|\bchair\b/i.test(title)) return "appointment";
  if (/minute'?s? (of )?silence|^tributes? to\b/i.test(title)) return "silence";
  if (/right (?:of members )?to speak/i.test(title)) return "speak";
  if (/^(public questions|petitions|deputations|councillor questions|questions)/i.test(title)) return "questions";
  return "other";
}

export const LABEL: Record<Kind, string> = {
  apologies: "Apologies",
  reserves: "Reserves",
  declarations: "Declarations",
  minutes: "Minutes",
  appointment: "",
  silence: "",
  speak: "Members' right to speak",
  questions: "",
  other: "",
};

export const NONE: Partial<Record<Kind, string>> = {
  apologies: "No apologies.",
  reserves: "No reserve members.",
  declarations: "No declarations.",
  speak: "No other councillors asked to speak.",
};
