// The point a condensed meeting's unspent words buy an item, when there are words enough for a long point as well as a
// shorter one (stop 30): its worth counts once for each new figure it says, so more words left never buy a long remark
// with one new figure over a point with two. Sentences written here, with
// made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { sparePoint } from "@/lib/summarize/extractive/spare-point-pick";
import { candidatesOf } from "./helpers";

const TITLE = "Call-in: Elmside Controlled Parking Zone";
const DECISION = "The call-in was not upheld and the decision may be implemented.";
const MINUTE = [
  "The lead signatory, Mr Peter Oduya, said that the zone had been extended to eleven roads without a second consultation.",
  "He said that a petition of 530 signatures opposing the zone had been handed to the Council in 2024, and that in the view of the residents he represented nothing about the parking in the area had changed since then.",
  "Asked about the cost to residents, the Head of Parking said that a resident's permit would cost £85 a year for a first car, and each household would get 40 free visitor permits.",
].join("\n\n");

describe("a spare point chosen with words to spare", () => {
  const candidates = candidatesOf(MINUTE, TITLE);
  const picked = candidates.filter((c) => c.text.includes("eleven roads"));
  const rest = candidates.filter((c) => !picked.includes(c));

  it("takes the short point with a new figure over a long remark with one, when both fit", () => {
    const got = sparePoint(rest, picked, [TITLE, DECISION], 60);
    expect(got?.text).toMatch(/£85/);
  });

  it("takes a point with two new figures over a long remark with one scored a little higher, in a minute held to words", () => {
    const long = rest.find((c) => /530/.test(c.text))!;
    const short = rest.find((c) => /£85/.test(c.text))!;
    const got = sparePoint(
      [
        { ...long, score: 5 },
        { ...short, score: 3 },
      ],
      picked,
      [TITLE, DECISION],
      60,
      true,
    );
    expect(got?.text).toMatch(/£85/);
  });

  it("still takes the long one when it alone says a new figure", () => {
    const others = rest.filter((c) => !/£85/.test(c.text));
    expect(sparePoint(others, picked, [TITLE, DECISION], 60)?.text).toMatch(/530/);
  });
});
