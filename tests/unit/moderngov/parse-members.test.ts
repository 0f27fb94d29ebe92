import { describe, expect, it } from "vitest";
import { parseMemberIndex } from "@/lib/moderngov/parse/parse-member-index";
import { parseMemberPage } from "@/lib/moderngov/parse/parse-member-page";
import { HARROW, modernGovShell } from "./fixtures";

// No real councillor pages were available to record; these follow ModernGov's templates (see fixtures.ts).

const memberHtml = modernGovShell(`
<div class="mgHeader"><h1 class="mgMainTitleTxt">Councillor details</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Councillor Sue Anderson</h2></div>
<div class="mgContent">
<div class="mgUserSideBar"><p><img src="UserData/4/6/7/Info00000764/bigpic.jpg" alt="Profile image for Councillor Sue Anderson" class="mgCouncillorImages" /></p>
<p><span class="mgLabel">Ward:&nbsp;</span>Kenton East</p>
<p><span class="mgLabel">Party:&nbsp;</span>Labour</p></div>
<div class="mgUserBody">
<h2 class="mgSectionTitle">Posts</h2>
<ul class="mgBulletList"><li>Leader of the Council and Portfolio Holder for Strategy</li><li>Leader of the Labour Group</li></ul>
<h2 class="mgSectionTitle">Committee appointments</h2>
<ul class="mgBulletList"><li><a href="mgCommitteeDetails.aspx?ID=249">Cabinet</a> (Chair)</li><li><a href="mgCommitteeDetails.aspx?ID=288">Council</a></li></ul>
</div></div>`);

describe("parseMemberPage", () => {
  it("reads name, party, ward, photo, posts and committee appointments", () => {
    const member = parseMemberPage(memberHtml, `${HARROW}/(S(abc))/mgUserInfo.aspx?UID=764`);
    expect(member).toEqual({
      personId: 764,
      name: "Councillor Sue Anderson",
      party: "Labour",
      ward: "Kenton East",
      photoUrl: `${HARROW}/UserData/4/6/7/Info00000764/bigpic.jpg`,
      profileUrl: `${HARROW}/mgUserInfo.aspx?UID=764`,
      posts: ["Leader of the Council and Portfolio Holder for Strategy", "Leader of the Labour Group"],
      committees: [
        { committeeId: 249, name: "Cabinet", role: "Chair" },
        { committeeId: 288, name: "Council", role: null },
      ],
    });
  });
});

describe("parseMemberIndex", () => {
  it("reads the list view (mgThumbsList)", () => {
    const html = modernGovShell(`
<div class="mgHeader"><h1 class="mgMainTitleTxt">Your Councillors</h1></div>
<div class="mgContent"><div class="mgThumbsList"><ul>
<li><img src="UserData/1/Info00000764/smallpic.jpg" alt="Profile image for Councillor Sue Anderson" /><p><a href="mgUserInfo.aspx?UID=764">Councillor Sue Anderson</a></p><p>Kenton East</p><p>Labour</p></li>
<li><p><a href="mgUserInfo.aspx?UID=765">Councillor Stephen Greek</a></p><p>Conservative</p><p>Pinner</p></li>
<li><p><a href="mgUserInfo.aspx?UID=766">Councillor Kantilal Rabadia</a></p><p>Rayners Lane</p><p>Conservative</p></li>
</ul></div></div>`);
    const members = parseMemberIndex(html, `${HARROW}/mgMemberIndex.aspx?bcr=1`);
    expect(members.map((m) => [m.personId, m.name, m.party, m.ward])).toEqual([
      [764, "Councillor Sue Anderson", "Labour", "Kenton East"],
      [765, "Councillor Stephen Greek", "Conservative", "Pinner"],
      [766, "Councillor Kantilal Rabadia", "Conservative", "Rayners Lane"],
    ]);
    expect(members[0]?.photoUrl).toBe(`${HARROW}/UserData/1/Info00000764/smallpic.jpg`);
    expect(members[0]?.profileUrl).toBe(`${HARROW}/mgUserInfo.aspx?UID=764`);
  });

  it("reads the table view (VW=TABLE) by its headers", () => {
    const html = modernGovShell(`
<div class="mgHeader"><h1 class="mgMainTitleTxt">Your Councillors</h1></div>
<div class="mgContent"><table class="mgStatsTable" id="mgTable1" summary="Table of councillors">
<thead><tr><th>Photo</th><th>Councillor</th><th>Party</th><th>Ward</th></tr></thead><tbody>
<tr><td><img src="UserData/1/smallpic.jpg" alt="photo" /></td><td><p><a href="mgUserInfo.aspx?UID=764">Councillor Sue Anderson</a></p></td><td>Labour</td><td>Kenton East</td></tr>
<tr><td></td><td><p><a href="mgUserInfo.aspx?UID=765">Councillor Stephen Greek</a></p></td><td>Conservative</td><td>Pinner</td></tr>
<tr><td></td><td><p><a href="mgUserInfo.aspx?UID=766">Councillor Kantilal Rabadia</a></p></td><td>Conservative</td><td>Rayners Lane</td></tr>
</tbody></table></div>`);
    const members = parseMemberIndex(html, `${HARROW}/mgMemberIndex.aspx?VW=TABLE&PIC=1&FN=`);
    expect(members.map((m) => [m.personId, m.party, m.ward, m.photoUrl !== null])).toEqual([
      [764, "Labour", "Kenton East", true],
      [765, "Conservative", "Pinner", false],
      [766, "Conservative", "Rayners Lane", false],
    ]);
  });
});
