// Business recall on the long minutes, sixth round, and two readings a resident trips on
// (docs/summaries.md#long-minutes-round-six): general rules for how minutes are written. Every sentence and minute
// below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { countedListTakenUp } from "@/lib/summarize/extractive/counted-lists";

describe("a list counted after a colon, held to words", () => {
  const title = "Service Risk Register";
  const point =
    "Risk Manager: The register held 14 risks, of which four were rated red: the library roof, the loss of bus routes, flooding in the town centre, and the cost of school transport.";

  it("keeps its count and the names the meeting took up", () => {
    const said = countedListTakenUp(
      point,
      [
        "A Member asked when the flooding in the town centre would be dealt with.",
        "RESOLVED: That the register be noted, and that a report on school transport be brought to the next meeting.",
      ],
      title,
    );
    expect(said).toBe(
      "Risk Manager: The register held 14 risks, of which four were rated red, among them flooding in the town centre and the cost of school transport.",
    );
  });

  it("is left whole when the meeting took up none of the names, or all of them", () => {
    expect(countedListTakenUp(point, ["RESOLVED: That the register be noted."], title)).toBe(point);
    expect(
      countedListTakenUp(
        point,
        [
          "Members discussed the library roof, the loss of bus routes, flooding in the town centre and the cost of school transport.",
        ],
        title,
      ),
    ).toBe(point);
  });

  it("is left whole when the count does not match the names (no counted list)", () => {
    const notCounted =
      "The register held 14 risks, of which three were new: the library roof, the loss of bus routes, flooding in the town centre, and the cost of school transport.";
    expect(countedListTakenUp(notCounted, ["A Member asked about flooding in the town centre."], title)).toBe(
      notCounted,
    );
  });

  it("reads a list without a comma before its last 'and'", () => {
    expect(
      countedListTakenUp(
        "Three audits had found weak controls: the library stock system, fleet fuel cards and school meal payments.",
        ["A Member asked about the fleet fuel cards."],
        "Audit Progress",
      ),
    ).toBe("Three audits had found weak controls, among them fleet fuel cards.");
  });
});
