import { describe, expect, it } from "vitest";
import { BUILT_IN_COUNCILS, CouncilsConfigError, parseCouncilList } from "@/lib/councils";

describe("the council list", () => {
  it("ships Harrow first (the default) and Brent", () => {
    expect(BUILT_IN_COUNCILS.map((c) => c.slug)).toEqual(["harrow", "brent"]);
  });

  it("accepts a council with politeness settings and normalises its URLs", () => {
    const [council] = parseCouncilList(
      [
        {
          slug: "camden",
          name: "Camden Council",
          baseUrl: "https://democracy.camden.gov.uk/",
          minIntervalMs: 2000,
          timeoutMs: 20_000,
          userAgent: "CamdenDigest/1.0 (+https://example.org)",
        },
      ],
      "test",
    );
    expect(council).toEqual({
      slug: "camden",
      name: "Camden Council",
      baseUrl: "https://democracy.camden.gov.uk",
      minIntervalMs: 2000,
      timeoutMs: 20_000,
      userAgent: "CamdenDigest/1.0 (+https://example.org)",
    });
  });

  it("names every bad entry: URL, slug, unknown key, duplicate", () => {
    const attempt = () =>
      parseCouncilList(
        [
          { slug: "harrow", name: "Harrow Council", baseUrl: "https://moderngov.harrow.gov.uk" },
          { slug: "Bad Slug", name: "X", baseUrl: "ftp://x.gov.uk" },
          { slug: "ops", name: "Ops", baseUrl: "https://ops.gov.uk", minInterval: 5 },
          { slug: "harrow", name: "Again", baseUrl: "https://moderngov.harrow.gov.uk" },
        ],
        "COUNCILS_FILE (x.json)",
      );
    expect(attempt).toThrow(CouncilsConfigError);
    const message = (() => {
      try {
        attempt();
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/entry 2 \("Bad Slug"\): slug: lower-case letters/);
    expect(message).toMatch(/entry 2 \("Bad Slug"\): baseUrl: an http\(s\) URL/);
    expect(message).toMatch(/entry 3 \("ops"\): slug: not one of the site's own paths/);
    expect(message).toMatch(/entry 3 \("ops"\): entry: Unrecognized key: "minInterval"/);
    expect(message).toMatch(/entry 4 \("harrow"\): slug: "harrow" is used twice/);
  });

  it("accepts extra host names for the council's papers, and refuses URLs, ports or paths there", () => {
    const [council] = parseCouncilList(
      [{ slug: "x", name: "X", baseUrl: "https://mg.example.gov.uk", extraHosts: ["Docs.Example.gov.uk"] }],
      "test",
    );
    expect(council?.extraHosts).toEqual(["docs.example.gov.uk"]);
    for (const bad of [
      "https://docs.example.gov.uk",
      "docs.example.gov.uk:8080",
      "docs.example.gov.uk/papers",
      "localhost",
    ]) {
      expect(
        () =>
          parseCouncilList([{ slug: "x", name: "X", baseUrl: "https://mg.example.gov.uk", extraHosts: [bad] }], "test"),
        bad,
      ).toThrow(/extraHosts\.0: a host name/);
    }
  });

  it("refuses an empty list or something that is not a list", () => {
    expect(() => parseCouncilList([], "f")).toThrow(/at least one entry/);
    expect(() => parseCouncilList({ slug: "harrow" }, "f")).toThrow(/JSON array/);
  });
});
