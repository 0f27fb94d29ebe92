// A Chief Officers' Employment Panel's minutes (the corpus's long minutes of such a panel, MId 990042,
// tests/fixtures/real-harrow/ORIGIN.md): a member panel that offers senior posts subject to the Executive's right to
// object, approves interim appointments at a day rate, asks an officer to act up and recommends to Council who is to
// hold a statutory role (docs/summaries.md#a-chief-officers-employment-panels-minutes). Every sentence below is written
// here, with made-up names, posts and figures.
import { describe, expect, it } from "vitest";
import { inlineAmendment } from "@/lib/summarize/extractive/advisory-minutes";
import { namesAPost, outcomePhrase, outcomeVerb } from "@/lib/summarize/extractive/overview/outcome-phrase";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview/outcome-overview";
import { countOfNothing } from "@/lib/summarize/extractive/questions-answers";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { candidatesOf, overviewMeeting, overviewSection } from "./helpers";

describe("an offer of a senior post", () => {
  const OFFER =
    "That (1) Mr Joel Armitage be offered the post of Corporate Director of Place at a salary of £149,500 a year, subject to no well-founded objection being received from members of the Executive in accordance with the Officer Employment Procedure Rules, and to satisfactory references; (2) subject to (1), Mr Armitage's start date be agreed by the Chief Executive, and be no later than 3 August 2026.";

  it("keeps the offer, its salary and its condition, without the rules it is made under", () => {
    const plain = plainResolution(OFFER);
    expect(plain).toContain(
      "Mr Joel Armitage was offered the post of Corporate Director of Place at a salary of £149,500 a year, subject to no well-founded objection from the Executive, and to satisfactory references",
    );
    expect(plain).not.toMatch(/Procedure Rules|being received from members/);
  });

  it("says a start date an officer is to agree as a step still to come, without pointing back to the clause before", () => {
    const plain = plainResolution(OFFER);
    expect(plain).toContain(
      "(2) Mr Armitage's start date will be agreed by the Chief Executive, and be no later than 3 August 2026.",
    );
    expect(plain).not.toMatch(/[Ss]ubject to \(1\)/);
  });

  it("leaves a start date the meeting itself agreed as agreed", () => {
    expect(plainResolution("That the start date of 3 August 2026 be agreed.")).toBe(
      "The start date of 3 August 2026 was agreed.",
    );
  });

  it("says who was offered which post in the overview, the terms left to the Decision line", () => {
    expect(outcomePhrase(plainResolution(OFFER), "Appointment of Corporate Director of Place")).toEqual({
      verb: "offered",
      object: "Mr Joel Armitage the post of Corporate Director of Place",
    });
  });
});

describe("an interim appointment and a statutory role recommended to Council", () => {
  const INTERIM =
    "That (1) the appointment of Ms Edith Varley as Interim Director of Housing from 4 May 2026, for a period of up to four months, at a day rate of £875, be approved; (2) it be recommended to Council that Ms Varley be designated as the Council's Chief Finance Officer for the period of her appointment.";

  it("keeps what Council is asked to decide as a recommendation, never as done", () => {
    const plain = plainResolution(INTERIM);
    expect(plain).toContain(
      "(2) It was recommended to Council that Ms Varley be designated as the Council's Chief Finance Officer",
    );
    expect(plain).not.toMatch(/Ms Varley was designated/);
    expect(plain).toContain("at a day rate of £875, was approved");
  });

  it("does not call a designation Council is asked to make one the panel made", () => {
    expect(outcomeVerb(plainResolution(INTERIM))).not.toBe("designated");
    expect(outcomeVerb("The two areas were designated as Local Areas of Special Character.")).toBe("designated");
  });

  it("says whom the panel appointed to what in the overview", () => {
    expect(outcomePhrase(plainResolution(INTERIM), "Interim Arrangements: Director of Housing")).toEqual({
      verb: "appointed",
      object: "Ms Edith Varley as Interim Director of Housing",
    });
    expect(
      outcomePhrase(
        plainResolution("That Mr Piotr Lindahl be appointed as Director of Adult Social Care from 1 June 2026."),
        "Appointment of Director of Adult Social Care",
      ),
    ).toEqual({ verb: "appointed", object: "Mr Piotr Lindahl as Director of Adult Social Care" });
  });
});

describe("an officer asked to act up", () => {
  const ACT_UP =
    "That (1) Ms Nadia Fenwick, Head of Audit, act up as Director of Finance from 2 May 2026 until the post is filled, with an honorarium; (2) the recruitment to the post be carried out by the Panel.";

  it("says the officer's step and the recruitment as still to come", () => {
    const plain = plainResolution(ACT_UP);
    expect(plain).toContain("(1) Ms Nadia Fenwick, Head of Audit, will act up as Director of Finance from 2 May 2026");
    expect(plain).toContain("(2) The recruitment to the post will be carried out by the Panel.");
  });

  it("names the officer and the post in the overview", () => {
    expect(outcomePhrase(plainResolution(ACT_UP), "Interim Arrangements: Director of Finance")).toEqual({
      verb: "agreed",
      object: "that Ms Nadia Fenwick will act up as Director of Finance",
    });
  });

  it("leaves a body's own subjunctive to the rules it had", () => {
    expect(plainResolution("That the Panel continue to meet monthly.")).toBe(
      "The Panel will continue to meet monthly.",
    );
  });
});

describe("an amendment moved after the mover's question", () => {
  it("reads 'Councillor A then moved an amendment, seconded by …, that …' as the amendment moved", () => {
    expect(
      inlineAmendment(
        "Councillor Orla Benning then moved an amendment, seconded by Councillor Femi Arkwright, that the statement limit the ratio of the highest pay to the median to 7:1.",
      ),
    ).toBe(
      "Amendment moved by Councillor Orla Benning, seconded by Councillor Femi Arkwright: that the statement limit the ratio of the highest pay to the median to 7:1.",
    );
  });

  it("reads no other sentence about a councillor as an amendment", () => {
    expect(
      inlineAmendment("Councillor Orla Benning then asked about the ratio of the highest pay to the median."),
    ).toBe(null);
  });
});

describe("which overview phrases name a post", () => {
  it("keeps an offer and an appointment to a post", () => {
    expect(namesAPost({ verb: "offered", object: "Mr Joel Armitage the post of Corporate Director of Place" })).toBe(
      true,
    );
    expect(namesAPost({ verb: "appointed", object: "Ms Edith Varley as Interim Director of Housing" })).toBe(true);
  });

  it("lets an officer acting up until a post is filled give way first", () => {
    expect(namesAPost({ verb: "agreed", object: "that Ms Nadia Fenwick will act up as Director of Finance" })).toBe(
      false,
    );
  });

  it("leaves other appointments and agreements as they were", () => {
    expect(namesAPost({ verb: "appointed", object: "the committees" })).toBe(false);
    expect(namesAPost({ verb: "agreed", object: "that the Council will join the Syndicate" })).toBe(false);
    expect(namesAPost(null)).toBe(false);
  });
});

describe("an appointments panel's overview", () => {
  it("says who was offered and appointed to which post, and what went to Council, not the agenda titles", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Senior Appointments Panel"), [
      overviewSection(
        "Pay Policy Statement 2027/28",
        "Recommended to Council: approve the Pay Policy Statement 2027/28.",
      ),
      overviewSection(
        "Interim Arrangements: Director of Housing",
        plainResolution(
          "That (1) the appointment of Ms Edith Varley as Interim Director of Housing from 4 May 2027, at a day rate of £875, be approved; (2) it be recommended to Council that Ms Varley be designated as the Council's Chief Finance Officer.",
        ),
      ),
      overviewSection(
        "Appointment of Corporate Director of Place",
        plainResolution(
          "That (1) Mr Joel Armitage be offered the post of Corporate Director of Place at a salary of £149,500 a year, subject to no well-founded objection being received from members of the Executive; (2) subject to (1), Mr Armitage's start date be agreed by the Chief Executive.",
        ),
      ),
    ]);
    expect(overview).toContain("offered Mr Joel Armitage the post of Corporate Director of Place");
    expect(overview).toContain("appointed Ms Edith Varley as Interim Director of Housing");
    expect(overview).toMatch(/Pay Policy Statement 2027\/28/);
    expect(overview).not.toMatch(/Appointment of Corporate Director|Interim Arrangements/);
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });
});

describe("an answer that counts what only the question names", () => {
  const minute = (answer: string) =>
    [
      "The Panel received a report of the Director of People on the pay of its senior staff.",
      `Councillor Orla Benning asked how many employees were paid more than £120,000 a year. Mr Tariq Velasco responded that ${answer}`,
      "RESOLVED: That the report be noted.",
    ].join("\n\n");

  it("is no point of its own: a number of nothing", () => {
    const texts = candidatesOf(minute("there were 31, compared with 26 a year earlier."), "Senior Pay").map(
      (c) => c.text,
    );
    expect(texts.filter((t) => /There were 31/i.test(t))).toEqual([]);
  });

  it("stays when the answer names what it counts", () => {
    const texts = candidatesOf(
      minute("there were 31 such employees, compared with 26 a year earlier."),
      "Senior Pay",
    ).map((c) => c.text);
    expect(texts).toContainEqual(expect.stringMatching(/31 such employees/));
  });
});

describe("a count read whole", () => {
  it("reads a count with thousands as one number, so a count that names its thing is no count of nothing", () => {
    expect(countOfNothing("There were 2,315 tenants on the waiting list at the end of May.")).toBe(false);
    expect(countOfNothing("There were 2,315, compared with 2,090 a year earlier.")).toBe(true);
    expect(countOfNothing("There were 31, against 26 the year before.")).toBe(true);
  });
});
