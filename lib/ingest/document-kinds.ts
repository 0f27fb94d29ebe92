// The parser's document kinds (kebab-case, the site's own words) onto the database enum.
import type { DocumentKind as ParsedKind } from "@/lib/moderngov/parse/types";
import type { DocumentKind } from "@/lib/generated/prisma/client";

const KIND_MAP: Record<ParsedKind, DocumentKind> = {
  "agenda-frontsheet": "agenda_frontsheet",
  "reports-pack": "public_reports_pack",
  "printed-minutes": "printed_minutes",
  "printed-decisions": "printed_decisions",
  supplement: "supplement",
  "item-report": "item_report",
  "additional-document": "additional_document",
  other: "other",
};

export function toDocumentKind(kind: ParsedKind): DocumentKind {
  return KIND_MAP[kind];
}
