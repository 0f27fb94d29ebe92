import { describe, expect, it } from "vitest";
import { parseRecordedVotes } from "@/lib/moderngov/parse/parse-recorded-votes";
import { kingstonAgenda, readFixture } from "./fixtures";

describe("parseRecordedVotes", () => {
  it("reads who voted which way on a real council's recorded vote (Bromsgrove)", () => {
    const page = parseRecordedVotes(
      readFixture("issue-html/bromsgrove-votes-32874.html"),
      "https://moderngovwebpublic.bromsgrove.gov.uk/mgListRecordedVotesShort.aspx?AIID=32874&MID=3692",
    );
    expect(page.votes).toHaveLength(1);
    const [vote] = page.votes;
    expect(vote!.title).toBe("Recorded vote on the decision not to hold Council meetings in pre-election periods");
    expect(vote!.result).toBe("Carried");
    // The counts the council prints: 18 for, 8 against, none with a conflict of interest.
    expect(vote!.casts.filter((c) => c.choice === "for")).toHaveLength(18);
    expect(vote!.casts.filter((c) => c.choice === "against")).toHaveLength(8);
    expect(vote!.casts.filter((c) => c.choice === "other")).toHaveLength(0);
    expect(vote!.casts[0]).toEqual({ name: "A. J. B. Beaumont", uid: null, choice: "for", label: "For" });
    expect(vote!.casts.map((c) => c.name)).toContain("P. J. Whittaker");
    expect(vote!.casts.map((c) => c.name)).toContain("K. J. Van Der Plank");
  });

  it("refuses a page that is not a voting record", () => {
    expect(() =>
      parseRecordedVotes(
        kingstonAgenda(),
        "https://moderngov.kingston.gov.uk/mgListRecordedVotesShort.aspx?AIID=1&MID=2",
      ),
    ).toThrow(/voting record/);
  });
});
