// Standing business in fewer words, every name kept (docs/summaries.md#standing-business-in-fewer-words): two
// questions items answered one after the other in one line, a procedural
// motion without where it is printed, a member allowed to speak without "had asked … and was allowed to do so", and a
// member who stayed while the item was voted on said in four words. Every minute below is written here, in the
// register of Harrow's, with made-up names.
import { describe, expect, it } from "vitest";
import { mergeRecordedQuestions } from "@/lib/summarize/extractive/standing/terse";
import { describeStandingItem, foldStandingItems, oneDeclaration } from "@/lib/summarize/extractive/standing-items";
import { minuteItem } from "./helpers";

describe("two questions items answered one after the other", () => {
  it("are one line with both counts, without the recording's place", () => {
    const folded = foldStandingItems(
      [
        minuteItem(
          "Public Questions",
          "RESOLVED: To note that four public questions had been received and responded to, and that the recording of the questions and answers would be placed on the Council's website.",
        ),
        minuteItem(
          "Councillor Questions",
          "RESOLVED: To note that seven Councillor questions had been received and responded to, and that the recording of the questions and answers would be placed on the Council's website.",
        ),
      ],
      true,
    );
    expect(folded).toBe("Four public and seven Councillor questions answered.");
  });

  it("are said together whether or not either mentioned a recording, and a third stays apart", () => {
    const lines = [
      "2 public questions answered.",
      "Five Councillor questions answered.",
      "3 written questions answered.",
    ];
    expect(mergeRecordedQuestions(lines)).toEqual([
      "2 public and five Councillor questions answered.",
      "3 written questions answered.",
    ]);
  });
});

describe("a procedural motion", () => {
  it("says what was varied and when the meeting closes, not where the motion is printed", () => {
    const line = describeStandingItem(
      minuteItem(
        "Procedural Motions",
        [
          "The Mayor reminded Members of the motion printed on the Summons.",
          "RESOLVED: That the rules of debate be varied as set out on the Summons for items 6 to 9, and that the meeting close no later than 10.15 pm.",
        ].join("\n\n"),
      ),
    );
    expect(line).toBe("Rules of debate varied for items 6 to 9; meeting to close by 10.15 pm.");
  });
});

describe("a member allowed to speak", () => {
  it("is said allowed, without the asking", () => {
    const line = describeStandingItem(
      minuteItem(
        "Right of Members to Speak",
        "RESOLVED: To note that Councillor Mina Shah, who was not a member of the Committee, had asked to speak on item 3/01 and was allowed to do so.",
      ),
    );
    expect(line).toBe("Cllr Mina Shah allowed to speak on item 3/01.");
  });
});

describe("a member who stayed while the item was voted on", () => {
  it("is said in four words, the vote kept", () => {
    expect(
      oneDeclaration(
        "Councillor Rosa Quint declared a non-pecuniary interest in that she was a trustee of a local hospice. She would remain in the room whilst the matter was considered and voted upon.",
      ),
    ).toBe("Rosa Quint (non-pecuniary, trustee of a local hospice; stayed while voted on)");
  });
});

describe("a pooled panel's note on its minutes", () => {
  it("says who approves them (their own Members, so not the next Panel), in fewer words", () => {
    const line = describeStandingItem(
      minuteItem(
        "Minutes",
        "[Note: a hearing's minutes are signed by the Members who heard the case, not sent to the next Panel, since the Panel's membership is pooled: pooled membership means a later hearing has other Members.]",
      ),
    );
    expect(line).toBe("Minutes approved by the hearing's own Members (pooled membership).");
  });
});
