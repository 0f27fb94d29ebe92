// A SACRE's minutes (the corpus's twenty-fourth long minutes, a Standing Advisory Council for Religious Education,
// MId 990034, tests/fixtures/real-harrow/ORIGIN.md): an opening reflection given by a member on a festival or a theme,
// new members appointed with the body that nominated them, and resolutions that ask for a later step by a date
// (docs/summaries.md#a-sacres-minutes). Every sentence below is written here, with made-up names and figures.
import { describe, expect, it } from "vitest";
import { wordsBonus } from "@/lib/summarize/extractive/advisory-minutes";
import { isPreferenceShare } from "@/lib/summarize/extractive/education-minutes";
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
    // Sent at the meeting, with no deadline: done.
    expect(passiveOf("the letter", "sent", " to all schools")).toBe("the letter was sent");
  });
});
