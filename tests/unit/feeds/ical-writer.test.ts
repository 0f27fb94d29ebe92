import { describe, expect, it } from "vitest";
import {
  CRLF,
  escapeIcalText,
  foldLine,
  formatLondonLocal,
  formatUtc,
  propertyLine,
  renderCalendar,
  sanitizeIcalUri,
} from "@/lib/feeds/ical-writer";

/** Undo folding as a calendar app does (RFC 5545 3.1): CRLF followed by one space or tab disappears. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("escapeIcalText", () => {
  it("escapes backslash, semicolon and comma, and writes line breaks as \\n", () => {
    expect(escapeIcalText("a\\b;c,d\r\ne\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("turns other control characters (PDF form feeds, NUL) into spaces", () => {
    expect(escapeIcalText("page\fbreak\u0000x")).toBe("page break x");
  });
});

describe("foldLine", () => {
  it("leaves lines of 75 octets alone", () => {
    const line = "X".repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it("folds longer lines so that no physical line exceeds 75 octets, and unfolds to the original", () => {
    const line = `DESCRIPTION:${"The committee noted the report. ".repeat(12)}`;
    const folded = foldLine(line);
    for (const physical of folded.split(CRLF)) expect(Buffer.byteLength(physical, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.split(CRLF).slice(1).every((l) => l.startsWith(" "))).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it("never splits a multi-byte UTF-8 character", () => {
    const line = `SUMMARY:${"é£😀".repeat(40)}`;
    const folded = foldLine(line);
    for (const physical of folded.split(CRLF)) {
      expect(Buffer.byteLength(physical, "utf8")).toBeLessThanOrEqual(75);
      expect(physical).not.toMatch(/\uFFFD/);
      // Re-encoding round-trips only if no character was cut in half.
      expect(Buffer.from(physical, "utf8").toString("utf8")).toBe(physical);
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe("renderCalendar", () => {
  it("ends every line, the last included, with CRLF and has no bare LF", () => {
    const text = renderCalendar({
      name: "VCALENDAR",
      properties: [["VERSION", "2.0"], ["X-WR-CALNAME", escapeIcalText("Line one\nline two")]],
      components: [{ name: "VEVENT", properties: [["UID", "a@b"]] }],
    });
    expect(text).toBe(`BEGIN:VCALENDAR${CRLF}VERSION:2.0${CRLF}X-WR-CALNAME:Line one\\nline two${CRLF}BEGIN:VEVENT${CRLF}UID:a@b${CRLF}END:VEVENT${CRLF}END:VCALENDAR${CRLF}`);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("refuses property names that would break the format", () => {
    expect(() => propertyLine(["SUMMARY:X", "y"])).toThrow();
    expect(() => propertyLine(["summary", "y"])).toThrow();
    expect(propertyLine(["DTSTART;TZID=Europe/London", "20250708T183000"])).toBe("DTSTART;TZID=Europe/London:20250708T183000");
  });
});

describe("dates", () => {
  it("formats UTC stamps", () => {
    expect(formatUtc(new Date("2026-11-26T12:03:04.567Z"))).toBe("20261126T120304Z");
  });

  it("formats London wall-clock time in summer (BST) and winter (GMT)", () => {
    expect(formatLondonLocal(new Date("2025-07-08T17:30:00Z"))).toBe("20250708T183000");
    expect(formatLondonLocal(new Date("2025-12-09T18:30:00Z"))).toBe("20251209T183000");
    expect(formatLondonLocal(new Date("2025-10-25T23:30:00Z"))).toBe("20251026T003000");
  });
});

describe("sanitizeIcalUri", () => {
  it("removes whitespace and control characters that would end the property line", () => {
    expect(sanitizeIcalUri("https://x.example/a\r\nBEGIN:VEVENT")).toBe("https://x.example/aBEGIN:VEVENT");
  });
});
