// Standing lines, stop 36, round two (docs/summaries.md#standing-lines-stop-36-round-two): a courtesy title before a
// full name left out of a standing line, a questions line without where the recording is, and the press and public's
// exclusion in three words. Every minute below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { withoutCourtesyTitles } from "@/lib/summarize/extractive/standing/plain-names";
import { describeStandingItem, foldStandingItems } from "@/lib/summarize/extractive/standing-items";
import { minuteItem } from "./helpers";

describe("a courtesy title before a full name", () => {
  it("goes from the apologies and the reserves", () => {
    const folded = foldStandingItems(
      [
        minuteItem(
          "Apologies for Absence",
          "RESOLVED: To note that apologies for absence had been received from Mrs Odile Farnaby and Dr Casimir Penrith.",
        ),
      ],
      true,
    );
    expect(folded).toContain("Odile Farnaby");
    expect(folded).toContain("Casimir Penrith");
    expect(folded).not.toMatch(/\b(?:Mrs|Dr)\b/);
  });

  it("goes before each full name in a membership line, whatever the title", () => {
    expect(
      withoutCourtesyTitles("Membership: Ms Talia Brenner replaced Mr Quentin Adebola; Miss Greta Lund joined."),
    ).toBe("Membership: Talia Brenner replaced Quentin Adebola; Greta Lund joined.");
  });

  it("stays before a surname alone, where the name would read as a bare word", () => {
    const line = "Apologies: Mr Fabian Okoli; Mr Stellan Grey attended for Mr Okoli.";
    expect(withoutCourtesyTitles(line)).toBe("Apologies: Fabian Okoli; Stellan Grey attended for Mr Okoli.");
    expect(withoutCourtesyTitles("Apologies: Dr Penrith (Ms Alder deputised).")).toBe(
      "Apologies: Dr Penrith (Ms Alder deputised).",
    );
  });

  it("leaves a rank, a religious title and a councillor's title as they are", () => {
    const line =
      "Apologies: Station Commander Idris Kell; the Reverend Canon Mabel Orde; Rabbi Sol Brandt; Cllr Hattie Moss.";
    expect(withoutCourtesyTitles(line)).toBe(line);
  });
});

describe("a questions line", () => {
  it("says how many questions were answered, not where the recording can be found", () => {
    const line = describeStandingItem(
      minuteItem(
        "Public Questions",
        "RESOLVED: To note that six public questions had been received and responded to, and that the recording of the questions and answers would be placed on the Council's website.",
      ),
    );
    expect(line).toBe("Six public questions answered.");
  });
});

describe("the press and public's exclusion", () => {
  it("is said in three words and the reason left to the item", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Exclusion of the Press and Public",
          "RESOLVED: That in accordance with Part I of Schedule 12A to the Local Government Act 1972, the press and public be excluded from the meeting for item 14 on the grounds that it contains exempt information.",
        ),
      ),
    ).toBe("Press and public excluded.");
  });
});
