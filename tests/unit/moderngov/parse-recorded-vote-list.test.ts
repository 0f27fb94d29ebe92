// The council's voting record (mgListRecordedVotes.aspx), on real pages' text in ModernGov's layout
// (tests/fixtures/moderngov/issue-html/ORIGIN.md).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRecordedVoteList } from "@/lib/moderngov/parse/parse-recorded-vote-list";
import { PageParseError } from "@/lib/moderngov/parse/errors";

const read = (name: string) => fs.readFileSync(path.join("tests/fixtures/moderngov/issue-html", name), "utf8");
const URL_DEVON = "https://democracy.devon.gov.uk/mgListRecordedVotes.aspx?UID=176&DR=09%2f03%2f2022-20%2f03%2f2023";

describe("the voting record list", () => {
  it("reads each vote with its meeting, date, item, title, status and who voted which way", () => {
    const { votes } = parseRecordedVoteList(read("devon-recorded-votes-uid176.html"), URL_DEVON);
    expect(votes).toEqual([
      {
        meeting: "Council (Budget), Council, Thursday, 16th February, 2023 2.15 pm",
        date: "2023-02-16",
        meetingId: 4501,
        item: "Revenue Budget, Medium Term Financial Strategy 2023/2024 - 2026/2027 and the Capital Programme for 2023/2024 - 2027/2028",
        title: "Amendment in the name of Councillor Brazil",
        result: "Lost",
        casts: [{ name: "Sara Randall Johnson", uid: 176, choice: "against", label: "Against" }],
      },
      {
        meeting: "Council (Budget), Council, Thursday, 16th February, 2023 2.15 pm",
        date: "2023-02-16",
        meetingId: 4501,
        item: "Revenue Budget, Medium Term Financial Strategy 2023/2024 - 2026/2027 and the Capital Programme for 2023/2024 - 2027/2028",
        title: "Motion in the name of Councillor Hart",
        result: "Carried",
        casts: [{ name: "Sara Randall Johnson", uid: 176, choice: "for", label: "For" }],
      },
    ]);
  });

  it("reads 'There is no voting information available' as no votes", () => {
    expect(
      parseRecordedVoteList(
        read("lancashire-recorded-votes-none.html"),
        "http://council.lancashire.gov.uk/mgListRecordedVotes.aspx?UID=178&RPID=0",
      ),
    ).toEqual({ votes: [] });
  });

  it("refuses another kind of page and a cut one", () => {
    const other = read("devon-recorded-votes-uid176.html").replace(">Voting record</h1>", ">Committee details</h1>");
    expect(() => parseRecordedVoteList(other, URL_DEVON)).toThrow(PageParseError);
    expect(() => parseRecordedVoteList(read("devon-recorded-votes-uid176.html").slice(0, 900), URL_DEVON)).toThrow(
      /ends before/,
    );
  });
});
