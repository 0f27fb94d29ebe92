// The conservation areas advisory committee, second round (docs/summaries.md#the-conservation-areas-advisory-committee-second-round):
// a decision that only notes an event named by its noun is said as the event, and a case told in two sentences says
// its place in the second. Every sentence below is written here, with
// made-up names, places and dates.
import { describe, expect, it } from "vitest";
import { atPlaceDrawn } from "@/lib/summarize/extractive/place-drawn";
import { notedEventTold } from "@/lib/summarize/extractive/resolution/noted-event";
import { plainWords } from "@/lib/summarize/extractive/resolution/plain-words";

describe("a decision noting an event by its noun", () => {
  it("says the event in its verb, in the same number of words", () => {
    const before = "The adoption of the Millbeck Quay Design Code was noted.";
    const after = notedEventTold(before);
    expect(after).toBe("Noted that the Millbeck Quay Design Code had been adopted.");
    expect(after.split(/\s+/).length).toBe(before.split(/\s+/).length);
  });

  it("reads a numbered step of a resolution, leaving the next step as it was", () => {
    const out = plainWords(
      "RESOLVED: That\n\n(1) the publication of the Fenwold Green Village Design Statement be noted;\n\n(2) the Committee comment on the draft Brackley Lane Appraisal by email.",
    );
    expect(out).toContain("(1) Noted that the Fenwold Green Village Design Statement had been published;");
    expect(out).toContain("(2) The Committee comment on the draft Brackley Lane Appraisal by email");
  });

  it("leaves a report noted, a recommendation and an event approved by the body itself as they were", () => {
    expect(notedEventTold("The report was noted.")).toBe("The report was noted.");
    expect(plainWords("RESOLVED: That the adoption of the Tarnside Tree Strategy be approved.")).toContain(
      "The adoption of the Tarnside Tree Strategy was approved",
    );
    expect(
      plainWords("RESOLVED to RECOMMEND: (to Cabinet) That the adoption of the Orrin Vale Plan be noted."),
    ).not.toContain("had been adopted");
  });
});

describe("a case whose place the sentence before drew attention to", () => {
  const before =
    "She drew the Committee's attention to 4 Mill Row, where a timber shopfront had been removed without consent.";

  it("says the next sentence's new thing at that place", () => {
    expect(
      atPlaceDrawn("An enforcement notice had been served on 3 May 2027 and the owner had appealed.", before),
    ).toBe("At 4 Mill Row, an enforcement notice had been served on 3 May 2027 and the owner had appealed.");
    expect(
      atPlaceDrawn(
        "A planning contravention notice had been issued.",
        "He referred members to the Old Maltings, where a wall had been taken down.",
      ),
    ).toBe("At the Old Maltings, a planning contravention notice had been issued.");
  });

  it("leaves a sentence that names a place of its own, or follows no such sentence, as it was", () => {
    const own = "An enforcement notice had been served at 9 Ferry Lane.";
    expect(atPlaceDrawn(own, before)).toBe(own);
    const plain = "An enforcement notice had been served on 3 May 2027.";
    expect(atPlaceDrawn(plain, "He reported that 30 cases were open.")).toBe(plain);
    expect(atPlaceDrawn(plain, null)).toBe(plain);
    expect(atPlaceDrawn("The owner had appealed.", before)).toBe("The owner had appealed.");
  });
});
