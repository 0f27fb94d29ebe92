// A contested Planning Committee's minutes (the corpus's second long Planning Committee, MId 990028,
// tests/fixtures/real-harrow/ORIGIN.md): votes minuted as counts ("carried by 5 votes to 3"), the officers'
// recommendation given in the report's own words, an application withdrawn before the meeting, a printed minute whose
// application reference wraps onto a line of its own, and the Rule 29 resolution worded another way
// (docs/summaries.md#a-contested-planning-committee). Every minute below is written here, in the register of
// Harrow's, with made-up addresses, references, names and figures.
import { describe, expect, it } from "vitest";
import { applicationLine, parseItemApplications } from "@/lib/summarize/extractive/planning";
import { repeatsTheVote } from "@/lib/summarize/extractive/application-points";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { readPdfBlocks } from "@/lib/summarize/text/read-pdf-blocks";
import { item, makeInput, minuteItem } from "./helpers";

const application = (title: string, minute: string) => {
  const apps = parseItemApplications({ number: null, title }, minute);
  expect(apps).toHaveLength(1);
  return apps[0]!;
};

describe("a planning vote minuted as a count", () => {
  const granted = application(
    "1/01 Former Bus Garage, 40-44 Pinner Road, Harrow, HA1 4HZ – PL/3101/25",
    [
      "PROPOSAL: Redevelopment to provide 64 flats in a building of up to 7 storeys.",
      "The Committee received the report of the Chief Planning Officer, which recommended that planning permission be granted subject to conditions and a Section 106 legal agreement.",
      "An amendment to add a condition on the hours of deliveries was lost by 3 votes to 5.",
      "The Committee voted on the officer recommendation, which was carried by 6 votes to 2.",
      "DECISION: GRANTED planning permission, subject to the conditions set out in the report.",
    ].join("\n\n"),
  );

  it("is the application's vote, the last count minuted (an amendment's comes before it)", () => {
    expect(granted.vote).toBe("6 votes to 2");
  });

  it("reads the officers' recommendation from the report's own words, and the line says the grant followed it", () => {
    expect(granted.officers).toBe("grant");
    expect(applicationLine(granted)).toBe(
      "Granted (by 6 votes to 2), as officers recommended: Former Bus Garage, 40-44 Pinner Road, Harrow, HA1 4HZ (PL/3101/25) – redevelopment to provide 64 flats in a building of up to 7 storeys.",
    );
  });

  it("keeps an abstention with the count", () => {
    const app = application(
      "2/03 12 Station Approach, Harrow, HA2 7AB – PL/3150/25",
      [
        "PROPOSAL: Change of use to a house in multiple occupation for 6 people.",
        "The Committee received the report of the Chief Planning Officer, which recommended that planning permission be granted subject to conditions.",
        "DECISION: GRANTED planning permission, subject to the conditions set out in the report.",
        "The decision to grant the application was carried by 4 votes to 3, with one abstention.",
      ].join("\n\n"),
    );
    expect(app.vote).toBe("4 votes to 3, with one abstention");
  });

  it("says a refusal against the officers' recommendation with its count", () => {
    const app = application(
      "2/01 7 Laburnum Close, Rayners Lane, HA2 9QT – PL/3122/25",
      [
        "PROPOSAL: Erection of a two-storey building with 4 flats.",
        "The Committee received the report of the Chief Planning Officer, which recommended that planning permission be granted subject to conditions.",
        "Councillor Ahmed moved, and Councillor Price seconded, that the application be refused, contrary to the officer recommendation. The motion to refuse was carried by 5 votes to 2.",
        "DECISION: REFUSED planning permission, contrary to the officer recommendation, for the following reasons: (1) The building, by reason of its height, would be overbearing on its neighbours.",
      ].join("\n\n"),
    );
    expect(applicationLine(app)).toMatch(
      /^Refused \(by 5 votes to 2\), contrary to the officer recommendation to grant: 7 Laburnum Close/,
    );
  });
});

describe("a deferral", () => {
  it("neither follows nor goes against the officers' recommendation", () => {
    const app = application(
      "2/02 The Coach House, 3 Mill Lane, Stanmore, HA7 4EE – PL/3133/25",
      [
        "PROPOSAL: Conversion of a coach house into a dwelling.",
        "The Committee received the report of the Chief Planning Officer, which recommended that planning permission be granted subject to conditions.",
        "Members asked to see the site. The motion to defer was agreed unanimously.",
        "DECISION: DEFERRED for a site visit by Members.",
      ].join("\n\n"),
    );
    expect(applicationLine(app)).toBe(
      "Deferred (voted unanimously): The Coach House, 3 Mill Lane, Stanmore, HA7 4EE (PL/3133/25) – conversion of a coach house into a dwelling. For a site visit by Members.",
    );
  });
});

describe("an application withdrawn before the meeting", () => {
  it("is one line, withdrawn, though its minute has no DECISION", () => {
    const app = application(
      "2/04 Canons Farm Shop, 18 Marsh Lane, Stanmore, HA7 4HT – PL/3144/25",
      [
        "PROPOSAL: Demolition of the farm shop; erection of 5 houses.",
        "The Committee noted that the application had been withdrawn by the applicant on 12 March 2026 and was not considered.",
      ].join("\n\n"),
    );
    expect(applicationLine(app)).toBe(
      "Withdrawn: Canons Farm Shop, 18 Marsh Lane, Stanmore, HA7 4HT (PL/3144/25) – demolition of the farm shop; erection of 5 houses.",
    );
  });

  it("is not read into a minute that only mentions an earlier withdrawal in passing without the application", () => {
    expect(
      parseItemApplications(
        { number: null, title: "Quarterly Appeals Report" },
        "The officer said that one appeal had been withdrawn by the appellant.",
      ),
    ).toEqual([]);
  });
});

describe("printed minutes read from a PDF", () => {
  const page = (n: number) =>
    [
      `Page ${n} of 3`,
      "Members asked questions about the scheme and the officers answered them in turn at some length.",
      `21${n}. 2/0${n} Land at the rear of ${n}0 Long Drive, South Ruislip, Harrow, HA4 0HQ, with access –`,
      `PL/31${n}0/25`,
      `PROPOSAL: Erection of ${n} houses.`,
      "The Committee received the report of the Chief Planning Officer.",
      "An officer introduced the application and described the site.",
      "A Member asked about parking. An officer responded that there would be 2 spaces.",
      "DECISION: GRANTED planning permission.",
    ].join("\n");
  const texts = readPdfBlocks([1, 2, 3].map(page).join("\f")).map((b) => ("text" in b ? b.text : ""));

  it("keeps an application reference that wrapped onto a line of its own on several pages (no running footer)", () => {
    for (const n of [1, 2, 3]) expect(texts.some((t) => t.includes(`PL/31${n}0/25`))).toBe(true);
  });

  it("takes a wrapped line that starts with a time for the paragraph going on, not a numbered point", () => {
    const blocks = readPdfBlocks(
      [
        "An officer responded that a construction logistics plan would bar deliveries between 8.15 am and",
        "9.15 am and between 2.45 pm and 3.45 pm in term time.",
      ].join("\n"),
    );
    expect(blocks.map((b) => b.kind)).toEqual(["para"]);
  });
});

describe("the resolution on which applications the committee hears representations", () => {
  it("is said in a few words when it reads 'under Committee Procedure Rule 29 …, … be received on items …'", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Representations on Planning Applications",
          "RESOLVED: That, under Committee Procedure Rule 29 (Part 4B of the Constitution), representations be received on items 2/02 and 2/05 on the list of planning applications.",
        ),
      ),
    ).toBe("Representations received on items 2/02 and 2/05.");
  });
});

describe("an application refused after a long debate", () => {
  const minute = [
    "PROPOSAL: Demolition of the existing chalet bungalow; erection of a three-storey building with 8 flats; 4 parking spaces; bin and cycle stores.",
    "The Committee received the report of the Chief Planning Officer, which recommended that planning permission be granted subject to conditions.",
    "An officer introduced the application and said that the Addendum reported a revised drawing which set the top floor back by a further 1.2 metres. She said that the road had a mix of chalet bungalows and semi-detached houses, that the flats met the London Plan space standards, and that the Highways officer had raised no objection.",
    "Councillor Ruth Adeyemi, who was not a member of the Committee, addressed the Committee as a ward councillor. She said that the road was made up of low houses, that the building would tower over the gardens behind it, and that 41 residents had written to object.",
    "Mrs Joan Pettifer, an objector who lived next door at number 14, addressed the Committee. She said that the building would stand 2 metres from her kitchen window and would take the morning sun from her garden and patio.",
    "Mr Oliver Grant, the agent for the applicant, addressed the Committee. He said that the scheme had been cut from 10 flats to 8 on the officers' advice and that the top floor was set back within a mansard roof.",
    "Members asked questions of the officers, in summary:",
    "A Member asked whether 4 parking spaces were enough for 8 flats with 14 bedrooms between them.",
    "An officer responded that the site was close to a bus route and that the Highways officer had judged that any overspill could be absorbed in the road.",
    "A Member asked how the height compared with the houses on either side. An officer responded that the ridge would be 3.1 metres above that of number 14.",
    "During the debate, Members said that the building would be overbearing on number 14 and out of keeping with the low houses of the road.",
    "Councillor Hale moved, and Councillor Dorrington seconded, that the application be refused, contrary to the officer recommendation.",
    "The motion to refuse was carried by 6 votes to 2.",
    "DECISION: REFUSED planning permission, contrary to the officer recommendation, for the following reason: (1) The building, by reason of its height and bulk, would be overbearing on 14 Linden Avenue, contrary to Policy DM 1 of the Harrow Development Management Policies Local Plan (2013).",
  ].join("\n\n");
  const summary = summarizeExtractive(
    makeInput({
      meeting: {
        title: "Planning Committee - Wednesday 18 March 2026 6.30 pm",
        committeeName: "Planning Committee",
      },
      items: [item(1, "2/01 12 Linden Avenue, Harrow Weald, HA3 6EF – PL/3177/25", { minutesText: minute })],
    }),
  );
  const section = summary.sections[0]!;

  it("says the vote once, in the line (a point that counts the same vote again is left out)", () => {
    const line = "Refused (by 6 votes to 2), contrary to the officer recommendation to grant: 12 Linden Avenue";
    expect(repeatsTheVote("The motion to refuse was carried by 6 votes to 2.", line)).toBe(true);
    expect(repeatsTheVote("An amendment was lost by 3 votes to 5.", line)).toBe(false);
    expect(section.decision).toMatch(/^Refused \(by 6 votes to 2\), contrary to the officer recommendation to grant/);
    expect(section.bullets.map((b) => b.text).join(" ")).not.toMatch(/6 votes to 2/);
  });

  it("gives no question put alone as a point", () => {
    expect(section.bullets.filter((b) => /^A Member asked\b[^.]*\.$/.test(b.text))).toEqual([]);
  });
});
