// Cancelled and moved meetings: a clean heading and one status line, the council's markers not repeated.
import { describe, expect, it } from "vitest";
import { meetingHeading, meetingStatusLine } from "@/lib/data/meeting-heading";
import { extractResolution, initialsOf, splitNameAndJob } from "@/lib/data/text-helpers";

describe("meeting headings", () => {
  it("drops the status markers the status line says in words, keeps special-meeting labels", () => {
    expect(
      meetingHeading(
        "Governance, Audit, Risk Management and Standards Committee - Tuesday 10 November 2026 6.30 pm, CANCELLED",
      ),
    ).toBe("Governance, Audit, Risk Management and Standards Committee - Tuesday 10 November 2026 6.30 pm");
    expect(
      meetingHeading(
        "Moved from 26 January 2027, Governance, Audit, Risk Management and Standards Committee - Tuesday 2 February 2027 6.30 pm, NEW",
      ),
    ).toBe("Governance, Audit, Risk Management and Standards Committee - Tuesday 2 February 2027 6.30 pm");
    expect(
      meetingHeading("(Special - ILACS Report), Overview and Scrutiny Committee - Tuesday 8 July 2025 6.30 pm"),
    ).toBe("(Special - ILACS Report), Overview and Scrutiny Committee - Tuesday 8 July 2025 6.30 pm");
    // Harrow's own titles (corpus meetings 65312 and 65612): no year in "Moved from", a ", MOVED" suffix, a label first.
    expect(
      meetingHeading(
        "Moved from 21 June, Health and Social Care Scrutiny Sub-Committee - Monday 27 June 2022 6.30 pm, MOVED",
      ),
    ).toBe("Health and Social Care Scrutiny Sub-Committee - Monday 27 June 2022 6.30 pm");
    expect(
      meetingHeading(
        "(Special) Moved from 13 September 2022, Overview and Scrutiny Committee - Monday 17 October 2022 7.00 pm",
      ),
    ).toBe("(Special) Overview and Scrutiny Committee - Monday 17 October 2022 7.00 pm");
    expect(meetingHeading("Cabinet - Thursday 10 December 2026 6.30 pm")).toBe(
      "Cabinet - Thursday 10 December 2026 6.30 pm",
    );
  });

  it("says a move without a year in words, and not the bare MOVED marker", () => {
    expect(
      meetingStatusLine({
        status: "held",
        statusNote: "Moved from 21 June; MOVED",
        isUpcoming: false,
        day: "Monday 27 June 2022",
        heading: "Health and Social Care Scrutiny Sub-Committee - Monday 27 June 2022 6.30 pm",
      }),
    ).toBe("This meeting was moved from 21 June to Monday 27 June 2022.");
  });

  it("one clean status line each", () => {
    const base = { isUpcoming: false, day: "Tuesday 10 November 2026", heading: "Governance… 6.30 pm" };
    expect(meetingStatusLine({ ...base, status: "cancelled", statusNote: "CANCELLED" })).toBe(
      "This meeting was cancelled.",
    );
    expect(
      meetingStatusLine({
        ...base,
        status: "scheduled",
        statusNote: "Moved from 26 January 2027; NEW",
        isUpcoming: true,
        day: "Tuesday 2 February 2027",
      }),
    ).toBe(
      "This meeting was moved from 26 January 2027 to Tuesday 2 February 2027. It has not taken place yet. Papers and decisions will appear here as the council publishes them.",
    );
    expect(
      meetingStatusLine({
        ...base,
        status: "held",
        statusNote: "(Special - ILACS Report)",
        heading: "(Special - ILACS Report), Overview…",
      }),
    ).toBeNull();
    expect(meetingStatusLine({ ...base, status: "held", statusNote: "Virtual Meeting" })).toBe(
      "Council note: Virtual Meeting.",
    );
    expect(meetingStatusLine({ ...base, status: "held", statusNote: null })).toBeNull();
  });
});

describe("people's names", () => {
  it("initials come from the name, not the job title", () => {
    expect(initialsOf("Grace Mensah, Corporate Director of Children's Services")).toBe("GM");
    expect(initialsOf("Councillor Marcus Ellery")).toBe("ME");
    expect(splitNameAndJob("Catherine Doyle, Chief Executive")).toEqual({
      name: "Catherine Doyle",
      jobTitle: "Chief Executive",
    });
    expect(splitNameAndJob("Councillor Marcus Ellery")).toEqual({ name: "Councillor Marcus Ellery", jobTitle: null });
  });
});

describe("an item's resolution in its minutes", () => {
  it("starts at RESOLVED, and at Harrow's 'Resolved to RECOMMEND' (a Cabinet recommendation to Council)", () => {
    expect(extractResolution("The Panel discussed the report.\nRESOLVED: That the report be noted.")).toBe(
      "RESOLVED: That the report be noted.",
    );
    expect(
      extractResolution(
        "Members asked about the timetable.\nResolved to RECOMMEND: to Council that the Corporate Plan 2019 be approved.",
      ),
    ).toBe("Resolved to RECOMMEND: to Council that the Corporate Plan 2019 be approved.");
    expect(extractResolution("It was resolved that the meeting adjourn.")).toBeNull();
  });
});
