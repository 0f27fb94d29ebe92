import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseForwardPlan, parsePlansHome } from "@/lib/moderngov/parse/parse-forward-plan";
import { readFixture } from "./fixtures";

const SNAPSHOT = path.resolve(import.meta.dirname, "../../../lib/replay/snapshot/harrow/pages");

describe("parseForwardPlan", () => {
  it("reads a real council's plan entry (Cherwell): who decides, when, the lead officer and the notice date", () => {
    const plan = parseForwardPlan(
      readFixture("issue-html/cherwell-plan-387.html"),
      "https://modgov.cherwell.gov.uk/mgListPlanItems.aspx?PlanId=387",
    );
    expect(plan.planId).toBe(387);
    expect(plan.title).toBe("Executive Forward Plan March 2022");
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]).toMatchObject({
      issueId: 31872,
      title: "Queen Elizabeth II's Platinum Jubilee",
      decisionMaker: "Executive",
      decisionDueText: "March 2022",
      decisionDue: "2022-03-01",
      firstPublished: "2022-02-16",
      isKey: true,
      url: "https://modgov.cherwell.gov.uk/ieIssueDetails.aspx?IId=31872&PlanId=387",
    });
  });

  it("reads the snapshot's plan: six key decisions, each with a due date and its decision maker", () => {
    const plan = parseForwardPlan(
      readFileSync(path.join(SNAPSHOT, "mgListPlanItems-PlanId418.html"), "utf8"),
      "https://moderngov.harrow.gov.uk/mgListPlanItems.aspx?PlanId=418&RP=249",
    );
    expect(plan.items).toHaveLength(6);
    expect(plan.items.every((i) => i.isKey && i.decisionDue && i.decisionMaker)).toBe(true);
    expect(plan.items.find((i) => i.issueId === 105191)).toMatchObject({
      decisionMaker: "Council",
      decisionDue: "2027-02-25",
      status: "Recommendations Approved",
    });
  });

  it("lists the plans of the plans page, current first", () => {
    const home = parsePlansHome(
      readFileSync(path.join(SNAPSHOT, "mgPlansHome.html"), "utf8"),
      "https://moderngov.harrow.gov.uk/mgPlansHome.aspx?bcr=1",
    );
    expect(home.plans).toEqual([
      {
        planId: 418,
        title: "Key Decision Schedule December 2026 - February 2027",
        url: "https://moderngov.harrow.gov.uk/mgListPlanItems.aspx?PlanId=418&RP=249",
      },
    ]);
  });

  it("refuses a page that is not a plan", () => {
    expect(() =>
      parseForwardPlan(
        readFixture("issue-html/bury-issue-22876.html"),
        "https://x.example/mgListPlanItems.aspx?PlanId=1",
      ),
    ).toThrow(/expected a plan page/);
  });
});
