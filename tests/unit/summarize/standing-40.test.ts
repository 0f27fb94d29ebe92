// Standing lines of joint and advisory bodies, stop 40 (docs/summaries.md#standing-lines-of-joint-and-advisory-bodies-stop-40):
// a member's borough by its place name, a co-opted member's nominating body in brackets, and a public question's
// recording not said. Every sentence below is written here, with made-up names, places and bodies.
import { describe, expect, it } from "vitest";
import { boroughsByPlace, coOptedNominee, jointBodyLines } from "@/lib/summarize/extractive/standing/joint-bodies";
import { questionsTaken } from "@/lib/summarize/extractive/standing/questions";
import { terseStandingLines } from "@/lib/summarize/extractive/standing/terse";

describe("a member's borough by its place name", () => {
  it("says a borough in brackets after a name by its place", () => {
    expect(
      boroughsByPlace(
        "Apologies: Imelda Grosvenor-Tait (London Borough of Fenwick) and Oswin Pardoe (Royal Borough of Castlemere).",
      ),
    ).toBe("Apologies: Imelda Grosvenor-Tait (Fenwick) and Oswin Pardoe (Castlemere).");
    expect(boroughsByPlace("Apologies: Nell Quarrie (London Borough of Barking and Dagenham).")).toBe(
      "Apologies: Nell Quarrie (Barking and Dagenham).",
    );
  });

  it("says the borough hosting the next meeting by its place", () => {
    expect(boroughsByPlace("Next meeting: 3 March 2027 at 2.00 pm, hosted by the London Borough of Fenwick.")).toBe(
      "Next meeting: 3 March 2027 at 2.00 pm, hosted by Fenwick.",
    );
  });

  it("keeps a borough's full name where it is an employer or a party", () => {
    const line =
      "Non-pecuniary interests: item 5 (Shared Legal Service): Oswin Pardoe (his son was employed by the London Borough of Fenwick; stayed).";
    expect(boroughsByPlace(line)).toBe(line);
  });
});

describe("a co-opted member's nominating body in brackets", () => {
  it("says who nominated a co-opted member in brackets", () => {
    expect(
      coOptedNominee("Apologies: Petra Lindqvist-Oduya, the co-opted member nominated by the Greywater Canal Society."),
    ).toBe("Apologies: Petra Lindqvist-Oduya (co-opted member, Greywater Canal Society).");
    expect(
      coOptedNominee(
        "Apologies: Petra Lindqvist-Oduya, a co-opted representative appointed by the Friends of Marlow Common; Huw Bellamy.",
      ),
    ).toBe("Apologies: Petra Lindqvist-Oduya (co-opted representative, Friends of Marlow Common); Huw Bellamy.");
  });

  it("ends the body's name before a person named after it", () => {
    expect(
      coOptedNominee(
        "Apologies: Petra Lindqvist-Oduya, the co-opted member nominated by the Greywater Canal Society and Mr Huw Bellamy.",
      ),
    ).toBe("Apologies: Petra Lindqvist-Oduya (co-opted member, Greywater Canal Society) and Mr Huw Bellamy.");
  });

  it("leaves a co-opted member with no nominating body as they were", () => {
    const line = "Apologies: Petra Lindqvist-Oduya, the co-opted member, and Huw Bellamy.";
    expect(coOptedNominee(line)).toBe(line);
  });

  it("is applied to every standing line of a meeting", () => {
    expect(
      terseStandingLines([
        "Apologies: Petra Lindqvist-Oduya, the co-opted member nominated by the Greywater Canal Society, and Oswin Pardoe (London Borough of Castlemere).",
        "Next meeting: 3 March 2027, hosted by the Royal Borough of Castlemere.",
      ]),
    ).toEqual([
      "Apologies: Petra Lindqvist-Oduya (co-opted member, Greywater Canal Society), and Oswin Pardoe (Castlemere).",
      "Next meeting: 3 March 2027, hosted by Castlemere.",
    ]);
    expect(jointBodyLines(["Minutes of 4 May 2026 approved."])).toEqual(["Minutes of 4 May 2026 approved."]);
  });
});

describe("a public question's recording not said", () => {
  it("drops the recording of the question and its response", () => {
    expect(
      questionsTaken(
        "Public Questions",
        "RESOLVED: To note that two public questions had been received and responded to, and that the recording of the questions and the responses had been placed on the Council's website.",
      ),
    ).toBe("Two public questions answered.");
    expect(
      questionsTaken(
        "Public Questions",
        "RESOLVED: To note that one public question had been received and responded to, and that the recording of the question and its answer would be published on the Council's website.",
      ),
    ).toBe("One public question answered.");
  });

  it("keeps how the question was answered", () => {
    expect(
      questionsTaken(
        "Public Questions",
        "RESOLVED: To note that one public question had been received and that a written answer had been sent to the questioner.",
      ),
    ).toBe("One public question answered in writing.");
  });
});
