// A post's account, in the four ways minutes give one (lib/summarize/extractive/post-accounts.ts). The sentences are
// written here; names, posts and figures are made up.
import { describe, expect, it } from "vitest";
import {
  accountAfterIntroduction,
  introducedFact,
  paragraphGivers,
  pronounAccount,
  reportedByPost,
} from "@/lib/summarize/extractive/post-accounts";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item as agendaItem, makeInput } from "./helpers";

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

describe("whose account each sentence of a paragraph goes on with", () => {
  it("is set by the sentence naming the post, in any of its forms, and carried to the next paragraph", () => {
    expect(
      paragraphGivers(
        [
          "The Portfolio Holder for Leisure introduced the report, which sought approval to let a new gym contract.",
          "He said that four bids had been received.",
        ],
        null,
      ),
    ).toEqual(["Portfolio Holder for Leisure", "Portfolio Holder for Leisure"]);
    expect(
      paragraphGivers(
        [
          "Introducing the report, the Head of Libraries explained that visits had risen by 9%.",
          "Loans had also risen.",
        ],
        null,
      ),
    ).toEqual(["Head of Libraries", "Head of Libraries"]);
    expect(paragraphGivers(["He said that the new contract would start in May."], "Head of Libraries")).toEqual([
      "Head of Libraries",
    ]);
  });

  it("is the councillor named beside an office she holds, never the chair speaking as such", () => {
    expect(
      paragraphGivers(["The Portfolio Holder for Licensing, Councillor Ada Quist, introduced the report."], null),
    ).toEqual(["Councillor Ada Quist"]);
    expect(paragraphGivers(["The Chair, Councillor Ada Quist, introduced the item."], null)).toEqual([null]);
  });

  it("ends when anyone else speaks, so a later 'He said that …' is nobody's account", () => {
    expect(
      paragraphGivers(
        [
          "The Head of Libraries introduced the report.",
          "The representative of the Friends of Pinner Library asked why opening hours had been cut.",
          "He said that volunteers could keep the library open on Sundays.",
        ],
        null,
      ),
    ).toEqual(["Head of Libraries", null, null]);
    expect(paragraphGivers(["Councillor Ada Quist said that she welcomed the report."], "Head of Libraries")).toEqual([
      null,
    ]);
  });
});

describe("a post's account over two paragraphs, in a summary", () => {
  it("says each 'He said that …' as the post's, never a 'He' the bullet does not name", () => {
    const minute = [
      "The Portfolio Holder for Leisure introduced the report, which sought approval to let a contract for the borough's three leisure centres for ten years from 1 June 2026. He said that four bids had been received and scored on price (55%) and quality (45%).",
      "He said that the current operator had been paid £1.2m a year, and that the new contract would bring in an income of £0.4m a year instead.",
      "RESOLVED: That the contract for the leisure centres be awarded to Parkway Leisure Ltd for ten years from 1 June 2026.",
    ].join("\n\n");
    const { sections } = summarizeExtractive(
      makeInput({ items: [agendaItem(5, "Leisure Centres Contract", { minutesText: minute })] }),
    );
    const bullets = sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(bullets).toContain(
      "Portfolio Holder for Leisure: Four bids had been received and scored on price (55%) and quality (45%).",
    );
    expect(bullets).toContain(
      "Portfolio Holder: The current operator had been paid £1.2m a year, and the new contract would bring in an income of £0.4m a year instead.",
    );
    expect(bullets.filter((b) => /^(?:He|She) /.test(b))).toEqual([]);
  });
});
