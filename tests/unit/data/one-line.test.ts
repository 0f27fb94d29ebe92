// A listing's one line for a meeting, from real Harrow overviews (corpus meeting 65059, Cabinet 15 July 2021).
import { describe, expect, it } from "vitest";
import { oneLineOf } from "@/lib/data/meetings";

describe("a listing's one line", () => {
  it("takes no full stop after an outcome that ends on a shortened title", () => {
    expect(
      oneLineOf(
        "The Cabinet met on Thursday 15 July 2021 and approved Homes for Harrow… and Treasury Management - Shared Service Arrangement…",
      ),
    ).toBe("Approved Homes for Harrow… and Treasury Management - Shared Service Arrangement…");
    expect(
      oneLineOf("The Cabinet met on Thursday 20 April 2023 and approved the Fly-tipping and Littering Strategy."),
    ).toBe("Approved the Fly-tipping and Littering Strategy.");
  });
});

describe("a meeting's highlighted title in search results", () => {
  it("is cut to the meeting's heading, highlights kept (corpus meetings 65287 and 65612)", async () => {
    const { headingSegments } = await import("@/lib/data/search");
    expect(
      headingSegments(
        [
          { text: "Moved from 20 January 2022, ", highlighted: false },
          { text: "Cabinet", highlighted: true },
          { text: " - Monday 24 January 2022 6.30 pm", highlighted: false },
        ],
        "Cabinet - Monday 24 January 2022 6.30 pm",
      ),
    ).toEqual([
      { text: "Cabinet", highlighted: true },
      { text: " - Monday 24 January 2022 6.30 pm", highlighted: false },
    ]);
    expect(
      headingSegments(
        [
          { text: "(Special) Moved from 13 September 2022, Overview and ", highlighted: false },
          { text: "Scrutiny", highlighted: true },
          { text: " Committee - Monday 17 October 2022 7.00 pm", highlighted: false },
        ],
        "(Special) Overview and Scrutiny Committee - Monday 17 October 2022 7.00 pm",
      ),
    ).toEqual([
      { text: "(Special) Overview and ", highlighted: false },
      { text: "Scrutiny", highlighted: true },
      { text: " Committee - Monday 17 October 2022 7.00 pm", highlighted: false },
    ]);
  });
});
