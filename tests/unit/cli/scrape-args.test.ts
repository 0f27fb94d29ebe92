import { describe, expect, it } from "vitest";
import { ArgsError, parseScrapeArgs } from "@/lib/cli/scrape-args";

const now = new Date("2026-11-26T12:00:00Z");

describe("scrape arguments", () => {
  it("defaults to Harrow and a window from 8 weeks back to 8 weeks ahead", () => {
    const args = parseScrapeArgs([], now);
    expect(args.council).toBe("harrow");
    expect(args.window.from.toISOString()).toBe("2026-10-01T12:00:00.000Z");
    expect(args.window.to.toISOString()).toBe("2027-01-21T12:00:00.000Z");
    expect(args.committee).toEqual([]);
  });

  it("reads every option", () => {
    const args = parseScrapeArgs(
      [
        "--council",
        "harrow",
        "--base-url",
        "http://127.0.0.1:4000",
        "--from",
        "2025-06-01",
        "--to",
        "2025-12-31",
        "--committee",
        "788",
        "--committee",
        "276",
        "--meeting",
        "66101",
      ],
      now,
    );
    expect(args).toMatchObject({ baseUrl: "http://127.0.0.1:4000", committee: [788, 276], meeting: [66101] });
    expect(args.window.from.toISOString()).toBe("2025-06-01T00:00:00.000Z");
    expect(args.window.to.toISOString()).toBe("2025-12-31T23:59:59.000Z");
  });

  it.each([
    [["--from", "01/06/2025"], /--from: a date as YYYY-MM-DD/],
    [["--from", "2025-02-30"], /--from: a real calendar date/],
    [["--from", "2025-06-01", "--to", "2025-01-01"], /--from must not be after --to/],
    [["--committee", "abc"], /--committee/],
    [["--base-url", "ftp://x"], /--base-url/],
    [["--bogus"], /Unknown option '--bogus'/],
  ])("rejects %j with a clear message", (argv, message) => {
    expect(() => parseScrapeArgs(argv, now)).toThrow(ArgsError);
    expect(() => parseScrapeArgs(argv, now)).toThrow(message);
  });
});
