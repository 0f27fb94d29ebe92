import { committees } from "./committees";
import { cabinet20261015 } from "./meetings/cabinet-2026-10-15";
import { cabinet20261119 } from "./meetings/cabinet-2026-11-19";
import { cabinet20261210 } from "./meetings/cabinet-2026-12-10";
import { cpp20251023 } from "./meetings/cpp-2025-10-23";
import { cpp20261029 } from "./meetings/cpp-2026-10-29";
import { garms20250722 } from "./meetings/garms-2025-07-22";
import { hwb20250911 } from "./meetings/hwb-2025-09-11";
import { hwb20261112 } from "./meetings/hwb-2026-11-12";
import { garms20261110, garms20270202, os20270119 } from "./meetings/later-meetings";
import { os20250708 } from "./meetings/os-2025-07-08";
import { os20261020 } from "./meetings/os-2026-10-20";
import { planning20261021 } from "./meetings/planning-2026-10-21";
import { planning20261202 } from "./meetings/planning-2026-12-02";
import { councillors, officers } from "./people";
import type { Meeting } from "./types";

// The Harrow snapshot's data in one place: committees, people and meetings. Meeting files live under
// meetings/ (one per meeting) and their report texts under reports/.

export const council = { slug: "harrow", name: "Harrow Council", baseUrl: "https://moderngov.harrow.gov.uk" } as const;

/** The snapshot's "today": meetings after it are in the future and have no minutes. */
export const generatedFor = "2026-11-26";

export const meetings: Meeting[] = [
  os20250708,
  garms20250722,
  hwb20250911,
  cpp20251023,
  cabinet20261015,
  os20261020,
  planning20261021,
  cpp20261029,
  garms20261110,
  hwb20261112,
  cabinet20261119,
  planning20261202,
  cabinet20261210,
  os20270119,
  garms20270202,
].sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));

export { committees, councillors, officers };
