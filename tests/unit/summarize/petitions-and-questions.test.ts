// Petitions and questions as a resident would want them: one plain line per petition (how many signed, what it asks,
// who presented it and for whom, where it was sent), never a Decision box for noting receipt; a minute that only
// records that questions were taken is one standing line. Minute wording is Harrow's: the corpus meetings named
// (tests/fixtures/real-harrow/ORIGIN.md) or, where marked, shaped like it with made-up names and places.
import { describe, expect, it } from "vitest";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { describeStandingItem, isBriefQuestionsMinute } from "@/lib/summarize/extractive/standing-items";
import { item } from "./helpers";

describe("a minute that only records that questions were taken (real wording, corpus meetings 65948, 65943, 65452)", () => {
  it("is brief with or without the word RESOLVED", () => {
    const text =
      "To note that one public question had been received and answered; as the Leader of the Council had said, the recording was placed on the website.";
    expect(isBriefQuestionsMinute(text)).toBe(true);
    expect(classifyItem(item(5, "Public Questions", { minutesText: text }))).toBe("procedural");
    expect(
      classifyItem(
        item(4, "Public Questions", { minutesText: "To note that 2 public questions had been received and answered." }),
      ),
    ).toBe("procedural");
  });

  it("is one plain standing line with the minute's own count", () => {
    expect(
      describeStandingItem(
        item(5, "Public Questions", {
          minutesText:
            "To note that one public question had been received and answered; as the Leader of the Council had said, the recording was placed on the website.",
        }),
      ),
    ).toBe("One public question received and answered; the recording is on the Council's website.");
    expect(
      describeStandingItem(
        item(6, "Public Questions", {
          minutesText:
            "RESOLVED: To note that 3 public questions had been received and answered, and that the recording would be on the Council's website.",
        }),
      ),
    ).toBe("3 public questions received and answered; the recording is on the Council's website.");
    expect(
      describeStandingItem(
        item(7, "Councillor Questions", {
          minutesText:
            "RESOLVED: That the Councillor Questions had been answered and the recording would be put on the Council's website.",
        }),
      ),
    ).toBe("Councillor questions answered; the recording is on the Council's website.");
  });
});
