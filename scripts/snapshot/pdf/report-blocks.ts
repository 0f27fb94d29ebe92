import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { committee } from "../committees";
import { addDays, dayMonthYear } from "../format";
import { officer } from "../people";
import { parseDocument, type Parsed } from "../text/markdown";
import type { AttachedDoc, Meeting, Supplement } from "../types";
import type { LayoutBlock } from "./layout";

// Turns a report's markdown into the blocks of a Harrow committee report: the cover table ("REPORT FOR: ...",
// date, subject, key decision, responsible officer...), the author's sections, then the standard Section 3
// (statutory officer clearance) and Section 4 (contact details) that Harrow's template closes with.

const reportsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "reports");

export function readReport(file: string): Parsed {
  return parseDocument(readFileSync(path.join(reportsDir, file), "utf8"));
}

export function reportBlocks(doc: AttachedDoc, m: Meeting, parsed: Parsed): LayoutBlock[] {
  const meta = parsed.meta;
  const type = meta.type ?? "report";
  if (type !== "report") {
    // Appendices, presentations and guidance notes carry only their own title.
    return [{ kind: "title", text: meta.title ?? doc.title, size: 15 }, ...parsed.blocks];
  }
  const com = committee(m.cid);
  const rows: [string, string][] = [
    ["Date of Meeting:", dayMonthYear(m.date)],
    ["Subject:", meta.subject ?? doc.title],
    ["Key Decision:", meta.keyDecision ?? "No"],
    ["Responsible Officer:", meta.responsibleOfficer ?? ""],
    ["Portfolio Holder:", meta.portfolioHolder ?? "Not applicable"],
    ["Exempt:", meta.exempt ?? "No"],
    ["Decision subject to Call-in:", meta.callIn ?? (m.cid === 249 ? "Yes" : "No, as the report is for noting")],
    ["Wards affected:", meta.wards ?? "All Wards"],
    ["Enclosures:", meta.enclosures ?? "None"],
  ];
  const blocks: LayoutBlock[] = [
    { kind: "title", text: `REPORT FOR: ${(meta.reportFor ?? com.title).toUpperCase()}`, size: 14 },
    { kind: "keyvalue", rows: rows.filter(([, v]) => v !== "") },
    { kind: "spacer", height: 6 },
    ...parsed.blocks,
  ];
  if (meta.boilerplate === "no") return blocks;
  // Harrow's template puts Sections 3 and 4 before any appendices bound into the same document.
  const appendixAt = blocks.findIndex((b) => b.kind === "heading" && b.level === 1 && /^Appendix\b/.test(b.text));
  const at =
    appendixAt < 0 ? blocks.length : blocks[appendixAt - 1]?.kind === "pagebreak" ? appendixAt - 1 : appendixAt;
  blocks.splice(at, 0, ...closingSections(doc, meta));
  return blocks;
}

function closingSections(doc: AttachedDoc, meta: Record<string, string>): LayoutBlock[] {
  const signed = dayMonthYear(addDays(doc.published, -2));
  const chief = meta.responsibleOfficer?.split(",")[0] ?? "";
  const finance = officer("s151");
  const legal = officer("mo");
  return [
    { kind: "heading", level: 1, text: "Section 3 - Statutory Officer Clearance" },
    { kind: "para", text: `Statutory Officer: ${finance.name}`, bold: true },
    { kind: "para", text: `Signed on behalf of the Chief Financial Officer. Date: ${signed}` },
    { kind: "para", text: `Statutory Officer: ${legal.name}`, bold: true },
    { kind: "para", text: `Signed on behalf of the Monitoring Officer. Date: ${signed}` },
    ...(chief
      ? ([
          { kind: "para", text: `Chief Officer: ${chief}`, bold: true },
          { kind: "para", text: `Signed off by the Corporate Director. Date: ${signed}` },
        ] as LayoutBlock[])
      : []),
    { kind: "heading", level: 2, text: "Mandatory Checks" },
    { kind: "para", text: `Ward Councillors notified: ${meta.wardsNotified ?? "NO, as it impacts on all Wards"}` },
    { kind: "para", text: `EqIA carried out: ${meta.eqia ?? "NO"}` },
    { kind: "heading", level: 1, text: "Section 4 - Contact Details and Background Papers" },
    { kind: "para", text: `Contact: ${meta.contact ?? "Democratic Services, democratic.services@harrow.gov.uk"}` },
    { kind: "para", text: `Background Papers: ${meta.background ?? "None"}` },
    ...(meta.callInWaived
      ? ([
          {
            kind: "para",
            text: `Call-in waived by the Chair of Overview and Scrutiny Committee: ${meta.callInWaived}`,
          },
        ] as LayoutBlock[])
      : []),
  ];
}

export function supplementBlocks(m: Meeting, s: Supplement): LayoutBlock[] {
  const parsed = readReport(s.file);
  const com = committee(m.cid);
  return [
    { kind: "title", text: com.title.toUpperCase(), size: 15 },
    { kind: "para", text: s.title.toUpperCase(), bold: true },
    { kind: "para", text: `${dayMonthYear(m.date)}` },
    ...parsed.blocks,
  ];
}
