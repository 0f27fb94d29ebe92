import {
  CORPORATE_PARENTING_ISSUE,
  CTS_ISSUE,
  DRAFT_BUDGET_ISSUE,
  FINAL_BUDGET_ISSUE,
  HRA_BUDGET_ISSUE,
  HSDP_PLAN_ISSUE,
  LEISURE_ISSUE,
  TA_ISSUE,
} from "./issue-ids";

// The snapshot's issues (ModernGov's IId): the matters its meeting items link to with "View the background to
// item N.", and the key decisions of the Cabinet's forward plan (the Key Decision Schedule). All fictional.
// The meetings an issue came up at are not listed here: the issue page is built from the meetings whose items
// carry `issue` (build.ts), as ModernGov builds it from its agenda items.

export interface SnapshotIssue {
  iid: number;
  title: string;
  purpose: string;
  decisionType: "Key" | "Non-key";
  /** "Decision status:" as ModernGov prints it */
  status: string;
  /** "Decision due:" as printed, e.g. "19 Nov 2026 by Cabinet" */
  due: string;
  /** ISO date the decision is due (used for the plan's period) */
  dueDate: string;
  leadMember: string;
  leadDirector: string;
  wards: string;
  /** dd/mm/yyyy */
  firstPublished: string;
  /** on the forward plan (Key Decision Schedule December 2026 - February 2027) */
  onPlan: boolean;
  restricted?: string;
}

/** The Cabinet's forward plan: ModernGov's PlanId and its plan type (RP). */
export const forwardPlan = {
  planId: 418,
  rp: 249,
  title: "Key Decision Schedule December 2026 - February 2027",
  published: "2026-11-11",
  lastUpdated: "2026-11-20",
};

export const issues: SnapshotIssue[] = [
  {
    iid: CORPORATE_PARENTING_ISSUE,
    title: "Corporate Parenting Strategy 2026-2029",
    purpose:
      "To adopt the Council's strategy for the children it looks after and its care leavers for 2026 to 2029, after the Corporate Parenting Panel and the Health and Wellbeing Board have commented on the draft.",
    decisionType: "Key",
    status: "Recommendations Approved",
    due: "19 Nov 2026 by Cabinet",
    dueDate: "2026-11-19",
    leadMember: "Portfolio Holder for Children's Services",
    leadDirector: "Strategic Director of Children's Services",
    wards: "All Wards",
    firstPublished: "18/09/2026",
    onPlan: false,
  },
  {
    iid: LEISURE_ISSUE,
    title: "Harrow Leisure Centre - Decarbonisation Works",
    purpose: "To approve heat pump and insulation works at Harrow Leisure Centre and accept the grant towards them.",
    decisionType: "Key",
    status: "Recommendations Approved",
    due: "19 Nov 2026 by Cabinet",
    dueDate: "2026-11-19",
    leadMember: "Portfolio Holder for Environment and Community Safety",
    leadDirector: "Strategic Director of Place",
    wards: "Greenhill",
    firstPublished: "16/10/2026",
    onPlan: false,
  },
  {
    iid: CTS_ISSUE,
    title: "Council Tax Support Scheme 2027/28",
    purpose: "To recommend to Council the scheme of council tax support for working-age households for 2027/28.",
    decisionType: "Key",
    status: "Recommendations Approved",
    due: "25 Feb 2027 by Council",
    dueDate: "2027-02-25",
    leadMember: "Deputy Leader and Portfolio Holder for Finance and Highways",
    leadDirector: "Director of Finance and Assurance",
    wards: "All Wards",
    firstPublished: "16/10/2026",
    onPlan: true,
  },
  {
    iid: DRAFT_BUDGET_ISSUE,
    title: "Draft Revenue Budget 2027/28 and Medium Term Financial Strategy 2027/28 to 2029/30",
    purpose: "To agree the draft budget and medium term financial strategy for public consultation.",
    decisionType: "Key",
    status: "For Determination",
    due: "10 Dec 2026 by Cabinet",
    dueDate: "2026-12-10",
    leadMember: "Deputy Leader and Portfolio Holder for Finance and Highways",
    leadDirector: "Director of Finance and Assurance",
    wards: "All Wards",
    firstPublished: "16/10/2026",
    onPlan: true,
  },
  {
    iid: TA_ISSUE,
    title: "Property Acquisition for Temporary Accommodation",
    purpose: "To approve the purchase of a block of flats for use as temporary accommodation for homeless households.",
    decisionType: "Key",
    status: "For Determination",
    due: "10 Dec 2026 by Cabinet",
    dueDate: "2026-12-10",
    leadMember: "Portfolio Holder for Housing",
    leadDirector: "Director of Housing",
    wards: "Wealdstone South",
    firstPublished: "11/11/2026",
    onPlan: true,
    restricted:
      "Part exempt: paragraph 3 of Part I of Schedule 12A to the Local Government Act 1972 (financial or business affairs).",
  },
  {
    iid: HSDP_PLAN_ISSUE,
    title: "Harrow Strategic Development Partnership - Phase 2 Business Plan",
    purpose: "To approve the business plan for the second phase of the Council's regeneration partnership.",
    decisionType: "Key",
    status: "For Determination",
    due: "14 Jan 2027 by Cabinet",
    dueDate: "2027-01-14",
    leadMember: "Portfolio Holder for Planning and Regeneration",
    leadDirector: "Strategic Director of Place",
    wards: "Greenhill; Marlborough",
    firstPublished: "11/11/2026",
    onPlan: true,
  },
  {
    iid: FINAL_BUDGET_ISSUE,
    title: "Final Revenue Budget 2027/28 and Medium Term Financial Strategy 2027/28 to 2029/30",
    purpose: "To recommend to Council the budget and council tax for 2027/28 after the consultation on the draft.",
    decisionType: "Key",
    status: "For Determination",
    due: "11 Feb 2027 by Cabinet",
    dueDate: "2027-02-11",
    leadMember: "Deputy Leader and Portfolio Holder for Finance and Highways",
    leadDirector: "Director of Finance and Assurance",
    wards: "All Wards",
    firstPublished: "11/11/2026",
    onPlan: true,
  },
  {
    iid: HRA_BUDGET_ISSUE,
    title: "Housing Revenue Account Budget 2027/28 and Rent Setting",
    purpose: "To set council housing rents and service charges for 2027/28 and the Housing Revenue Account budget.",
    decisionType: "Key",
    status: "For Determination",
    due: "11 Feb 2027 by Cabinet",
    dueDate: "2027-02-11",
    leadMember: "Portfolio Holder for Housing",
    leadDirector: "Director of Housing",
    wards: "All Wards",
    firstPublished: "11/11/2026",
    onPlan: true,
  },
];
