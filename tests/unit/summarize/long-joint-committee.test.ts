// A joint committee's minutes (the corpus's long minutes of a joint committee of two London boroughs, MId 990043,
// tests/fixtures/real-harrow/ORIGIN.md): two councils overseeing a service one of them hosts for both, a budget shared
// by each council's contribution, a third council taken on as a client, an agreement whose extension is recommended to
// each council's Cabinet (docs/summaries.md#a-joint-committees-minutes). Every sentence below is written here, with
// made-up names, services and figures.
import { describe, expect, it } from "vitest";
import { inlineAmendment, targetInBrackets } from "@/lib/summarize/extractive/advisory-minutes";
import { withoutRelativeFragments } from "@/lib/summarize/extractive/bullet-filters";
import { reportAskedFor } from "@/lib/summarize/extractive/overview/later-reports";
import { outcomePhrase } from "@/lib/summarize/extractive/overview/outcome-phrase";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview/outcome-overview";
import {
  eachCouncilsCabinet,
  recommendationPhrase,
  stepAsGerund,
  withoutNamedBeneficiary,
} from "@/lib/summarize/extractive/overview/recommended";
import {
  ownServiceShorter,
  serviceTermsShorter,
  sharedBudget,
  sharesBudget,
} from "@/lib/summarize/extractive/overview/shared-service";
import { withoutReminders } from "@/lib/summarize/extractive/standing/describe-standing-item";
import { overviewMeeting, overviewSection } from "./helpers";

describe("a budget two councils share", () => {
  const BUDGET =
    "The Northfold Shared Digital Service Plan 2027/28 was approved; the net budget for 2027/28 of £4.12m was approved, with contributions of £2,554,400 (62%) from the London Borough of Ashbury and £1,565,600 (38%) from the Royal Borough of Kellington.";

  it("says the total and each council's share", () => {
    expect(
      sharedBudget(
        "the net budget for 2027/28 of £4.12m was approved, with contributions of £2,554,400 (62%) from the London Borough of Ashbury and £1,565,600 (38%) from the Royal Borough of Kellington.",
      ),
    ).toBe("a £4.12m net budget (Ashbury 62%, Kellington 38%)");
  });

  it("is no shared budget with one contribution or none", () => {
    expect(sharedBudget("the net budget of £4.12m was approved.")).toBeNull();
    expect(
      sharedBudget(
        "the budget of £4.12m was approved, with a contribution of £400,000 (10%) from the Lowbridge Trust.",
      ),
    ).toBeNull();
  });

  it("joins the plan approved and the shared budget in the overview's phrase", () => {
    const phrase = outcomePhrase(BUDGET, "Service Plan and Budget 2027/28");
    expect(phrase).toEqual({
      verb: "approved",
      object: "the Northfold Shared Digital Service Plan 2027/28 and a £4.12m net budget (Ashbury 62%, Kellington 38%)",
    });
    expect(sharesBudget(phrase)).toBe(true);
    expect(sharesBudget({ object: "the Parks Strategy" })).toBe(false);
  });

  it("names the shared service by its last word where the meeting's name already says whose it is", () => {
    expect(
      ownServiceShorter(
        "the Northfold Shared Digital Service Plan 2027/28",
        "Northfold Shared Digital Service Joint Committee",
      ),
    ).toBe("the Service's Plan 2027/28");
    expect(
      ownServiceShorter(
        "that the Service will host the payroll system for Lowbridge",
        "Northfold Shared Digital Service Joint Committee",
      ),
    ).toBe("to host the payroll system for Lowbridge");
    // A body not named for a shared service keeps its words.
    expect(ownServiceShorter("the Health and Wellbeing Strategy 2027", "Health and Wellbeing Board")).toBe(
      "the Health and Wellbeing Strategy 2027",
    );
  });
});

describe("a service provided to another council", () => {
  it("keeps what the service is, whom it is for and its fee, leaving the agreement's terms to the Decision line", () => {
    expect(
      serviceTermsShorter(
        "provide payroll and pensions administration to the London Borough of Ashbury under a memorandum of understanding for two years from 1 October 2027, at a fixed fee of £215,000 a year",
      ),
    ).toBe("provide payroll and pensions administration to Ashbury for £215,000 a year");
    // A step that provides nothing is left as it was.
    expect(serviceTermsShorter("report back on the pilot by March 2028")).toBe(
      "report back on the pilot by March 2028",
    );
  });

  it("says the service agreed in the overview, not the item's title", () => {
    const decision =
      "(1) The Service will provide payroll and pensions administration to the London Borough of Ashbury under a memorandum of understanding for two years from 1 October 2027, at a fixed fee of £215,000 a year; (2) The Head of Service was authorised to agree the final terms.";
    expect(outcomePhrase(decision, "Request from the London Borough of Ashbury")).toEqual({
      verb: "agreed",
      object: "that the Service will provide payroll and pensions administration to Ashbury for £215,000 a year",
    });
  });
});

describe("a recommendation to each council's Cabinet", () => {
  const IAA =
    "Recommended to the Cabinet of each council: the Partnership Agreement for the Northfold Shared Digital Service to be renewed for four years from 1 April 2028, subject to a review clause allowing either council to seek changes after two years.";

  it("names each council's Cabinet as the body asked", () => {
    expect(eachCouncilsCabinet("the Cabinet of each council")).toBe("each council's Cabinet");
    expect(eachCouncilsCabinet("the Cabinets of both councils")).toBe("both councils' Cabinets");
    expect(eachCouncilsCabinet("Cabinet")).toBeNull();
    expect(recommendationPhrase(IAA, "Renewal of the Partnership Agreement")?.verb).toBe(
      "recommended to each council's Cabinet",
    );
  });

  it("can say the agreement without the named service it is for, and the step as a gerund", () => {
    const said = recommendationPhrase(IAA, "Renewal of the Partnership Agreement")!;
    expect([said.object, ...said.shorter]).toContain(
      "that the Partnership Agreement be renewed for four years from 1 April 2028",
    );
    expect(said.shorter.at(-1)).toBe("renewing the Partnership Agreement");
    expect(
      withoutNamedBeneficiary("the Partnership Agreement for the Northfold Shared Digital Service to be renewed"),
    ).toBe("the Partnership Agreement to be renewed");
  });

  it("forms the gerund from the participle", () => {
    expect(stepAsGerund("that the Agreement be extended")).toBe("extending the Agreement");
    expect(stepAsGerund("that the Protocol be varied")).toBe("varying the Protocol");
    expect(stepAsGerund("that the Scheme be approved")).toBe("approving the Scheme");
    expect(stepAsGerund("that the Scheme be approved for consultation")).toBeNull();
  });
});

describe("the overview of a joint committee", () => {
  it("says the shared budget with each council's share, the service agreed and the recommendation to each Cabinet", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Northfold Shared Digital Service Joint Committee"), [
      overviewSection(
        "Service Plan and Budget 2027/28",
        "The Northfold Shared Digital Service Plan 2027/28 was approved; the net budget for 2027/28 of £4.12m was approved, with contributions of £2,554,400 (62%) from the London Borough of Ashbury and £1,565,600 (38%) from the Royal Borough of Kellington.",
      ),
      overviewSection("Performance Report - Quarter 2", "The performance report for Quarter 2 2027/28 was noted."),
      overviewSection(
        "Request from the London Borough of Lowbridge",
        "(1) The Service will provide payroll and pensions administration to the London Borough of Lowbridge under a memorandum of understanding for two years from 1 October 2027, at a fixed fee of £215,000 a year; (2) The Head of Service was authorised to agree the final terms.",
      ),
      overviewSection(
        "Renewal of the Partnership Agreement",
        "Recommended to the Cabinet of each council: the Partnership Agreement for the Northfold Shared Digital Service to be renewed for four years from 1 April 2028, subject to a review clause allowing either council to seek changes after two years.",
      ),
    ]);
    expect(overview).toMatch(
      /approved the Service's Plan 2027\/28 and a £4\.12m net budget \(Ashbury 62%, Kellington 38%\)/,
    );
    expect(overview).toMatch(/agreed to provide payroll and pensions administration to Lowbridge for £215,000 a year/);
    expect(overview).toMatch(/recommended to each council's Cabinet /);
    expect(overview).not.toMatch(/Request from|Renewal of/);
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });
});

describe("a joint committee's minutes, read line by line", () => {
  it("keeps a figure with thousands whole when it says the target", () => {
    expect(
      targetInBrackets("Income from other clients was £640,500, against a target of £590,000 for the half-year."),
    ).toBe("Income from other clients was £640,500, against a target of £590,000 for the half-year.");
    expect(targetInBrackets("Satisfaction was 88%, against a target of 80%.")).toBe(
      "Satisfaction was 88% (target 80%).",
    );
    expect(targetInBrackets("Income was £640,500, against a target of £590,000.")).toBe(
      "Income was £640,500 (target £590,000).",
    );
  });

  it("asks for a report to the next meeting", () => {
    expect(
      reportAskedFor(
        "A report on the retention of software engineers, setting out the options for a pay supplement, will be submitted to the next meeting.",
      ),
    ).toEqual({ verb: "asked for", object: "a report on the retention of software engineers" });
  });

  it("says what an amendment asked when its mover first said why", () => {
    expect(
      inlineAmendment(
        "Councillor Tobias Wrenfield said that Kellington's costs had risen faster than expected, and moved an amendment, seconded by Councillor Amara Dunleavy, that the renewal include a review after two years.",
      ),
    ).toBe(
      "Amendment moved by Councillor Tobias Wrenfield, seconded by Councillor Amara Dunleavy: that the renewal include a review after two years.",
    );
  });

  it("leaves out a relative clause cut from its sentence", () => {
    const bullets = [
      { text: "Which would lapse on 30 June 2029 unless renewed." },
      { text: "Whose members had met twice." },
      { text: "Which of the two options was cheaper was not yet known." },
      { text: "The Service had 42 posts." },
    ];
    expect(withoutRelativeFragments(bullets).map((b) => b.text)).toEqual([
      "Which of the two options was cheaper was not yet known.",
      "The Service had 42 posts.",
    ]);
  });

  it("says who was elected to chair, without the clerk's reminder of how the chair rotates", () => {
    const minute =
      "RESOLVED: That Councillor Imelda Ferraby be elected Chair for the meeting.\n\nThe Clerk reminded members that the chair passed between the two councils each municipal year.";
    expect(withoutReminders(minute)).toBe("RESOLVED: That Councillor Imelda Ferraby be elected Chair for the meeting.");
    expect(withoutReminders("RESOLVED: That Councillor Imelda Ferraby be elected Chair.")).toBe(
      "RESOLVED: That Councillor Imelda Ferraby be elected Chair.",
    );
  });
});
