// A tenants', leaseholders' and residents' consultative forum's minutes (the corpus's long minutes of a Tenants',
// Leaseholders' and Residents' Consultative Forum, MId 990025, tests/fixtures/real-harrow/ORIGIN.md): councillors sit
// with representatives of tenants' and residents' associations, housing officers present reports, and representatives
// ask questions that the officers answer (docs/summaries.md#a-tenants-and-leaseholders-forums-minutes). Every minute
// below is written here, in the register of Harrow's, with made-up names, associations and figures.
import { describe, expect, it } from "vitest";
import { willDo } from "@/lib/summarize/extractive/resolution/will-do";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { minuteItem } from "./helpers";

const standing = (title: string, minutesText: string) => describeStandingItem(minuteItem(title, minutesText));

describe("the forum's first item: the associations present, the Chair's welcome and leave to speak", () => {
  const minute = [
    "Representatives from the following Associations were in attendance:",
    "Larkfield Tenants' and Residents' Association",
    "Orchard Rise Tenants' and Residents' Association",
    "Wembley Road Leaseholders' Group",
    "The Chair welcomed the representatives and thanked them for coming to the meeting.",
    "RESOLVED: That all representatives in attendance be allowed to speak on all agenda items during the meeting.",
  ].join("\n\n");

  it("names the associations, drops the welcome and says the leave to speak in a few words", () => {
    expect(standing("Tenants' and Leaseholders' Representatives", minute)).toBe(
      "Associations represented: Larkfield and Orchard Rise Tenants' and Residents' Associations, Wembley Road Leaseholders' Group. All representatives allowed to speak.",
    );
  });

  it("keeps any other sentence of the minute as a sentence after the names, not as an association", () => {
    const line = standing(
      "Tenants' and Leaseholders' Representatives",
      [
        "Representatives from the following Associations were in attendance:",
        "Larkfield Tenants' and Residents' Association",
        "The Chair asked that it be minuted that no leaseholder representatives were present.",
      ].join("\n\n"),
    );
    expect(line).toBe(
      "Associations represented: Larkfield Tenants' and Residents' Association. The Chair asked that it be minuted that no leaseholder representatives were present.",
    );
  });
});

describe("a forum that puts forward its own members", () => {
  it("says 'the Forum nominate …' as what it will do", () => {
    expect(willDo("(2) the Forum nominate two of its representatives to sit on the new panel.", false)).toBe(
      "(2) the Forum will nominate two of its representatives to sit on the new panel.",
    );
    expect(willDo("That the Committee appoint Councillor Ayo Banks as its representative on the board.", false)).toBe(
      "The Committee will appoint Councillor Ayo Banks as its representative on the board.",
    );
  });
});
