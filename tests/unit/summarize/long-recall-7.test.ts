// Business recall on the long minutes, seventh round (docs/summaries.md#long-minutes-round-seven): general rules for
// how minutes are written. Every sentence and minute below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { headlineOf } from "./helpers";

describe("the headline of a questioned account measured in years, months, weeks or days", () => {
  const title = "Annual Report on Housing Need 2025";
  const minute = (opening: string) =>
    [
      "The Committee received the annual report of the Head of Housing Needs, whose theme was the wait for a larger home.",
      `The Head of Housing Needs, Ms Ada Corrigan, presented the report. ${opening}`,
      "She said that 14% of households on the register were living in overcrowded homes, against 11% two years before.",
      "A Member asked how many families were in bed and breakfast. The Head of Housing Needs responded that 38 families were, none of them for longer than the legal limit.",
      "RESOLVED: That the report be noted.",
    ].join("\n\n");

  it("is the first figure of the account when it is a span measured in years, not only a sum or a rate", () => {
    const m = minute(
      "A family needing a four-bedroom council home had waited 9.5 years on average, against 6 years for a two-bedroom one.",
    );
    expect(headlineOf(m, title)).toMatch(/waited 9\.5 years on average/);
  });

  it("reads a span in weeks or days the same way", () => {
    const m = minute("Repairs to empty homes had taken 7 weeks on average before a new tenant could move in.");
    expect(headlineOf(m, title)).toMatch(/taken 7 weeks on average/);
  });

  it("is still the rate when the account's years are only said in words", () => {
    const m = minute("Over the last three years the register had grown steadily.");
    expect(headlineOf(m, title)).toMatch(/14% of households/);
  });

  it("does not take a figure grouped in thousands for a span", () => {
    const m = minute("Some 2,400 days of temporary accommodation had been paid for in the spring alone.");
    expect(headlineOf(m, title)).toMatch(/14% of households/);
  });
});
