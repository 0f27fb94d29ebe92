// A post's account, in the four ways minutes give one (lib/summarize/extractive/post-accounts.ts). The sentences are
// written here; names, posts and figures are made up.
import { describe, expect, it } from "vitest";
import {
  accountAfterIntroduction,
  introducedFact,
  pronounAccount,
  reportedByPost,
} from "@/lib/summarize/extractive/post-accounts";

describe("a post's account after the sentence that names the post", () => {
  it("reads an introduction of the report and a named officer's explanation alike", () => {
    const said = "She said that 38 households had been placed in bed and breakfast, and that the figure had halved.";
    expect(accountAfterIntroduction("The Head of Housing Needs introduced the report.", said)).toBe(
      "Head of Housing Needs: 38 households had been placed in bed and breakfast, and the figure had halved.",
    );
    expect(accountAfterIntroduction("The Head of Housing Needs, Ms Dana Whitfield, explained the changes.", said)).toBe(
      "Head of Housing Needs: 38 households had been placed in bed and breakfast, and the figure had halved.",
    );
  });

  it("puts a comma before a further thing reported with 'and that'", () => {
    expect(
      accountAfterIntroduction(
        "The Treasury Manager presented the item.",
        "He added that borrowing stood at £210m and that no limit had been breached.",
      ),
    ).toBe("Treasury Manager: Borrowing stood at £210m, and no limit had been breached.");
  });

  it("leaves a councillor's, the chair's, members' or a body's account in its own form", () => {
    const said = "She said that the waiting list had grown to 1,240 families over the year.";
    for (const who of [
      "Councillor Amara Linde introduced the report.",
      "The Chair introduced the item.",
      "Members said that they welcomed the report.",
      "The Committee presented the paper.",
    ])
      expect(accountAfterIntroduction(who, said)).toBeNull();
  });

  it("needs a 'She said that …' of some length after it", () => {
    expect(
      accountAfterIntroduction("The Head of Housing Needs introduced the report.", "She said that it was so."),
    ).toBeNull();
    expect(
      accountAfterIntroduction("The Head of Housing Needs introduced the report.", "Members asked about voids."),
    ).toBeNull();
  });
});

describe("a post's account in one sentence or opening the next paragraph", () => {
  it("says an introduction with a sum by its fact", () => {
    expect(
      introducedFact(
        "The Portfolio Holder for Housing introduced the report, which set out a forecast overspend of £2.2m.",
      ),
    ).toBe("Portfolio Holder for Housing: A forecast overspend of £2.2m.");
    expect(
      introducedFact("The Portfolio Holder for Housing introduced the report, which set out a new policy."),
    ).toBeNull();
  });

  it("says '… reported that …' by a post as an answer, and leaves a councillor's in its own form", () => {
    expect(
      reportedByPost("The Parking Manager reported that 9,400 permits had been issued, and that 3% were appealed."),
    ).toBe("Parking Manager: 9,400 permits had been issued, and 3% were appealed.");
    expect(
      reportedByPost("The Councillor for Roxeth reported that 9,400 permits had been issued this year."),
    ).toBeNull();
  });

  it("says a paragraph's 'She said that …' as the account of the post before it, and nothing without one", () => {
    const s = "She said that the Virtual School had received £0.8m of pupil premium this year.";
    expect(pronounAccount(s, "Virtual School Head")).toBe(
      "Virtual School Head: The Virtual School had received £0.8m of pupil premium this year.",
    );
    expect(pronounAccount(s, null)).toBeNull();
  });
});
