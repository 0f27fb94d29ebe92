// Business recall on the long minutes, twenty-third round (docs/summaries.md#long-minutes-round-twenty-three): an
// answer that rules something out ("No swimming pool would close in 2027/28, and …") is said, held to words, to its
// first clause when what follows carries no figure.
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { ruledOutFirst } from "@/lib/summarize/extractive/free-words";
import { pickMinutePoints } from "@/lib/summarize/extractive/minute-points";
import { minutePointsInput } from "./helpers";

describe("an answer that rules something out", () => {
  it("is said to its first clause when what follows after ', and' carries no figure", () => {
    expect(
      ruledOutFirst(
        "Councillor Hale: No swimming pool would close in 2027/28, and the Council would ask the leisure trust about sharing staff before anything was decided.",
      ),
    ).toBe("Councillor Hale: No swimming pool would close in 2027/28.");
    expect(
      ruledOutFirst(
        "None of the day centres was at risk, and officers would keep families informed as plans developed.",
      ),
    ).toBe("None of the day centres was at risk.");
  });

  it("keeps what follows when it carries a figure, in digits or in words", () => {
    const digits = "Leader: No children's centre would close, and 14 staff would move to the family hubs by June 2027.";
    expect(ruledOutFirst(digits)).toBe(digits);
    const words = "Leader: No children's centre would close, and three would open on Saturdays from the spring.";
    expect(ruledOutFirst(words)).toBe(words);
  });

  it("keeps a ', but …' that qualifies what was ruled out, and an answer that rules nothing out", () => {
    const qualified =
      "Leader: No library would close in 2027/28, but opening hours would be shorter at the smaller branches.";
    expect(ruledOutFirst(qualified)).toBe(qualified);
    const plain =
      "Leader: The library would move to the Civic Hall in 2027/28, and the Council would consult its users on the design.";
    expect(ruledOutFirst(plain)).toBe(plain);
  });
});

describe("a question time held to words", () => {
  const TITLE = "Question Time with the Leader of the Council";
  const MINUTE = [
    "A Member asked how many households were waiting for social housing. The Leader responded that 6,420 households were on the register, against 5,980 a year earlier.",
    "A Member asked about the cost of agency staff. The Chief Executive responded that agency spending was forecast at £18.2m in 2026/27, which was 11% of the pay bill.",
    "A Member asked about the recycling rate. The Leader responded that the rate had been 36.4% in 2026/27, below the London average of about 40%.",
    "A Member asked how many potholes had been repaired. The Leader responded that 3,150 potholes had been repaired since April, against 2,600 in the same period of the year before.",
    "A Member asked about council tax collection. The Chief Executive responded that 94.8% of the council tax due had been collected by the end of January, against 95.3% a year earlier.",
    "A Member asked about youth clubs. The Leader responded that 9 youth clubs were open each week, and 1,240 young people had used them in the autumn term.",
    "A Member asked whether any swimming pools would close as part of the savings. The Leader responded that no swimming pool would close in 2027/28, and that the Council would talk to the leisure trust about sharing staff between the smaller pools before any proposal was made.",
  ].join("\n");

  it("says an answer that rules something out without what might come next", () => {
    const points = pickMinutePoints(minutePointsInput(MINUTE, TITLE)).picked.map((c) => c.text);
    const pools = points.find((t) => /swimming pool/i.test(t));
    expect(pools).toBeDefined();
    expect(pools).toMatch(/No swimming pool would close in 2027\/28\.$/);
    expect(pools).not.toContain("leisure trust");
  });
});
