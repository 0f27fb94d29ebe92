// Long printed minutes of whole meetings (the corpus's "minutes" kind, tests/fixtures/real-harrow/minutes): what the
// engine does with a meeting where most words are debate. Invented text in the register of Harrow's printed minutes.
import { describe, expect, it } from "vitest";
import { readPdfBlocks } from "@/lib/summarize/text/read-pdf-blocks";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { doc, item, makeInput } from "./helpers";

// A printed-minutes page as pdf-parse gives it: one printed line a row, full-width lines wrapped mid-sentence.
const PLANNING_PDF = [
  "Planning Committee",
  "MINUTES OF PROCEEDINGS, WEDNESDAY 10 SEPTEMBER 2025",
  "150. 2/01 Former Greenhill Garage, 58-62 Station Road, Harrow, HA1 2QS -",
  "PL/1874/25",
  "PROPOSAL: Demolition of the existing garage and workshop buildings; redevelopment to provide a",
  "part 6, part 9 storey building with 87 flats and a ground floor commercial unit of 240 square metres.",
  "DECISION: GRANTED planning permission, subject to the conditions set out in the report and the",
  "Addendum and the completion of a Section 106 legal agreement by 10 March 2026.",
  "The Committee wished it to be recorded that the decision to grant the application was by a majority",
  "of votes. Councillors Tarrant, Haq, Okonjo, Brennan and Lowther voted for the application; the two",
  "Councillors Fairbairn and Sandhu voted against; Councillor Mistry abstained from the whole vote.",
  "151. 2/02 Land rear of 3-9 Beechcroft Gardens and 2 Beechcroft Close, Stanmore, HA7 4PA - PL/1551/25",
  "PROPOSAL: Erection of 4 two-storey terraced houses with rooms in the roof; access from",
  "Beechcroft Gardens; parking for 4 cars; bin and cycle stores; landscaping and boundary treatment.",
  "DECISION: REFUSED planning permission, contrary to the officer recommendation, for the reasons",
  "that the access road would cause unacceptable noise and disturbance to the occupiers of number 11.",
].join("\n");

describe("printed minutes whose minute headings run the full width of the page", () => {
  it("starts a minute at its numbered heading after a finished sentence, however long the heading's line", () => {
    const blocks = readPdfBlocks(PLANNING_PDF);
    const texts = blocks.map((b) => ("text" in b ? b.text : ""));
    expect(texts.some((t) => t.startsWith("151. 2/02 Land rear of 3-9 Beechcroft Gardens"))).toBe(true);
    expect(texts.some((t) => /abstained from the whole vote\. 151\./.test(t))).toBe(false);
  });

  it("gives each application its own line, however the heading ran into its PROPOSAL", () => {
    const input = makeInput({
      meeting: {
        title: "Planning Committee - Wednesday 10 September 2025 6.30 pm",
        committeeName: "Planning Committee",
        startsAt: "2025-09-10T18:30:00+01:00",
      },
      items: [
        item(1, "2/01 Former Greenhill Garage, 58-62 Station Road, Harrow, HA1 2QS - PL/1874/25", {
          number: "150",
          minutesText: "PROPOSAL: Demolition of the existing garage.\n\nDECISION: GRANTED planning permission.",
        }),
        item(2, "2/02 Land rear of 3-9 Beechcroft Gardens and 2 Beechcroft Close, Stanmore, HA7 4PA - PL/1551/25", {
          number: "151",
          minutesText: "PROPOSAL: Erection of 4 houses.\n\nDECISION: REFUSED planning permission.",
        }),
      ],
      documents: [
        doc(900, "Printed minutes 10th-Sep-2025 18.30 Planning Committee", {
          kind: "printed_minutes",
          text: PLANNING_PDF,
        }),
      ],
      now: "2025-10-01T09:00:00Z",
    });
    const summary = summarizeExtractive(input);
    const decisions = summary.sections.map((s) => s.decision ?? "");
    expect(decisions.filter((d) => d.includes("PL/1874/25"))).toHaveLength(1);
    expect(decisions.filter((d) => d.includes("PL/1551/25"))).toHaveLength(1);
    expect(decisions.find((d) => d.includes("PL/1874/25"))).toMatch(/^Granted/);
    expect(decisions.find((d) => d.includes("PL/1551/25"))).toMatch(/^Refused/);
  });
});
