// Wordings found reading the long minutes as a resident at stop 30, round two. Inputs are written here in our own
// words, in the shape of a resolution's numbered steps, an officer's answer and a list of points a director made
// (names and figures made up).
import { describe, expect, it } from "vitest";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { toItsFacts } from "@/lib/summarize/extractive/answer-clauses";
import { withDroppedSubject } from "@/lib/summarize/extractive/bullet-filters";

describe("a later report's contents, asked for in a resolution", () => {
  it("says 'Future reports … will show', never the subjunctive 'Future reports … show'", () => {
    const plain = plainResolution(
      "RESOLVED: That (1) the report be noted; (2) future reports to the Panel show, for each month, how many cases had been closed.",
    );
    expect(plain).toContain("Future reports to the Panel will show, for each month, how many cases had been closed.");
  });

  it("says a report's contents asked for on their own as what the report will include", () => {
    expect(
      plainResolution(
        "RESOLVED: That (1) the report be noted; (2) future reports to the Board include a breakdown by ward.",
      ),
    ).toContain("(2) Future reports to the Board will include a breakdown by ward.");
  });
});

describe("a series of clauses cut short where one had no 'that'", () => {
  it("ends what is left on its 'and' ('£310,000, and the new lift …'), never two clauses joined by a comma", () => {
    expect(
      toItsFacts(
        "A firm had been chosen to rebuild it at a cost of £275,000, the new boiler would be working by 28 February 2026, and while the work went on residents would be offered heaters to borrow.",
      ),
    ).toBe(
      "A firm had been chosen to rebuild it at a cost of £275,000, and the new boiler would be working by 28 February 2026.",
    );
  });

  it("leaves a comma after an opening phrase alone ('In October 2025, the figure …')", () => {
    expect(
      toItsFacts(
        "In October 2025, the number of open cases had risen to 410, and officers would keep the matter under review as the winter went on.",
      ),
    ).toBe("In October 2025, the number of open cases had risen to 410.");
    expect(
      toItsFacts(
        "£4.1m had been spent on repairs, the largest share of which was for roofs at 12 blocks, and the rest would be left for the contractor to settle in due course.",
      ),
    ).toBe("£4.1m had been spent on repairs, the largest share of which was for roofs at 12 blocks.");
  });
});

describe("a clause whose subject was in the clause dropped before it", () => {
  it("takes the dropped clause's subject when it opens on its verb ('had seen …')", () => {
    expect(
      withDroppedSubject(
        "had seen 2,310 people since it began in May 2025",
        "the new rapid response team visited people at home within 3 hours of a call",
      ),
    ).toBe("the team had seen 2,310 people since it began in May 2025");
    expect(withDroppedSubject("had seen 2,310 people by May", "the new team visited people within 3 hours")).toBe(
      "the new team had seen 2,310 people by May",
    );
  });

  it("keeps a clause that has a subject of its own", () => {
    expect(withDroppedSubject("310 people had been seen", "the team visited people within 3 hours")).toBe(
      "310 people had been seen",
    );
  });
});

describe("a finding's own 'that' inside a resolution", () => {
  it("keeps 'the finding that there had been no breach', with a second step after it", () => {
    expect(
      plainResolution(
        "RESOLVED: That the panel's finding that there had been no failure of the complaints procedure be accepted and the case be closed.",
      ),
    ).toBe(
      "RESOLVED: The panel's finding that there had been no failure of the complaints procedure was accepted and the case was closed.",
    );
  });
});
