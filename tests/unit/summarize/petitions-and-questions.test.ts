// Petitions and questions as a resident would want them: one plain line per petition (how many signed, what it asks,
// who presented it and for whom, where it was sent), never a Decision box for noting receipt; a minute that only
// records that questions were taken is one standing line. Minute wording is Harrow's: the corpus meetings named
// (tests/fixtures/real-harrow/ORIGIN.md) or, where marked, shaped like it with made-up names and places.
import { describe, expect, it } from "vitest";
import { describePetitions } from "@/lib/summarize/extractive/petitions";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { describeStandingItem, isBriefQuestionsMinute } from "@/lib/summarize/extractive/standing-items";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { findUngroundedTokens, sourceTextsOf } from "@/lib/summarize/grounding";
import { item, makeInput } from "./helpers";

const CABINET_PETITIONS = `RESOLVED: To note receipt of these petitions:

(1) the Leader presented, for Councillors Sarah Butterworth and Dan Anderson, a petition with 102 signatures asking the Council to look at road safety measures at the Porlock Avenue crossing; (2) Councillors Christopher Baxter and Janet Mote presented, for Chester Drive residents, a petition with 32 signatures asking that …`;

const REFERRED_PETITION = `RESOLVED: To note receipt of the following petition: (1) On behalf of the lead petitioner, Cllr David Ashton presented a petition with 17 signatures about the school streets programme around Park High School, in particular road safety on Crowshott Avenue.

RESOLVED: That the petition be referred to the Acting Strategic Director of Culture, Environment and Economy.`;

describe("petitions (real wording, corpus meetings 65287, 65943, 65714 and 66087)", () => {
  it("gives one line per petition: count, what it asks, who presented it and for whom", () => {
    expect(describePetitions(CABINET_PETITIONS)).toEqual([
      "102 signatures: road safety measures at the Porlock Avenue crossing \u2014 presented by the Leader for Cllrs Sarah Butterworth and Dan Anderson.",
      // The page breaks off mid-petition: what is there stays, and the line says it is cut.
      "32 signatures, presented by Cllrs Christopher Baxter and Janet Mote for Chester Drive residents, asking that \u2026 (the minute's text breaks off here).",
    ]);
  });

  it("says where a petition was sent with the petition, from the resolution that follows it", () => {
    expect(describePetitions(REFERRED_PETITION)).toEqual([
      "17 signatures: the school streets programme around Park High School, in particular road safety on Crowshott Avenue \u2014 presented by Cllr David Ashton for the lead petitioner; referred to the Acting Strategic Director of Culture, Environment and Economy.",
    ]);
  });

  it("reads a petition presented for a number of residents, and one another body referred", () => {
    expect(
      describePetitions(
        "RESOLVED: To receive a petition that Councillor Simon Brown presented on behalf of 44 residents.",
      ),
    ).toEqual(["Petition presented by Cllr Simon Brown for 44 residents."]);
    expect(
      describePetitions(
        "Cabinet (25 July 2024) had referred to the Panel a petition of 90 signatures asking for road safety measures on Devonshire Road and Sussex Road.",
      ),
    ).toEqual([
      "90 signatures: road safety measures on Devonshire Road and Sussex Road \u2014 referred to the Panel by Cabinet (25 July 2024).",
    ]);
  });

  it("reads Council's 'Petition submitted by … containing …' list, its shared referral and quoted terms (shaped like Harrow's, made-up names)", () => {
    expect(
      describePetitions(
        `In accordance with Rule 10, the following petitions were received:
(i) Petition submitted by Ann Cole containing 52 signatures in relation to the road surface in Elm Grove.
(ii) Petition submitted by Councillor Raj Shah containing 202 signatures in relation speeding in Oak Way.
[The petitions stood referred to the Corporate Director of Place].`,
      ),
    ).toEqual([
      "52 signatures: the road surface in Elm Grove \u2014 presented by Ann Cole; referred to the Corporate Director of Place.",
      // "in relation speeding", the page's slip for "in relation to speeding", reads as the others do.
      "202 signatures: speeding in Oak Way \u2014 presented by Cllr Raj Shah; referred to the Corporate Director of Place.",
    ]);
    expect(
      describePetitions(
        `Jo Park, Elm Residents' Association, presented a petition signed by 363 people with the following terms of reference:

\u201cWe, the undersigned, call on Harrow Council to keep the Elm Road library open on Saturdays.\u201d

RESOLVED: That the petition be received and considered with agenda item 12, Library Opening Hours.`,
      ),
    ).toEqual([
      "363 people: \u201cWe, the undersigned, call on Harrow Council to keep the Elm Road library open on Saturdays.\u201d \u2014 presented by Jo Park, Elm Residents' Association; to be considered with agenda item 12, Library Opening Hours.",
    ]);
  });

  it("reads 'which requested' as what the petition asks (as the bundled snapshot's invented Cabinet minute words it)", () => {
    expect(
      describePetitions(
        "Councillor Angela Brennan presented a petition containing 212 signatures, which requested a pedestrian crossing on Headstone Drive near the junction with Canterbury Road.\n\nRESOLVED: That the petition be received and referred to the Strategic Director of Place for consideration.",
      ),
    ).toEqual([
      "212 signatures: a pedestrian crossing on Headstone Drive near the junction with Canterbury Road \u2014 presented by Cllr Angela Brennan; referred to the Strategic Director of Place for consideration.",
    ]);
  });

  it("says the count once, wherever the minute puts it, and whom a petition came from (shaped like Harrow's, made-up places)", () => {
    expect(
      describePetitions(
        "RESOLVED: To note receipt of a petition from residents of Elm Road with 40 signatures asking for a crossing on Elm Road.",
      ),
    ).toEqual(["40 signatures: a crossing on Elm Road \u2014 from residents of Elm Road."]);
    expect(
      describePetitions("Councillor Ann Lee presented a petition about parking on Elm Road with 40 signatures."),
    ).toEqual(["40 signatures: parking on Elm Road \u2014 presented by Cllr Ann Lee."]);
  });

  it("leaves a minute that records something besides petitions to the general summary", () => {
    expect(describePetitions("RESOLVED: That the report be noted.")).toBeNull();
    expect(describePetitions("RESOLVED: That the petition be referred to the Corporate Director.")).toBeNull();
    expect(describePetitions("RESOLVED: To note the petition.")).toBeNull();
    // Words before the petition that the patterns cannot place (here a name) are never dropped.
    expect(
      describePetitions("The Chair said that Mr Jo Park had started a petition with 40 signatures about Elm Road."),
    ).toBeNull();
  });

  it("says nothing more for a resolution that only notes the petition it follows", () => {
    expect(
      describePetitions(
        "Councillor Ann Lee presented a petition with 40 signatures about parking on Elm Road.\n\nRESOLVED: That the petition be noted.",
      ),
    ).toEqual(["40 signatures: parking on Elm Road \u2014 presented by Cllr Ann Lee."]);
  });

  it("makes a Petitions item a section of bullets with no Decision box, and grounded in the minute", () => {
    const input = makeInput({
      items: [
        item(3, "Petitions", { minutesText: CABINET_PETITIONS }),
        item(4, "Public Questions", { minutesText: "RESOLVED: To note that no public questions had been received." }),
      ],
    });
    const summary = summarizeExtractive(input);
    const petitions = summary.sections.find((s) => s.heading === "Petitions")!;
    expect(petitions.decision).toBeNull();
    expect(petitions.bullets.map((b) => b.text)).toEqual(describePetitions(CABINET_PETITIONS));
    expect(findUngroundedTokens(summary, sourceTextsOf(input))).toEqual([]);
  });

  it("does not report 'no RESOLVED text' for a meeting whose only items with content are petitions and questions", () => {
    // As the Traffic and Road Safety Advisory Panel's minute of 13 November 2024 (corpus meeting 66087) reads.
    const input = makeInput({
      items: [
        item(1, "Public Questions", {
          minutesText: "RESOLVED: To note that one public question had been received and answered.",
        }),
        item(2, "Petitions", {
          minutesText:
            "Cabinet (25 July 2024) had referred to the Panel a petition of 90 signatures asking for road safety measures on Devonshire Road and Sussex Road.",
        }),
      ],
    });
    const summary = summarizeExtractive(input);
    expect(summary.sections.map((s) => [s.heading, s.decision, s.bullets.length])).toEqual([["Petitions", null, 1]]);
    expect(summary.missing).not.toContain("The published minutes record no decision for the items discussed");
  });
});

describe("a minute that only records that questions were taken (real wording, corpus meetings 65948, 65943, 65452)", () => {
  it("is brief with or without the word RESOLVED", () => {
    const text =
      "To note that one public question had been received and answered; as the Leader of the Council had said, the recording was placed on the website.";
    expect(isBriefQuestionsMinute(text)).toBe(true);
    expect(classifyItem(item(5, "Public Questions", { minutesText: text }))).toBe("procedural");
    expect(
      classifyItem(
        item(4, "Public Questions", { minutesText: "To note that 2 public questions had been received and answered." }),
      ),
    ).toBe("procedural");
  });

  it("is one plain standing line with the minute's own count", () => {
    expect(
      describeStandingItem(
        item(5, "Public Questions", {
          minutesText:
            "To note that one public question had been received and answered; as the Leader of the Council had said, the recording was placed on the website.",
        }),
      ),
    ).toBe("One public question answered.");
    expect(
      describeStandingItem(
        item(6, "Public Questions", {
          minutesText:
            "RESOLVED: To note that 3 public questions had been received and answered, and that the recording would be on the Council's website.",
        }),
      ),
    ).toBe("3 public questions answered.");
    expect(
      describeStandingItem(
        item(7, "Councillor Questions", {
          minutesText:
            "RESOLVED: That the Councillor Questions had been answered and the recording would be put on the Council's website.",
        }),
      ),
    ).toBe("Councillor questions answered.");
  });
});

describe("questions and deputations the minute gives in full (shaped like Harrow's, made-up names)", () => {
  it("say what was asked and answered in bullets, with no Decision box for noting them", () => {
    const summary = summarizeExtractive(
      makeInput({
        items: [
          item(4, "Public Questions", {
            minutesText:
              "RESOLVED: To note that the following public questions were asked and answered: (1) Ms Jo Park asked when the crossing on Station Road would be repaired; the Portfolio Holder replied that work would start in May.",
          }),
          item(5, "Deputations", {
            minutesText:
              "RESOLVED: That the deputation from the Elm Road Residents' Association about parking be received and noted.",
          }),
        ],
      }),
    );
    expect(summary.sections.map((s) => [s.heading, s.decision, s.bullets[0]?.text])).toEqual([
      [
        "Public Questions",
        null,
        "The following public questions were asked and answered: (1) Ms Jo Park asked when the crossing on Station Road would be repaired; the Portfolio Holder replied that work would start in May.",
      ],
      [
        "Deputations",
        null,
        "The deputation from the Elm Road Residents' Association about parking was received and noted.",
      ],
    ]);
  });

  it("keep a Decision box when the resolution does more than note", () => {
    const summary = summarizeExtractive(
      makeInput({
        items: [
          item(5, "Deputations", {
            minutesText:
              "RESOLVED: That the deputation from the Elm Road Residents' Association be received and referred to the Portfolio Holder for Environment.",
          }),
        ],
      }),
    );
    expect(summary.sections[0]!.decision).toMatch(/referred to the Portfolio Holder for Environment/);
  });
});

describe("a petition received and sent on in one resolution", () => {
  it("says where it was sent after who presented it, never as part of what it asks", () => {
    expect(
      describePetitions(
        "RESOLVED: To receive a petition presented by Councillor Mary Shah on behalf of residents of Pinner, containing 64 signatures, asking for the return of the Sunday market to Bridge Street, and to refer it to the Corporate Director of Place.",
      ),
    ).toEqual([
      "64 signatures: the return of the Sunday market to Bridge Street — presented by Cllr Mary Shah for residents of Pinner; referred to the Corporate Director of Place.",
    ]);
    expect(
      describePetitions(
        "RESOLVED: To receive a petition presented by Councillor Tom Hale on behalf of residents, containing 212 signatures, which asked the Council to install a zebra crossing on Elm Lane outside Oak Primary School, and to refer it to the Corporate Director of Place for a response within 28 days.",
      ),
    ).toEqual([
      "212 signatures asking the Council to install a zebra crossing on Elm Lane outside Oak Primary School — presented by Cllr Tom Hale for residents; referred to the Corporate Director of Place for a response within 28 days.",
    ]);
  });
});

describe("a questions minute that notes the count before giving the answers", () => {
  it("says the count in the standing line's words, without a second 'that' or the recording", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: {
          title: "Cabinet - Thursday 13 May 2027 6.30 pm",
          committeeName: "Cabinet",
          startsAt: "2027-05-13T17:30:00Z",
        },
        items: [
          item(1, "Councillor Questions", {
            minutesText:
              "RESOLVED: To note that six councillor questions had been received and answered, and that the recording had been placed on the Council's website.\n\nCouncillor Ann Berry asked how many potholes had been repaired since April. The Portfolio Holder, Councillor Tom Hale, responded that 3,100 potholes had been repaired.",
          }),
        ],
        documents: [],
        now: "2027-06-01T09:00:00Z",
      }),
    );
    const bullets = summary.sections[0]!.bullets.map((b) => b.text);
    // beside the answers, where the recording is goes (long-minutes-answers.test.ts)
    expect(bullets[0]).toBe("Six councillor questions answered.");
  });
});
