// Standing lines, stop 37, round two (docs/summaries.md#standing-lines-stop-37-round-two): the long minutes' ceiling
// measured on the minutes' words as a reader counts them, and standing lines said in fewer words (the rule behind
// representations received, a declaration's pointer back at its own item, "had been" in matters
// arising, the Council's own name among the partners present). Every minute below is written here, with made-up
// names, places and figures.
import { describe, expect, it } from "vitest";
import { minuteWordsRead } from "@/lib/summarize/extractive/item-sources";
import { doneSaidShort, mattersArisingSaid } from "@/lib/summarize/extractive/standing/matters-arising";
import { partnersPresent } from "@/lib/summarize/extractive/standing/partners-present";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { item, minuteItem } from "./helpers";

describe("the minutes' words the ceiling is measured on", () => {
  const reserves = item(1, "Attendance by Reserve Members", {
    minutesText: "RESOLVED: To note that Councillor Ivo Brandt attended as a reserve.",
  });
  const speak = item(2, "Right of Members to Speak", {
    minutesText: "RESOLVED: To note that Councillor Petra Lund was allowed to speak on item 2/04.",
  });

  it("counts each item's page minute once, not the printed text that ran it into the next item", () => {
    // The printed minutes lost the heading of item 2, so the text read for item 1 carries item 2's minute too.
    const read = new Map([
      [1, `${reserves.minutesText} 87. Right of Members to Speak ${speak.minutesText}`],
      [2, speak.minutesText!],
    ]);
    expect(minuteWordsRead([reserves, speak], read)).toBe(11 + 14);
  });

  it("counts the printed text for an item whose page minute is missing or cut short", () => {
    const cut = item(3, "Budget Monitoring", { minutesText: "The Sub-Committee received a report on the …" });
    const bare = item(4, "Fees and Charges", { minutesText: null });
    const read = new Map([
      [3, "The Sub-Committee received a report on the forecast overspend of £2.6m in Adult Services."],
      [4, "RESOLVED: That the fees be noted."],
    ]);
    expect(minuteWordsRead([cut, bare], read)).toBe(14 + 6);
  });

  it("adds an item's decision printed on the page beside its minute", () => {
    const decided = item(5, "Parking Review", {
      minutesText: "Members discussed the review.",
      decisionText: "Agreed.",
    });
    expect(minuteWordsRead([decided], new Map([[5, "Members discussed the review."]]))).toBe(5);
  });
});

describe("representations received", () => {
  it("says which items, without the procedure rule they were received under", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Representations on Planning Applications",
          "RESOLVED: That, under Committee Procedure Rule 31 (Part 4B of the Constitution), representations be received on items 1/02 and 2/05 on the list of planning applications.",
        ),
      ),
    ).toBe("Representations received on items 1/02 and 2/05.");
  });
});

describe("matters arising", () => {
  it("says what was done without 'had been'", () => {
    expect(doneSaidShort("the Board's response had been sent to the Cabinet Member on 9 May 2027")).toBe(
      "the Board's response sent to the Cabinet Member on 9 May 2027",
    );
    expect(
      mattersArisingSaid([
        "RESOLVED: That the minutes of the meeting held on 2 April 2027 be agreed.",
        "Matters arising",
        "The Clerk reported that the Forum's letter on the funding formula had been sent to the Minister on 14 April 2027. No reply had yet been received.",
      ])?.said,
    ).toBe(
      "Matters arising: the Forum's letter on the funding formula sent to the Minister on 14 April 2027. No reply had yet been received.",
    );
  });

  it("keeps 'had been' where nothing says to whom, when or by whom", () => {
    expect(doneSaidShort("No reply had yet been received.")).toBe("No reply had yet been received.");
    expect(doneSaidShort("the scheme had been delayed.")).toBe("the scheme had been delayed.");
  });
});

describe("the partners present", () => {
  it("leaves out the Council's own name after a post and keeps each partner's organisation", () => {
    const minute = [
      "The following partners were present:",
      [
        "Councillor Rhea Tolland - Portfolio Holder for Community Safety, Harrow Council (Chair)",
        "Mr Gideon Vance - Corporate Director of Place, Harrow Council",
        "Superintendent Lena Korte - Borough Commander, West Area Command Unit, Metropolitan Police Service",
      ].join("\n"),
    ].join("\n\n");
    expect(partnersPresent(minute)).toBe(
      "Present: Councillor Rhea Tolland, Portfolio Holder for Community Safety, Chair; Gideon Vance, Corporate Director of Place; Superintendent Lena Korte, Borough Commander (Metropolitan Police Service).",
    );
  });
});
