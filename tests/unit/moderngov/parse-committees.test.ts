import { describe, expect, it } from "vitest";
import { parseCommitteeDetails } from "@/lib/moderngov/parse/parse-committee-details";
import { parseCommitteeList } from "@/lib/moderngov/parse/parse-committee-list";
import { KINGSTON, kingstonCommittee, kingstonStructure } from "./fixtures";

describe("parseCommitteeList on Kingston's committee structure (real page)", () => {
  const committees = parseCommitteeList(kingstonStructure(), `${KINGSTON}/mgCommitteeStructure.aspx`);

  it("lists every committee once with id, name, url and category", () => {
    expect(committees).toHaveLength(30);
    expect(committees[0]).toEqual({
      committeeId: 137,
      name: "Council",
      url: `${KINGSTON}/mgCommitteeDetails.aspx?ID=137`,
      category: "Council",
    });
    expect(committees.find((c) => c.committeeId === 138)).toMatchObject({
      name: "Planning Committee",
      category: "Regulatory",
    });
    expect(committees.find((c) => c.committeeId === 626)).toMatchObject({
      name: "Joint Appointments Committee (Kingston & Richmond)",
      category: "Joint Committees (Kingston with other Local Authorities)",
    });
    expect(committees.filter((c) => c.category === "Neighbourhood Committees").map((c) => c.committeeId)).toEqual([
      711, 712, 713, 179, 163,
    ]);
  });
});

describe("parseCommitteeDetails on Kingston's committee 711 (real page)", () => {
  const details = parseCommitteeDetails(kingstonCommittee(), `${KINGSTON}/mgCommitteeDetails.aspx?ID=711`);

  it("reads name, purpose and links", () => {
    expect(details.committeeId).toBe(711);
    expect(details.name).toBe("Kingston and North Kingston Neighbourhood Committee");
    expect(details.purpose).toMatch(
      /^Please note the Planning Sub-Committee for this Committee have been decommissioned/,
    );
    expect(details.meetingsUrl).toBe(`${KINGSTON}/ieListMeetings.aspx?CommitteeId=711`);
    expect(details.rssUrl).toBe(`${KINGSTON}/mgRss.aspx?CID=711`);
  });

  it("reads the membership with roles and person ids", () => {
    expect(details.membership).toHaveLength(15);
    expect(details.membership[0]).toEqual({
      personId: 2795,
      name: "Councillor Olly Wehring",
      role: "Chair",
      profileUrl: `${KINGSTON}/mgUserInfo.aspx?UID=2795`,
    });
    expect(details.membership[1]).toMatchObject({ personId: 11100, role: "Vice-Chair" });
    expect(details.membership.filter((m) => m.role === "Member")).toHaveLength(13);
    expect(details.membership.at(-1)).toMatchObject({ name: "Councillor John Sweeney", personId: 2721 });
  });

  it("reads the contact information", () => {
    expect(details.contact).toEqual({
      text: "Support officer: Alice Aubrey. Tel: 07521058748 / Email: alice.aubrey@kingston.gov.uk",
      email: "alice.aubrey@kingston.gov.uk",
      phone: "07521058748",
    });
  });

  it("gives reserves their role from a 'Reserve Members' section", () => {
    const html = kingstonCommittee().replace(
      '<h2 class="mgSectionTitle">Contact information</h2>',
      `<h2 class="mgSectionTitle">Reserve Members</h2><ul class="mgBulletList"><li><a href="mgUserInfo.aspx?UID=999">Councillor Res Erve</a></li></ul><h2 class="mgSectionTitle">Contact information</h2>`,
    );
    const withReserves = parseCommitteeDetails(html, `${KINGSTON}/mgCommitteeDetails.aspx?ID=711`);
    expect(withReserves.membership.at(-1)).toMatchObject({ personId: 999, role: "Reserve" });
    expect(withReserves.contact?.email).toBe("alice.aubrey@kingston.gov.uk");
  });
});
