// Standing lines said in fewer words, every name and date kept (stop 32): the long minutes' procedural share had
// risen past 10% once a SACRE's minutes joined the corpus. Sentences are written here; names and dates are made up.
import { describe, expect, it } from "vitest";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import type { SummaryItem } from "@/lib/summarize/types";
import { minuteItem } from "./helpers";

const item = (title: string, minutesText: string): SummaryItem => minuteItem(title, minutesText, { description: null });

describe("an appointment for the rest of the year", () => {
  it("says 'for the rest of' the year, and drops the meeting's own body however long its name", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Vice-Chair",
          "RESOLVED: That Mr Tobias Greer be appointed Vice-Chair of the Standing Advisory Council for Religious Education for the remainder of the Municipal Year 2026/27.",
        ),
      ),
    ).toBe("Mr Tobias Greer appointed Vice-Chair for the rest of 2026/27.");
  });

  it("'the remainder of the 2026/27 Municipal Year' and a resignation from the body itself", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Vice-Chair",
          "RESOLVED: That Councillor Ines Barrow be appointed Vice-Chair for the remainder of the 2026/27 Municipal Year, following the resignation of Councillor Ted Hale from the Panel.",
        ),
      ),
    ).toBe("Cllr Ines Barrow appointed Vice-Chair for the rest of 2026/27, after Cllr Ted Hale resigned.");
  });

  it("keeps a body that is not the meeting's own", () => {
    expect(
      describeStandingItem(
        item(
          "Appointments",
          "RESOLVED: That Councillor Ines Barrow be appointed to the West London Waste Authority for the remainder of the 2026/27 Municipal Year.",
        ),
      ),
    ).toContain("West London Waste Authority");
  });
});

describe("the date of the next meeting", () => {
  it("is said as the date alone", () => {
    expect(
      describeStandingItem(
        item("Date of Next Meeting", "RESOLVED: To note that the next meeting of SACRE would be held on 14 July 2026."),
      ),
    ).toBe("Next meeting: 14 July 2026.");
    expect(
      describeStandingItem(
        item(
          "Date of Next Meeting",
          "The next meeting of the Forum will take place on Tuesday 9 June 2026 at 7.30 pm.",
        ),
      ),
    ).toBe("Next meeting: Tuesday 9 June 2026 at 7.30 pm.");
  });
});
