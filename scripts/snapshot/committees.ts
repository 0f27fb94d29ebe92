import type { Committee, Venue } from "./types";

// Harrow's real committee IDs (CId) and titles, from docs/harrow.md#committees; categories, purposes and memberships
// are written for the snapshot (memberships are fictional, as are the councillors in them).
export const committees: Committee[] = [
  {
    cid: 249,
    title: "Cabinet",
    category: "Executive",
    purpose: [
      "The Cabinet is the part of the Council which is responsible for most day-to-day decisions. It is made up of the Leader of the Council and up to nine other councillors appointed by the Leader, each with responsibility for a portfolio.",
      "Key decisions to be taken by Cabinet are published in advance in the Key Decision Schedule. Cabinet decisions may be called in by the Overview and Scrutiny Committee before they are implemented.",
    ],
    members: [
      { uid: 4401, role: "Chair" },
      { uid: 4402, role: "Vice-Chair" },
      { uid: 4403, role: "Member" },
      { uid: 4404, role: "Member" },
      { uid: 4405, role: "Member" },
      { uid: 4406, role: "Member" },
      { uid: 4407, role: "Member" },
      { uid: 4408, role: "Member" },
    ],
    supportOfficer: "dso-cabinet",
  },
  {
    cid: 276,
    title: "Overview and Scrutiny Committee",
    category: "Overview and Scrutiny",
    purpose: [
      "The Overview and Scrutiny Committee holds the Cabinet to account, reviews and develops policy, and scrutinises the performance of the Council and of other public services in the borough, including health services.",
      "The Committee agrees the scrutiny work programme, may call in decisions of the Cabinet before they are implemented, and reports its recommendations to Cabinet or Council.",
    ],
    members: [
      { uid: 4409, role: "Chair" },
      { uid: 4414, role: "Vice-Chair" },
      { uid: 4413, role: "Member" },
      { uid: 4415, role: "Member" },
      { uid: 4417, role: "Member" },
      { uid: 4421, role: "Member" },
      { uid: 4423, role: "Member" },
      { uid: 4424, role: "Member" },
      { uid: 4416, role: "Reserve" },
      { uid: 4425, role: "Reserve" },
    ],
    supportOfficer: "dso-scrutiny",
  },
  {
    cid: 1001,
    title: "Planning Committee",
    category: "Regulatory Committees",
    purpose: [
      "The Planning Committee determines applications for planning permission, listed building consent and related matters which are not delegated to officers, including major applications, applications which are contrary to policy and applications called in by a ward councillor.",
      "Members of the public may register to speak on an application in accordance with the Planning Committee procedure rules. A Guidance Note for members of the public attending the Planning Committee is enclosed with every agenda.",
    ],
    members: [
      { uid: 4411, role: "Chair" },
      { uid: 4416, role: "Vice-Chair" },
      { uid: 4414, role: "Member" },
      { uid: 4417, role: "Member" },
      { uid: 4425, role: "Member" },
      { uid: 4428, role: "Member" },
      { uid: 4427, role: "Member" },
      { uid: 4415, role: "Reserve" },
      { uid: 4422, role: "Reserve" },
    ],
    supportOfficer: "dso-planning",
  },
  {
    cid: 788,
    title: "Corporate Parenting Panel",
    category: "Other Committees and Panels",
    purpose: [
      "The Corporate Parenting Panel makes sure the Council, as corporate parent, meets its responsibilities to children looked after and care leavers. It monitors the outcomes of children in care and care leavers, hears directly from young people through the Children in Care Council and the Care Leavers Forum, and challenges services where outcomes fall short.",
    ],
    members: [
      { uid: 4410, role: "Chair" },
      { uid: 4415, role: "Vice-Chair" },
      { uid: 4413, role: "Member" },
      { uid: 4426, role: "Member" },
      { uid: 4429, role: "Member" },
      { uid: 4417, role: "Reserve" },
      { uid: 4424, role: "Reserve" },
    ],
    otherMembers: [
      "Representatives of the Children in Care Council and the Care Leavers Forum",
      "Designated Nurse for Children Looked After, Central and North West London NHS Foundation Trust",
      "London Probation Service (Harrow)",
    ],
    supportOfficer: "dso-cpp",
  },
  {
    cid: 1280,
    title: "Health and Wellbeing Board",
    category: "Partnership Boards",
    purpose: [
      "The Health and Wellbeing Board brings together the Council, the NHS and Healthwatch Harrow to improve the health and wellbeing of residents and reduce health inequalities. It agrees the Joint Local Health and Wellbeing Strategy and the Joint Strategic Needs Assessment, and oversees the Better Care Fund.",
    ],
    members: [
      { uid: 4406, role: "Chair" },
      { uid: 4404, role: "Member" },
      { uid: 4408, role: "Member" },
      { uid: 4422, role: "Member" },
    ],
    otherMembers: [
      "Borough Director, NHS North West London (Harrow) (Vice-Chair)",
      "Director of Public Health",
      "Director of Adult Social Care",
      "Chair, Healthwatch Harrow",
    ],
    supportOfficer: "dso-planning",
  },
  {
    cid: 850,
    title: "Governance, Audit, Risk Management and Standards Committee",
    category: "Regulatory Committees",
    purpose: [
      "The Governance, Audit, Risk Management and Standards Committee (GARMS) provides independent assurance on the Council's governance, risk management, internal control and financial reporting, and promotes high standards of conduct by councillors.",
      "The Committee was the Audit Committee until it was renamed on 18 October 2007, and took on the functions of the Standards Committee on 12 June 2014.",
    ],
    members: [
      { uid: 4412, role: "Chair" },
      { uid: 4430, role: "Vice-Chair" },
      { uid: 4414, role: "Member" },
      { uid: 4413, role: "Member" },
      { uid: 4423, role: "Member" },
      { uid: 4422, role: "Member" },
      { uid: 4421, role: "Member" },
      { uid: 4415, role: "Reserve" },
    ],
    supportOfficer: "dso-garms",
  },
];

export function committee(cid: number): Committee {
  const found = committees.find((x) => x.cid === cid);
  if (!found) throw new Error(`unknown committee CId ${cid}`);
  return found;
}

// Harrow's venues (docs/harrow.md#venues); room ids (RID) are invented.
export const venues: Record<"hub" | "hub-room4" | "civic", Venue> = {
  hub: { rid: 14, name: "The Auditorium - Harrow Council Hub, Kenmore Avenue, Harrow, HA3 8LU" },
  "hub-room4": { rid: 17, name: "Meeting Room 4, First Floor - Harrow Council Hub, Kenmore Avenue, Harrow, HA3 8LU" },
  civic: { rid: 2, name: "Council Chamber, Harrow Civic Centre, Station Road, Harrow, HA1 2XY" },
};

/** Display order of categories on mgCommitteeStructure.aspx. */
export const categoryOrder = [
  "Executive",
  "Overview and Scrutiny",
  "Regulatory Committees",
  "Other Committees and Panels",
  "Partnership Boards",
];
