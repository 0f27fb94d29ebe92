// An amendment whose mover and seconder are named in one sentence ("Councillor A moved, and Councillor B seconded, an
// amendment to …"), then an officer's advice, then the vote: the vote's line must say which amendment it decided. The
// Major Developments Panel's long minutes (MId 990035) printed "The amendment was lost by 3 votes to 4." on its own.
// The minute below is written here, with made-up names, sums and places.
import { describe, expect, it } from "vitest";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import type { SummaryInput } from "@/lib/summarize/types";
import { speakersByTheirPost } from "@/lib/summarize/extractive/post-accounts";
import { item, trafficPanel as panel } from "./helpers";

const sectionOf = (input: SummaryInput, heading: RegExp) =>
  summarizeExtractive(input).sections.find((s) => heading.test(s.heading))!;

const LEVY = `The Infrastructure Manager, Mr Piet Varela, said that officers proposed to spend £3.2m of the levy on three projects, including £640,000 for drainage works on the Kenton Brook.

Councillor Imogen Tarrant moved, and Councillor Raj Sethi seconded, an amendment to move £150,000 from the drainage works to a new skate park at Kenton Recreation Ground. Mr Varela advised that the drainage works would lose a matching grant if they were cut. Upon being put to the vote, the amendment was lost by 2 votes to 5.

RESOLVED: That Cabinet be recommended to allocate £3.2m of the levy to the three projects.`;

describe("an amendment moved and seconded in one sentence", () => {
  it("says who moved and seconded it, what it asked and what became of it, in one line", () => {
    const texts = sectionOf(panel([item(7, "Levy Allocations", { minutesText: LEVY })]), /^Levy/).bullets.map(
      (b) => b.text,
    );
    expect(texts).toContain(
      "Amendment moved by Councillor Imogen Tarrant, seconded by Councillor Raj Sethi: to move £150,000 from the drainage works to a new skate park at Kenton Recreation Ground (lost, 2 votes to 5).",
    );
    expect(texts.filter((t) => /^The amendment was/.test(t))).toEqual([]);
  });
});

// An officer introduced by post and name, then by name alone: one speaker, introduced once (990035 printed "Policy
// Planning Team Leader: …" and, two points on, "Ms Clore: …" with no word of who Ms Clore was).
const CONSULTATION = `The Policy Team Leader, Ms Greta Volkova, said that the consultation had drawn 614 responses from 402 people and groups over six weeks.

Councillor Hollis asked how the next stage would reach people who worked in the day. Ms Volkova said that weekend events would be held in Kenton and Rayners Lane.

Ms Volkova said that the revised plan would go out for consultation in October 2026 and be submitted for examination in spring 2027.

RESOLVED: That the outcomes of the consultation be noted.`;

describe("an officer introduced by post and name, then named alone", () => {
  const said = (...texts: string[]) => [{ bullets: texts.map((text) => ({ text })) }];

  it("names the officer beside the post the first time, where the summary says points both ways", () => {
    const sections = said(
      "Policy Team Leader: The consultation had drawn 614 responses from 402 people and groups over six weeks.",
      "Ms Volkova: The revised plan would go out for consultation in October 2026.",
    );
    speakersByTheirPost(sections, CONSULTATION);
    expect(sections[0]!.bullets.map((b) => b.text)).toEqual([
      "Policy Team Leader (Ms Volkova): The consultation had drawn 614 responses from 402 people and groups over six weeks.",
      "Ms Volkova: The revised plan would go out for consultation in October 2026.",
    ]);
  });

  it("leaves the name where the summary says the introduction in full, and any name the minute never introduced", () => {
    const sections = said(
      "The Policy Team Leader, Ms Greta Volkova, said that the consultation had drawn 614 responses.",
      "Ms Volkova: The revised plan would go out for consultation in October 2026.",
      "Mr Oduya: The survey had closed early.",
    );
    const before = sections[0]!.bullets.map((b) => b.text);
    speakersByTheirPost(sections, CONSULTATION);
    expect(sections[0]!.bullets.map((b) => b.text)).toEqual(before);
  });
});
