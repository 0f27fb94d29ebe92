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
