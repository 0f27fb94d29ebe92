// Agenda titles the minutes print in capitals read in title case, as Harrow writes its agenda titles; a short title
// in capitals may be an abbreviation and is left as it is unless each word is plainly a word. Shapes from older Council
// minutes read in the fifth probe ("MAYOR'S ANNOUNCEMENTS"); the titles here are written for the test.
import { describe, expect, it } from "vitest";
import { cleanHeading } from "@/lib/summarize/extractive/build-sections";

describe("a title printed in capitals", () => {
  it("reads one or two long words, or a word with 'S, in title case", () => {
    expect(cleanHeading("MAYOR'S ANNOUNCEMENTS")).toBe("Mayor's Announcements");
    expect(cleanHeading("PETITIONS")).toBe("Petitions");
    expect(cleanHeading("DEPUTATIONS")).toBe("Deputations");
  });

  it("leaves a short title that may be an abbreviation, and keeps the known ones inside longer titles", () => {
    expect(cleanHeading("SACRE")).toBe("SACRE");
    expect(cleanHeading("HRA BUDGET")).toBe("HRA BUDGET");
    expect(cleanHeading("FINAL REVENUE BUDGET AND MTFS")).toBe("Final Revenue Budget and MTFS");
  });
});
