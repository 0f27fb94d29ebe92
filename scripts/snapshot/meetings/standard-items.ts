import { dayMonthYear, longDate } from "../format";
import type { AttachedDoc, Item } from "../types";

// Harrow's standing agenda items (docs/harrow.md#standing-items) with their standing text, paraphrased. Meeting files
// call these so that every agenda opens the way Harrow's do without repeating the boilerplate.

type Opts = Omit<Item, "title" | "description"> & { title?: string };

const make =
  (title: string, description: string) =>
  (o: Opts): Item => ({ ...o, title: o.title ?? title, description });

export const reserves = make(
  "Attendance by Reserve Members",
  "To note the attendance at this meeting of any duly appointed Reserve Members.",
);

export const apologies = make("Apologies for Absence", "To receive apologies for absence (if any).");

export const declarations = make(
  "Declarations of Interest",
  "To receive declarations of disclosable pecuniary or non pecuniary interests, arising from business to be transacted at this meeting, from all Members present.",
);

export const rightToSpeak = make(
  "Right of Members to Speak",
  "To agree requests to speak from Councillors who are not members of the Committee, in accordance with Committee Procedure Rule 4.1.",
);

export function minutes(o: Opts & { previous: string | string[]; report?: AttachedDoc }): Item {
  const dates = (Array.isArray(o.previous) ? o.previous : [o.previous]).map(dayMonthYear);
  const held =
    dates.length > 1
      ? `the meetings held on ${dates.slice(0, -1).join(", ")} and ${dates[dates.length - 1]}`
      : `the meeting held on ${dates[0]}`;
  const { previous: _previous, ...rest } = o;
  return {
    ...rest,
    title: o.title ?? "Minutes",
    description: `That the minutes of ${held} be taken as read and signed as a correct record.`,
  };
}

export function publicQuestions(o: Opts & { deadline: string; combined?: boolean }): Item {
  const { deadline, combined, ...rest } = o;
  return {
    ...rest,
    title: o.title ?? (combined ? "Public Questions, Petitions and Deputations" : "Public Questions"),
    description: `To note any public questions received.

Questions will be asked in the order in which they were received. There will be a time limit of 15 minutes for the asking and answering of public questions.

[The deadline for receipt of public questions is 3.00 pm, ${longDate(deadline)}. Questions should be sent to publicquestions@harrow.gov.uk. No person may submit more than one question.]`,
  };
}

export const petitions = make(
  "Petitions",
  "To receive petitions (if any) submitted by members of the public or Councillors under the provisions of Committee Procedure Rule 15 (Part 4B of the Constitution).",
);

export const deputations = make(
  "Deputations",
  "To receive deputations (if any) under the provisions of Committee Procedure Rule 16 (Part 4B) of the Constitution.",
);

export const references = make(
  "References from Council and other Committees/Panels",
  "To receive references from Council and any other Committees or Panels (if any).",
);

export const urgentBusiness = make("Any Other Urgent Business", "Which cannot otherwise be dealt with.");

export function exclusion(o: Opts & { exempt: { number: string; title: string } }): Item {
  const { exempt, ...rest } = o;
  return {
    ...rest,
    title: o.title ?? "Exclusion of the Press and Public",
    description: `To resolve that the press and public be excluded from the meeting for the following item of business, for the reason set out below:

| Agenda item | Title | Reason |
|---|---|---|
| ${exempt.number} | ${exempt.title} | Information under paragraph 3 of Part I of Schedule 12A to the Local Government Act 1972 (contains information relating to the financial or business affairs of any particular person, including the authority holding that information) |`,
  };
}

export const heading = (aiId: number, title: string): Item => ({ aiId, title, heading: true });

/** A report attachment whose text lives in reports/{file}. */
export function report(
  id: number,
  title: string,
  fileName: string,
  file: string,
  published: string,
  extra: Partial<AttachedDoc> = {},
): AttachedDoc {
  return { id, title, fileName, source: { kind: "markdown", file }, published, ...extra };
}
