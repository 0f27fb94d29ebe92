// Standing lines in fewer words on a meeting page's opening, every name kept (stop 35): a pooled panel's minutes said
// without "not the next Panel"; an item's title said once in the declarations lines; "made a declaration" inside a
// declaration's brackets left out; "the late" after "silence for"; who came to speak said with the item in brackets.
// Sentences are written here; names, bodies, items and dates are made up.
import { describe, expect, it } from "vitest";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { itemTitlesOnce, terseStandingLines, withoutDeclarationSaid } from "@/lib/summarize/extractive/standing/terse";
import type { SummaryItem } from "@/lib/summarize/types";
import { minuteItem } from "./helpers";

const item = (title: string, minutesText: string): SummaryItem => minuteItem(title, minutesText, { description: null });

describe("a pooled panel's minutes", () => {
  it("says who approved them once, without 'not the next Panel'", () => {
    const line = describeStandingItem(
      item(
        "Minutes",
        "The minutes of each hearing are signed by the Members who sat on it and are not put to the next Panel, because the Panel is drawn from a pooled membership.",
      ),
    );
    expect(line).toBe("Minutes approved by the hearing's own Members (pooled membership).");
  });
});

describe("an item's title said once in the declarations lines", () => {
  it("gives the title at the item's first mention and the number alone after it", () => {
    expect(
      itemTitlesOnce([
        "Pecuniary interests: item 12 (Motion: Canal Towpath Lighting): Orla Brennick (owns a boatyard on the canal; left).",
        "Non-pecuniary interests: item 12 (Motion: Canal Towpath Lighting): Tobias Wren (rows on the canal; stayed).",
      ]),
    ).toEqual([
      "Pecuniary interests: item 12 (Motion: Canal Towpath Lighting): Orla Brennick (owns a boatyard on the canal; left).",
      "Non-pecuniary interests: item 12: Tobias Wren (rows on the canal; stayed).",
    ]);
  });

  it("keeps every title where one number carries two titles (two motions under one item)", () => {
    const lines = [
      "Non-pecuniary interests: item 15 (Motion: Bus Shelters): Ines Palmer (drives buses; stayed); item 15 (Motion: Street Trees): Kofi Ansah (a tree surgeon; stayed).",
      "Interests: item 15 (Motion: Bus Shelters): Dana Hollis (a bus company's driver; stayed).",
    ];
    expect(itemTitlesOnce(lines)).toEqual(lines);
  });

  it("leaves lines that are not declarations as they are", () => {
    const lines = [
      "Also taking part: Cllr Petra Lowe (item 6 (Library Hours), as ward councillor).",
      "Non-pecuniary interests: item 6 (Library Hours): Amos Vey (a volunteer at the library; stayed).",
    ];
    expect(itemTitlesOnce(lines)).toEqual(lines);
  });

  it("reads the lines of one declarations entry, given one under another", () => {
    expect(
      terseStandingLines([
        "Non-pecuniary interests: item 7 (Budget 2033/34): Rufus Hale (a member of the Fire Authority).\nInterests: item 7 (Budget 2033/34): Nia Gerrard (a governor of Fernhill School).",
      ]),
    ).toEqual([
      "Non-pecuniary interests: item 7 (Budget 2033/34): Rufus Hale (a member of the Fire Authority).",
      "Interests: item 7: Nia Gerrard (a governor of Fernhill School).",
    ]);
  });
});

describe("'made a declaration' in a declaration's brackets", () => {
  it("goes, the member's role staying", () => {
    expect(
      withoutDeclarationSaid(["Interests: Lorcan Tully (an invited Portfolio Holder, also made a declaration)."]),
    ).toEqual(["Interests: Lorcan Tully (an invited Portfolio Holder)."]);
  });

  it("goes with its brackets when it was all they said", () => {
    expect(withoutDeclarationSaid(["Interests: Maren Oake (also made a declaration)."])).toEqual([
      "Interests: Maren Oake.",
    ]);
  });

  it("is kept outside a declarations line", () => {
    const lines = ["Cllr Hugo Brandt said that he had also made a declaration to the Monitoring Officer."];
    expect(withoutDeclarationSaid(lines)).toEqual(lines);
  });
});

describe("a minute's silence for a named person", () => {
  it("says the name without 'the late'", () => {
    expect(
      describeStandingItem(
        item(
          "Minute's Silence",
          "Members of the Council stood for a minute's silence for the late Councillor Edwin Marsh, a former Mayor.",
        ),
      ),
    ).toBe("Minute's silence for Cllr Edwin Marsh, a former Mayor.");
  });

  it("keeps 'the late' anywhere but straight after 'silence for'", () => {
    expect(
      describeStandingItem(
        item(
          "Minute's Silence",
          "Members of the Council stood for a minute's silence for those who died in the late summer floods at Oxbury.",
        ),
      ),
    ).toBe("Minute's silence for those who died in the late summer floods at Oxbury.");
  });
});

describe("who came to speak, with the item in brackets", () => {
  it("says each speaker's item and what it was in brackets", () => {
    const minutes = `Opening the meeting, the Leader of the Council explained how it would run:

(1) the meeting was in the Council Chamber, with Councillors Wes Arden and Lila Morrow and the Leader in the room; (2) Councillors Ivo Crane and Tess Ubaldi (for item 4, Councillor Questions) and Councillor Noor Farah, who would be asked to speak briefly on the Scrutiny Committee's reference on item 10, Parks Strategy 2034, also took part online.`;
    expect(describeStandingItem(item("Welcome", minutes))).toBe(
      "Also taking part: Cllrs Ivo Crane and Tess Ubaldi (item 4, Councillor Questions) and Cllr Noor Farah (item 10, the Scrutiny Committee's reference).",
    );
  });
});
