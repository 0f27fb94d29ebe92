import { describe, expect, it } from "vitest";
import { readFrontsheet, splitReportsPack } from "@/lib/summarize/extractive/split-pack";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { readPdfBlocks } from "@/lib/summarize/text/read-pdf-blocks";
import { doc, item, makeInput, readFixture } from "./helpers";

describe("reports pack splitting", () => {
  const blocks = readPdfBlocks(readFixture("reports-pack.txt"));

  it("splits at ModernGov's 'Agenda Item N' stamps and reads each cover's Subject", () => {
    const { parts } = splitReportsPack(blocks);
    expect(parts.map((p) => [p.agendaNumber, p.title])).toEqual([
      ["8", "Virtual School Autumn Term Report"],
      ["9", "Health Services for Children Looked After"],
    ]);
  });

  it("reads agenda numbers and titles from the frontsheet", () => {
    const { frontsheet } = splitReportsPack(blocks);
    expect(readFrontsheet(frontsheet)).toContainEqual({
      number: "9",
      title: "Health Services for Children Looked After",
    });
  });

  it("splits by report covers when there are no stamps", () => {
    const unstamped = readPdfBlocks(
      readFixture("reports-pack.txt").replace(/Agenda Item \d+\n|Pages \d+ - \d+\n/g, ""),
    );
    expect(splitReportsPack(unstamped).parts.map((p) => p.title)).toEqual([
      "Virtual School Autumn Term Report",
      "Health Services for Children Looked After",
    ]);
  });

  it("matches pack reports to agenda items by title even when minutes renumber the items", () => {
    const pack = doc(900, "Public reports pack", {
      kind: "public_reports_pack",
      text: readFixture("reports-pack.txt"),
    });
    const input = makeInput({
      meeting: { status: "scheduled" },
      now: "2025-10-16T09:00:00Z",
      items: [
        item(1, "Health Services for Children Looked After", { number: "143." }),
        item(2, "Virtual School Autumn Term Report", { number: "142." }),
      ],
      documents: [pack],
    });
    const summary = summarizeExtractive(input);
    const health = summary.sections.find((s) => s.heading.startsWith("Health"))!;
    const school = summary.sections.find((s) => s.heading.startsWith("Virtual"))!;
    expect(health.bullets.map((b) => b.text).join(" ")).toContain("35/47 (74.5%)");
    expect(school.bullets.map((b) => b.text).join(" ")).toContain("25 undergraduates");
    expect(school.bullets.map((b) => b.text).join(" ")).not.toContain("35/47");
  });

  it("cites pack pages counted from the form feeds", () => {
    const pack = doc(900, "Public reports pack", {
      kind: "public_reports_pack",
      text: readFixture("reports-pack.txt"),
    });
    const input = makeInput({
      meeting: { status: "scheduled" },
      now: "2025-10-16T09:00:00Z",
      items: [item(2, "Virtual School Autumn Term Report")],
      documents: [pack],
    });
    const bullets = summarizeExtractive(input).sections[0]!.bullets;
    expect(bullets.find((b) => b.text.includes("(89%)"))!.source).toEqual({ documentId: 900, url: pack.url, page: 2 });
    expect(bullets.find((b) => b.text.includes("25 undergraduates"))!.source.page).toBe(3);
  });
});
