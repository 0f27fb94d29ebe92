// A SACRE's minutes (the corpus's twenty-fourth long minutes, a Standing Advisory Council for Religious Education,
// MId 990034, tests/fixtures/real-harrow/ORIGIN.md): an opening reflection given by a member on a festival or a theme,
// new members appointed with the body that nominated them, and resolutions that ask for a later step by a date
// (docs/summaries.md#a-sacres-minutes). Every sentence below is written here, with made-up names and figures.
import { describe, expect, it } from "vitest";
import { inFewerWords, wordsBonus } from "@/lib/summarize/extractive/advisory-minutes";
import { withCountedNoun } from "@/lib/summarize/extractive/counted-noun";
import { isPreferenceShare } from "@/lib/summarize/extractive/education-minutes";
import { joinPhrases } from "@/lib/summarize/extractive/overview/join-phrases";
import { recommendationPhrase } from "@/lib/summarize/extractive/overview/recommended";
import { passiveOf } from "@/lib/summarize/extractive/resolution/grammar";
import { describeStandingItem } from "@/lib/summarize/extractive/standing";
import type { SummaryItem } from "@/lib/summarize/types";
import { minuteItem } from "./helpers";

const item = (title: string, minutesText: string): SummaryItem => minuteItem(title, minutesText);

describe("an opening reflection given by a member", () => {
  it("says who gave it, with the words that describe them, and what it was on", () => {
    expect(
      describeStandingItem(
        item(
          "Opening Reflection",
          "Mr Anil Desai, a Jain member of the Council, opened the meeting with a reflection on Paryushan, the festival of forgiveness, and what it asks of those who keep it.",
        ),
      ),
    ).toBe("Opening reflection: Mr Anil Desai (a Jain member of the Council), on Paryushan.");
    expect(
      describeStandingItem(
        item("Opening Reflection", "Sister Mary Collins opened the meeting with a reflection about Advent."),
      ),
    ).toBe("Opening reflection: Sister Mary Collins, on Advent.");
  });
});

describe("a consultation's result given as a share of those who answered, after their count", () => {
  it("'… and 198 had replied, 91% of them in favour' is the consultation's finding", () => {
    expect(
      isPreferenceShare(
        "The trustees had written to the families of all 300 pupils and 198 had replied, 91% of them in favour of the change.",
      ),
    ).toBe(true);
    expect(isPreferenceShare("Some 240 responses were received, 64% of them supporting the new pattern.")).toBe(true);
    expect(wordsBonus("In all 198 families had replied, 91% of them in favour of the change.", false)).toBeGreaterThan(
      0,
    );
    // Who answered, not what they thought.
    expect(isPreferenceShare("Some 240 responses were received, 64% of them from parents.")).toBe(false);
  });
});

describe("a step due by a dated day", () => {
  it("is still to come when the minute is written: 'will be sent … by 30 April 2026'", () => {
    expect(passiveOf("the report", "sent", " to the Secretary of State by 30 April 2026")).toBe(
      "the report will be sent",
    );
    expect(passiveOf("the plan", "published", " on the website by the 14th March 2027")).toBe(
      "the plan will be published",
    );
    expect(passiveOf("the report", "sent", " to the Department for Education by 30 April 2026")).toBe(
      "the report will be sent",
    );
    // Endorsed at the meeting; what it is for is due by the day.
    expect(passiveOf("the action plan", "endorsed", " for submission to the inspectors by 2 July 2026")).toBe(
      "the action plan was endorsed",
    );
    // Sent at the meeting, with no deadline: done.
    expect(passiveOf("the letter", "sent", " to all schools")).toBe("the letter was sent");
  });
});

describe("a share of 'those' counted in the sentence before", () => {
  it("'Of those entered, 82% …' says whom it divides: 'Of the 1,240 pupils entered, 82% …'", () => {
    expect(
      withCountedNoun(
        "Of those entered, 78% had gained a grade 4 or better.",
        "The adviser said that 1,240 pupils had been entered for the examination, more than ever before.",
      ),
    ).toBe("Of the 1,240 pupils entered, 78% had gained a grade 4 or better.");
    expect(
      withCountedNoun("Of these, nine were granted.", "The Panel had received 14 applications during the year."),
    ).toBe("Of the 14 applications, nine were granted.");
    // Nothing counted before: unchanged.
    expect(withCountedNoun("Of those entered, 78% had passed.", "Pupils had been entered as usual.")).toBe(
      "Of those entered, 78% had passed.",
    );
  });
});

describe("what a SACRE recommended, for the overview", () => {
  it("says a body to be convened as a clause, 'that the … Conference be convened', not a noun with 'to be'", () => {
    const phrase = recommendationPhrase(
      "Recommended to the Portfolio Holder for Schools: the Agreed Syllabus Conference to be convened, with its first meeting on 4 May 2027, to review the syllabus at a cost of £20,000.",
      "Review of the Agreed Syllabus",
    );
    expect(phrase?.verb).toBe("recommended to the Portfolio Holder");
    const forms = [phrase?.object, ...(phrase?.shorter ?? [])];
    expect(forms).toContain("that the Agreed Syllabus Conference be convened");
    expect(forms.join(" | ")).not.toMatch(/Conference to be convened/);
  });
});

describe("an officer's comment on a figure, after it", () => {
  it("goes when the minute is held to words, the figure kept", () => {
    expect(
      inFewerWords(
        "At A level, entries in the subject had fallen from 120 to 97, and the Adviser said that this matched a fall across the region.",
      ),
    ).toBe("At A level, entries in the subject had fallen from 120 to 97.");
    // A comment with a figure of its own stays.
    expect(
      inFewerWords(
        "Entries had fallen from 120 to 97, and the Adviser said that this matched a fall of 15% across the region.",
      ),
    ).toBe(
      "Entries had fallen from 120 to 97, and the Adviser said that this matched a fall of 15% across the region.",
    );
  });
});

describe("new members appointed with the body that nominated them", () => {
  it("are one entry each: who, nominated by whom, in which group", () => {
    expect(
      describeStandingItem(
        item(
          "Welcome and Membership",
          "RESOLVED: To appoint the following nominees as members of the Council:\n\nMr Omar Siddiqui (nominated by the Harrow Central Mosque to replace Mr Idris Khan as a Muslim member, Group A)\nMrs Jane Holt (nominated by the Diocese as a Church of England member, Group B)",
        ),
      ),
    ).toBe(
      "New members appointed: Mr Omar Siddiqui (nominated by the Harrow Central Mosque, Group A); Mrs Jane Holt (nominated by the Diocese, Group B).",
    );
    // After the Chair's welcome, with the members run together on one line as the page prints them.
    expect(
      describeStandingItem(
        item(
          "Welcome and Membership",
          "The Chair welcomed everyone.\n\nRESOLVED: To appoint the following nominees as members of the Council:\n\nMr Omar Siddiqui (nominated by the Harrow Central Mosque, Group A) Mrs Jane Holt (nominated by the Diocese as a Church of England member, Group B)",
        ),
      ),
    ).toBe(
      "New members appointed: Mr Omar Siddiqui (nominated by the Harrow Central Mosque, Group A); Mrs Jane Holt (nominated by the Diocese, Group B).",
    );
  });
});

describe("the overview's decisions beyond the four it says", () => {
  it("are counted as decisions the meeting made, 'and made 1 other decision', never a fifth thing recommended", () => {
    const joined = joinPhrases([
      "granted the application from Elm School",
      "approved the annual report",
      "agreed the programme of visits",
      "recommended to the Portfolio Holder that the Conference be convened",
      "noted the results",
    ]);
    expect(joined).toMatch(/, and made 1 other decision$|; and made 1 other decision$| and made 1 other decision$/);
    expect(joined).not.toMatch(/convened and 1 other decision/);
  });
});
