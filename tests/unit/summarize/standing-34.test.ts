// Standing lines in fewer words, every name kept (stop 34): an appointment noted as made, and whom it replaced without
// why the seat was free; a name corrected in the list of those present said as the correction; a declaration's home
// said as where the member lives, and a job said without "employed as"; a minute's silence for a former councillor
// with the ward and years in brackets. Sentences are written here; names, bodies and dates are made up.
import { describe, expect, it } from "vitest";
import { describeStandingItem, foldStandingItems } from "@/lib/summarize/extractive/standing-items";
import type { SummaryItem } from "@/lib/summarize/types";
import { minuteItem } from "./helpers";

const item = (title: string, minutesText: string): SummaryItem => minuteItem(title, minutesText, { description: null });
const fold = (...items: SummaryItem[]) => foldStandingItems(items, true);

describe("an appointment the minute notes as already made", () => {
  it("says it as made, and whom it replaced without why that member went", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Vice-Chair",
          "RESOLVED: To note that Councillor Iona Petrakis had been appointed Vice-Chair of the Panel for the remainder of the 2031-2032 Municipal Year, in place of Councillor Rhodri Vance, who had left the Panel in March 2032.",
        ),
      ),
    ).toBe("Cllr Iona Petrakis appointed Vice-Chair for the rest of 2031-2032, replacing Cllr Rhodri Vance.");
  });

  it("keeps a replaced member's clause that says something else about them", () => {
    const said = describeStandingItem(
      item(
        "Appointment of Vice-Chair",
        "RESOLVED: To note that Councillor Iona Petrakis had been appointed Vice-Chair of the Panel for the remainder of the 2031-2032 Municipal Year, in place of Councillor Rhodri Vance, who had become Leader of the Council.",
      ),
    );
    expect(said).toContain("Rhodri Vance, who had become Leader of the Council");
    expect(said).toMatch(/^Cllr Iona Petrakis appointed Vice-Chair\b/);
  });

  it("leaves a reserve who sat for an absent member as it was", () => {
    expect(
      describeStandingItem(
        item(
          "Attendance by Reserve Members",
          "RESOLVED: To note that Councillor Kit Morrow attended as a reserve for Councillor Abel Frost, who had left the meeting early.",
        ),
      ),
    ).not.toContain("replacing");
  });
});

describe("a name corrected in the list of those present", () => {
  it("is said as the correction: who the person was", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED: That the minutes of the meeting held on 9 February 2032 be taken as read and signed as a correct record, subject to the name of the young people's representative being corrected to Mr Tobiah Lusk in the list of those present.",
        ),
      ),
    ).toBe("Minutes of 9 February 2032 approved; corrected: the young people's representative was Mr Tobiah Lusk.");
  });
});

describe("a declaration's reason said in fewer words", () => {
  it("says a member's home on a road in the area as where the member lives", () => {
    const said = fold(
      item(
        "Declarations of Interest",
        "RESOLVED: To note that the following interest was declared:\n\nAgenda Item 6 – Proposed Linden Fields Conservation Area\n\nCouncillor Orla Brandt declared a non-pecuniary interest in that her home was on one of the roads within the proposed conservation area. She would remain in the room and take part in the discussion and vote.",
      ),
    );
    expect(said).toContain("Orla Brandt (lives in the proposed conservation area; stayed and voted)");
  });

  it("says a relative's job without 'employed as'", () => {
    const said = fold(
      item(
        "Declarations of Interest",
        "RESOLVED: To note that the following interest was declared:\n\nAgenda Item 7 – Hospital Discharge\n\nCouncillor Pia Sorensen declared a non-pecuniary interest in that her brother was employed as a porter at Ashgrove Hospital. She would remain in the room whilst the matter was considered.",
      ),
    );
    expect(said).toContain("Pia Sorensen (her brother was a porter at Ashgrove Hospital; stayed)");
  });
});

describe("a minute's silence for a former councillor", () => {
  it("gives the ward and years in brackets, and when the member died", () => {
    expect(
      describeStandingItem(
        item(
          "Minute's Silence",
          "A minute's silence was observed in memory of former Councillor Edna Ruskin, who represented Hatch End ward from 1986 to 2002 and died on 4 January 2032.",
        ),
      ),
    ).toBe("Minute's silence for former Cllr Edna Ruskin (Hatch End ward, 1986 to 2002), who died on 4 January 2032.");
  });

  it("says nothing more for 'and has died', which the silence says", () => {
    expect(
      describeStandingItem(
        item(
          "Minute's Silence",
          "A minute's silence was observed in memory of former Councillor Edna Ruskin, who represented the Hatch End Ward from 1986 to 2002 and has died.",
        ),
      ),
    ).toBe("Minute's silence for former Cllr Edna Ruskin (Hatch End Ward, 1986 to 2002).");
  });
});
