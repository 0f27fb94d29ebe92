// Standing business in fewer words, round two (docs/summaries.md#standing-business-in-fewer-words-round-two): a
// correction to the minutes said as done, an outcome every declarant shared said once, a reason without the clause on
// how it touches the item, a planning application named shortly where it has a section of its own, and the labels a
// line does not need. Every minute below is written here, in the register of Harrow's, with made-up names.
import { describe, expect, it } from "vitest";
import { describeStandingItem, foldStandingItems, oneDeclaration } from "@/lib/summarize/extractive/standing-items";
import { amendmentInDecision } from "@/lib/summarize/extractive/advisory-minutes";
import { item, minuteItem } from "./helpers";

describe("minutes approved with a correction", () => {
  it("say which minute was corrected and what it now records, without 'subject to … being amended to record that'", () => {
    const line = describeStandingItem(
      minuteItem(
        "Minutes",
        "RESOLVED: That the minutes of the meeting held on 3 June 2026 be taken as read and signed as a correct record, subject to minute 41 being amended to record that the Committee had asked for the parks report in October 2026, and not in September 2026.",
      ),
    );
    expect(line).toBe(
      "Minutes of 3 June 2026 approved; minute 41 corrected: the Committee had asked for the parks report in October 2026, not in September 2026.",
    );
  });

  it("say a corrected closing time in a few words, both times kept", () => {
    const line = describeStandingItem(
      minuteItem(
        "Minutes",
        "RESOLVED: That the minutes of the meeting held on 9 April 2026 be taken as read and signed as a correct record, subject to the correction of the time at which the meeting closed from 9.50 pm to 9.05 pm.",
      ),
    );
    expect(line).toBe("Minutes of 9 April 2026 approved; closing time corrected from 9.50 pm to 9.05 pm.");
  });
});

describe("declarations whose members all had the same outcome", () => {
  const minutes = [
    "RESOLVED: To note the following declarations of interest:",
    "Agenda Item 7 – Council Tax Support Scheme 2027/28",
    "Councillor Ben Ashe declared a non-pecuniary interest in that he was a trustee of the Roxbourne Food Bank. He remained in the room while the matter was considered and voted on.",
    "Councillor Dora Vince declared a non-pecuniary interest in that her mother received Council Tax Support. She remained in the room while the matter was considered and voted on.",
    "Agenda Item 9 – Fees and Charges 2027/28",
    "Councillor Saul Kerr declared a non-pecuniary interest in that he held an allotment at Headstone Lane. He remained in the room while the matter was considered and voted on.",
  ].join("\n\n");

  it("say the outcome once at the line's end, every member and reason kept", () => {
    expect(describeStandingItem(minuteItem("Declarations of Interest", minutes))).toBe(
      "Non-pecuniary interests: item 7 (Council Tax Support Scheme 2027/28): Ben Ashe (trustee of the Roxbourne Food Bank); Dora Vince (her mother received Council Tax Support); item 9 (Fees and Charges 2027/28): Saul Kerr (held an allotment at Headstone Lane); all stayed while voted on.",
    );
  });

  it("keep each member's outcome when they differ", () => {
    const line = describeStandingItem(
      minuteItem("Declarations of Interest", minutes.replace(/He remained in the room[^.]*\.$/, "He left the room.")),
    );
    expect(line).toContain("Dora Vince (her mother received Council Tax Support; stayed while voted on)");
    expect(line).toContain("Saul Kerr (held an allotment at Headstone Lane; left).");
  });

  it("keep a one-word outcome after each of two members, where saying it once saves nothing", () => {
    const line = describeStandingItem(
      minuteItem(
        "Declarations of Interest",
        [
          "Agenda Item 4 – Library Opening Hours",
          "Councillor Ben Ashe declared a non-pecuniary interest in that he was a volunteer at Pinner Library. He remained in the room.",
          "Councillor Dora Vince declared a non-pecuniary interest in that her son worked at Wealdstone Library. She remained in the room.",
        ].join("\n\n"),
      ),
    );
    expect(line).toBe(
      "Non-pecuniary interests: item 4 (Library Opening Hours): Ben Ashe (volunteer at Pinner Library; stayed); Dora Vince (her son worked at Wealdstone Library; stayed).",
    );
  });
});

describe("a declaration's reason", () => {
  it("stops before the clause on how the interest touches the item ('whose …')", () => {
    expect(
      oneDeclaration(
        "Councillor Ruth Pell declared a non-pecuniary interest in that her brother was employed in the Council's Parks team, whose grounds contract was one of the audits in the report. She remained in the room.",
      ),
    ).toBe("Ruth Pell (non-pecuniary, her brother was employed in the Council's Parks team; stayed)");
  });

  it("stops before an appositive that places the member's home or school among those affected ('one of the …')", () => {
    expect(
      oneDeclaration(
        "Councillor Omar Tate declared a non-pecuniary interest because he lived in Elm Close, one of the streets the new zone would cover. He left the room.",
      ),
    ).toBe("Omar Tate (non-pecuniary, lived in Elm Close; left)");
  });
});

describe("a planning application declared on", () => {
  const declarations = minuteItem(
    "Declarations of Interest",
    [
      "RESOLVED: To note the following declarations of interest:",
      "Agenda Item 2/04 – 12 Larch Avenue, Stanmore, HA7 9ZZ – PL/3101/26",
      "Councillor Gita Rowe declared a non-pecuniary interest because she lived on Larch Avenue. She left the room and took no part in the discussion or the vote.",
    ].join("\n\n"),
  );

  it("is named by its short address when the application has an item of its own, which gives postcode and reference", () => {
    const folded = foldStandingItems([declarations], true, [
      item(9, "2/04 12 Larch Avenue, Stanmore, HA7 9ZZ – PL/3101/26"),
    ]);
    expect(folded).toBe(
      "Non-pecuniary interests: item 2/04 (12 Larch Avenue): Gita Rowe (lived on Larch Avenue; left, did not take part).",
    );
  });

  it("keeps its whole address and reference when the meeting has no item for it", () => {
    const folded = foldStandingItems([declarations], true, [item(9, "Quarterly Appeals Report")]);
    expect(folded).toContain("item 2/04 (12 Larch Avenue, Stanmore, HA7 9ZZ – PL/3101/26)");
  });
});

describe("lines that say what they are without their item's label", () => {
  it("a member allowed to speak: the right to speak is in 'allowed to speak', and the item is an item", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Right of Members to Speak",
          "RESOLVED: That Councillor Lena Ford, who was not a member of the Committee, be allowed to speak as a ward councillor on agenda item 2/03.",
        ),
      ),
    ).toBe("Cllr Lena Ford allowed to speak as a ward councillor on item 2/03.");
  });

  it("a procedural motion said by what it resolved", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Procedural Motions",
          "The Mayor reminded Members of the motion on the Summons.\n\nRESOLVED: That the rules of debate be varied as set out on the Summons for items 5 to 7, and that the meeting close no later than 10 pm.",
        ),
      ),
    ).toBe("Rules of debate varied for items 5 to 7; meeting to close by 10 pm.");
  });

  it("an adviser's right to speak keeps whose right it is", () => {
    const line = describeStandingItem(
      minuteItem(
        "Co-opted Adviser's Right To Speak",
        "RESOLVED: That Mr Hal Brook be allowed to speak on agenda item 6.",
      ),
    );
    expect(line).toBe("Adviser's right to speak: Mr Hal Brook allowed to speak on item 6.");
  });
});

describe("questions taken and the representations heard", () => {
  it("a questions line says 'answered' (received is in it), not where the recording is", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Public Questions",
          "RESOLVED: To note that five public questions had been received and responded to, and that the recording of the questions and answers would be placed on the Council's website.",
        ),
      ),
    ).toBe("Five public questions answered.");
  });

  it("the representations a planning committee received are said as done", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Representations on Planning Applications",
          "RESOLVED: That, under Committee Procedure Rule 29 (Part 4B of the Constitution), representations be received on items 2/01 and 2/06 on the list of planning applications.",
        ),
      ),
    ).toBe("Representations received on items 2/01 and 2/06.");
  });
});

// The words the standing lines free go to the business points of a minute held to words (990017's panel): there a
// carried amendment whose words the decision now carries said them a second time, and took the room of the item's
// figures.
describe("a carried amendment the decision now carries", () => {
  const decision =
    "Recommended to Cabinet: (1) make permanent the experimental order for the Elm Road bus lane; (2) provide three loading bays, operating from 8.00 am to 11.00 am, outside Nos 10 to 40 Elm Road before the order is made permanent.";

  it("is said by who moved it and its vote, not by what it asked a second time", () => {
    expect(
      amendmentInDecision(
        "Amendment moved by Councillor Ann Roe, seconded by Councillor Bo Tan: to add a recommendation that three loading bays, operating from 8.00 am to 11.00 am, be provided outside Nos 10 to 40 Elm Road before the order was made permanent (carried, 7 votes to 1).",
        decision,
      ),
    ).toBe(
      "Amendment moved by Councillor Ann Roe, seconded by Councillor Bo Tan, now in the decision (carried, 7 votes to 1).",
    );
  });

  it("keeps what it asked when it was lost, or when the decision does not carry it", () => {
    const lost =
      "Amendment moved by Councillor Ann Roe, seconded by Councillor Bo Tan: that the bays operate until 12 noon (lost, 3 votes to 5).";
    expect(amendmentInDecision(lost, decision)).toBe(lost);
    const other =
      "Amendment moved by Councillor Ann Roe, seconded by Councillor Bo Tan: that a pedestrian crossing be built at the junction with Oak Lane (carried, 6 votes to 2).";
    expect(amendmentInDecision(other, decision)).toBe(other);
  });
});

describe("members who declared alike and shared their outcome", () => {
  it("are named together under their item, the outcome said once", () => {
    const line = describeStandingItem(
      minuteItem(
        "Declarations of Interest",
        [
          "Agenda Item 6 – Petitions",
          "Councillor Ada Moss declared a pecuniary interest and left the room.",
          "Councillor Leo Finch declared a pecuniary interest and left the room.",
          "Agenda Item 12 – Motion on Bus Fares",
          "Councillor Kim Pryor declared a pecuniary interest in that she worked for Transport for London. She left the room.",
          "Councillor Sam Vale declared a pecuniary interest and left the room.",
        ].join("\n\n"),
      ),
    );
    expect(line).toBe(
      "Pecuniary interests: item 6 (Petitions): Ada Moss and Leo Finch; item 12 (Motion on Bus Fares): Kim Pryor (worked for Transport for London); Sam Vale; all left.",
    );
  });
});
