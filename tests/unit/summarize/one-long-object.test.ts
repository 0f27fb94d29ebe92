// One object with commas of its own among the objects of one verb is said last, so no semicolon is needed
// (docs/summaries.md#one-long-object-said-last). Every sentence here is made up for the test.
import { describe, expect, it } from "vitest";
import { joinObjects } from "@/lib/summarize/extractive/overview/join-phrases";

describe("one object with commas of its own", () => {
  it("is said last, joined by 'and', not set off by semicolons", () => {
    expect(
      joinObjects([
        "4 of 5 draft recommendations, among them that the Council fund a tenancy relations officer (£48,000 a year)",
        "the scope of the review",
      ]),
    ).toBe(
      "the scope of the review and 4 of 5 draft recommendations, among them that the Council fund a tenancy relations officer (£48,000 a year)",
    );
  });

  it("keeps the semicolons among three objects, whose commas would read as the list's", () => {
    expect(
      joinObjects([
        "the plan for the Birchfield estate, with its new homes and shops",
        "the Tree Strategy",
        "the fees",
      ]),
    ).toBe("the plan for the Birchfield estate, with its new homes and shops; the Tree Strategy; and the fees");
  });

  it("keeps the semicolons when two objects have commas of their own", () => {
    expect(
      joinObjects(["the plan for the Birchfield estate, with its new homes", "the budget, with a reserve of £2m"]),
    ).toBe("the plan for the Birchfield estate, with its new homes; and the budget, with a reserve of £2m");
  });

  it("keeps the semicolons when an object is a clause of its own or has a semicolon", () => {
    expect(
      joinObjects(["the revised Code, with its annex", "Ms Ida Marsh and Mr Tom Vale to be appointed as advisers"]),
    ).toBe("the revised Code, with its annex; and Ms Ida Marsh and Mr Tom Vale to be appointed as advisers");
    expect(joinObjects(["the plan, in part; the rest deferred", "the fees"])).toBe(
      "the plan, in part; the rest deferred; and the fees",
    );
  });

  it("reads a comma inside a figure as no comma of the object's own", () => {
    expect(joinObjects(["grants of £18,400", "the timetable"])).toBe("grants of £18,400 and the timetable");
  });
});
