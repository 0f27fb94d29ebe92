// The one-line decisions of "Decisions at a glance": outcome first, without the minute's formulas.
import { describe, expect, it } from "vitest";
import { glanceText } from "@/lib/data/summary-view";

describe("glanceText", () => {
  it("keeps a planning line's outcome, vote and address, without the proposal", () => {
    expect(
      glanceText(
        "Cullen Way",
        "Granted (voted 5 in favour, 2 against), as officers recommended: Cullen Way, HA3 5QR (PL/1874/26) – demolition of buildings.",
      ),
    ).toBe("Granted (voted 5 in favour, 2 against), as officers recommended: Cullen Way, HA3 5QR (PL/1874/26)");
  });

  it("says a recommendation is one, to whom, without the list's first number", () => {
    expect(
      glanceText(
        "Final Revenue Budget",
        "Recommended to Council: (1) approve the 2021/22 budget; (2) approve the Pay Policy Statement.",
      ),
    ).toBe("Final Revenue Budget: recommended to Council: approve the 2021/22 budget (and 1 more)");
    expect(glanceText("Budget monitoring", "RESOLVED: That the report be noted.")).toBe(
      "Budget monitoring: report noted.",
    );
    expect(
      glanceText(
        "Final Revenue Budget",
        "Recommended to Council: approve (1) the 2021/22 budget; (2) the Pay Policy Statement.",
      ),
    ).toBe("Final Revenue Budget: recommended to Council: approve the 2021/22 budget (and 1 more)");
    expect(glanceText("Reports", "Noted: (1) the annual report; (2) the work programme.")).toBe(
      "Reports: noted: the annual report (and 1 more)",
    );
    // A decision read from the printed minutes keeps its numbers: the first clause, never "(1)" dropped beside "(2)".
    expect(
      glanceText(
        "Homes for Harrow",
        "(1) The pilot was approved: the airspace above council homes is to be leased to Apex Ltd; (2) The Director was authorised to finalise the lease; (3) A report will come back.",
      ),
    ).toBe(
      "Homes for Harrow: the pilot was approved: the airspace above council homes is to be leased to Apex Ltd (and 2 more)",
    );
  });
});
