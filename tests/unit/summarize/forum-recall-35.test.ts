// Long minutes, round twenty-four (docs/summaries.md#long-minutes-round-twenty-four): a figure said without the reason
// for it or the list of its parts when words are short, and how many preferred the option a decision takes said before how
// long its consultation ran. Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { toFirstNewFigure } from "@/lib/summarize/extractive/answer-clauses";
import { telling } from "@/lib/summarize/extractive/answer-value";
import { prefersDecidedOption } from "@/lib/summarize/extractive/preferred-option";
import { sparePoint } from "@/lib/summarize/extractive/spare-point-pick";
import { candidatesOf } from "./helpers";

const isNew = (said: string) => (clause: string) => telling(clause).some((f) => !telling(said).includes(f));

describe("a figure said without its reason", () => {
  it("ends before the reason given for the figure, even when the reason has figures of its own", () => {
    expect(
      toFirstNewFigure(
        "For 2026/27, the forecast at month 6 was an overspend of £3.4m on home to school transport, because the number of pupils carried by taxi had risen from 318 to 362 since September.",
        isNew("month 6"),
        true,
      ),
    ).toBe("For 2026/27, the forecast at month 6 was an overspend of £3.4m on home to school transport.");
  });

  it("is no cut where the minute is not held to words", () => {
    expect(
      toFirstNewFigure(
        "For 2026/27, the forecast at month 6 was an overspend of £3.4m on home to school transport, because the number of pupils carried by taxi had risen from 318 to 362 since September.",
        isNew("month 6"),
      ),
    ).toBeNull();
  });

  it("is no cut when the new figure is only in the reason", () => {
    expect(
      toFirstNewFigure(
        "The transport budget was overspent, because the number of pupils carried by taxi had risen to 362.",
        isNew(""),
        true,
      ),
    ).toBeNull();
  });
});

describe("a figure said without the list of its parts", () => {
  it("ends at the colon that opens the list", () => {
    expect(
      toFirstNewFigure(
        "The recovery plan set out measures expected to save £2.7m in 2027/28: a resource base of 40 places at the Orchard Vale site from January 2027; a review of transport routes; and a fund for early help.",
        isNew(""),
        true,
      ),
    ).toBe("The recovery plan set out measures expected to save £2.7m in 2027/28.");
  });

  it("goes on into the list when the figure wanted is there", () => {
    expect(
      toFirstNewFigure(
        "The plan set out three measures: a resource base of 40 places; a review of routes; and a fund of £90,000 for early help.",
        isNew(""),
        true,
      ),
    ).toBe("The plan set out three measures: a resource base of 40 places.");
  });
});

describe("the words a condensed meeting leaves unspent", () => {
  const TITLE = "Home to School Transport Budget 2026/27";
  const MINUTE = [
    "The Head of Transport, Ms Delphine Aske, said that the service's budget for 2026/27 was £11.2m.",
    "For 2026/27, the forecast at month 6 was an overspend of £3.4m, because the number of pupils carried by taxi had risen from 318 to 362 since September and the new contract for the eastern routes had cost more than planned.",
  ].join("\n\n");
  const candidates = candidatesOf(MINUTE, TITLE);
  const picked = candidates.filter((c) => c.text.includes("£11.2m"));
  const rest = candidates.filter((c) => !picked.includes(c));

  it("buy the overspend said without its reason when the whole sentence is too long", () => {
    expect(sparePoint(rest, picked, [TITLE, "The report was noted."], 18, true)?.text).toBe(
      "For 2026/27, the forecast at month 6 was an overspend of £3.4m.",
    );
  });
});

describe("how many preferred the option the decision takes", () => {
  const DECISION =
    "That the local funding formula for 2027/28 be set as Option 2, with a minimum funding guarantee of 0.5%.";

  it("is a count in digits of those who preferred the option the decision names", () => {
    expect(
      prefersDecidedOption(
        "Thirty-one of the 48 schools, 65%, had preferred Option 2, nine Option 1 and eight Option 3.",
        DECISION,
      ),
    ).toBe(true);
    expect(prefersDecidedOption("Of the 212 residents who replied, 140 supported option 2.", DECISION)).toBe(true);
  });

  it("is not a count of those who preferred another option, nor a description of the option", () => {
    expect(
      prefersDecidedOption("Twenty of the 48 schools, 42%, had preferred Option 1, and 28 Option 2.", DECISION),
    ).toBe(false);
    expect(prefersDecidedOption("Option 2 followed the national formula, with a guarantee of 0.5%.", DECISION)).toBe(
      false,
    );
    expect(prefersDecidedOption("Most schools had preferred Option 2.", DECISION)).toBe(false);
    expect(
      prefersDecidedOption("Thirty-one of the 48 schools had preferred Option 2.", "That the report be noted."),
    ).toBe(false);
  });
});
