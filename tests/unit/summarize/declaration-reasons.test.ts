// A declaration's reason as what the member is or does. Shaped like the Overview and Scrutiny Committee's minute of
// 8 February 2022 (corpus meeting 65157: "declared a non-pecuniary interest as someone who works for …"); the names
// and wording below are written here.
import { describe, expect, it } from "vitest";
import { nounPhrase, oneDeclaration } from "@/lib/summarize/extractive/standing";

describe("a declaration's reason", () => {
  it("drops 'someone who' so it says what the member does", () => {
    expect(nounPhrase("someone who works for a housing association")).toBe("works for a housing association");
    expect(nounPhrase("a person who volunteers at the Wealdstone food bank")).toBe(
      "volunteers at the Wealdstone food bank",
    );
    expect(nounPhrase("Someone Else Trust trustee")).toBe("Someone Else Trust trustee");
    expect(
      oneDeclaration(
        "Councillor Rita Shah, not a member of the Committee, declared a non-pecuniary interest as someone who works for a housing association, and stayed in the room while the item was considered.",
      ),
    ).toContain("Rita Shah (non-pecuniary, works for a housing association; stayed)");
  });
});
