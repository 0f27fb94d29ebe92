// The business consultative panel, second round (docs/summaries.md#the-business-consultative-panel-second-round): a
// decision's step to a group the officer's account counted says how many. Every sentence below is written here, with
// made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { withGroupCounted } from "@/lib/summarize/extractive/counted-recipients";

const ACCOUNT =
  "Mr Tobias Wrenfield-Oduya advised that the Council had checked its records and estimated that about 460 households were eligible for the warm homes grant but had not applied for it. Most of them lived in older terraces in Brackley Vale.";

describe("a decision's group counted by the account", () => {
  it("says the account's count before the group the decision names", () => {
    expect(
      withGroupCounted(
        "Officers will write by 14 March 2027 to the households believed to be eligible for the warm homes grant that had not applied for it.",
        ACCOUNT,
      ),
    ).toBe(
      "Officers will write by 14 March 2027 to about 460 households believed to be eligible for the warm homes grant that had not applied for it.",
    );
  });

  it("leaves the decision as it was when the count is about something else", () => {
    const other =
      "Ms Greta Lindqvist-Amadi said that some 85 households had asked for a second visit from the energy adviser.";
    const decision =
      "Officers will write to the households believed to be eligible for the warm homes grant that had not applied for it.";
    expect(withGroupCounted(decision, other)).toBe(decision);
  });

  it("leaves the decision as it was when the account counts the group twice, or gives no estimate", () => {
    const decision = "Officers will contact the tenants affected by the lift repairs at Corrow House.";
    const twice =
      "Around 40 tenants were affected by the lift repairs at Corrow House. Around 12 tenants in the next block were affected by the repairs too.";
    expect(withGroupCounted(decision, twice)).toBe(decision);
    const exact = "The lift repairs at Corrow House had affected 40 tenants.";
    expect(withGroupCounted(decision, exact)).toBe(decision);
    expect(withGroupCounted(decision, "Around 40 tenants were affected by the lift repairs at Corrow House.")).toBe(
      "Officers will contact around 40 tenants affected by the lift repairs at Corrow House.",
    );
  });
});
