// Every address the code links to or prints has a route that answers it: a page or route handler that was never
// committed (as app/dev/outbox once was, hidden by .gitignore) fails here rather than as a 404 on a fresh clone.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as urls from "@/lib/urls";
import { REPORT_PATH } from "@/app/_lib/report-link";
import { findRouteFile, linkedPathsIn } from "../helpers/app-routes";

const APP = path.resolve("app");

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.includes(`${path.sep}generated${path.sep}`));
}

describe("linked routes", () => {
  it("the matcher finds real routes and refuses missing ones", () => {
    expect(findRouteFile(APP, "/")).toMatch(/\[\[\.\.\.council\]\]/);
    expect(findRouteFile(APP, "/harrow/committees")).toMatch(/committees\/page\.tsx$/);
    expect(findRouteFile(APP, "/harrow/nothing/here")).toBeNull();
    expect(findRouteFile(APP, "/dev/nothing")).toBeNull();
  });

  it("every address built by lib/urls.ts has a route", () => {
    const built = [
      urls.councilPath("harrow"),
      urls.meetingPath({
        councilSlug: "harrow",
        externalId: 1,
        committeeName: "Cabinet",
        startsAt: "2025-01-01T18:00:00Z",
      }),
      urls.committeePath({ councilSlug: "harrow", externalId: 1, name: "Cabinet" }),
      urls.personPath({ councilSlug: "harrow", id: 1, externalId: 2, name: "A Person" }),
      urls.personPath({ councilSlug: "harrow", id: 1, externalId: null, name: "A Person" }),
      urls.topicPath({ councilSlug: "harrow", slug: "housing" }),
      urls.committeesPath("harrow"),
      urls.topicsPath("harrow"),
      urls.weeklyPath("harrow"),
      urls.meetingsPath("harrow"),
      urls.peoplePath("harrow"),
      `${urls.meetingPath({ councilSlug: "harrow", externalId: 1, committeeName: "Cabinet", startsAt: "2025-01-01T18:00:00Z" })}/calendar.ics`,
      urls.SEARCH_PATH,
      REPORT_PATH,
    ];
    expect(built.filter((p) => findRouteFile(APP, p) === null)).toEqual([]);
  });

  it("every address written in app/, lib/ and scripts/ has a route", () => {
    const files = [...sourceFiles(APP), ...sourceFiles(path.resolve("lib")), ...sourceFiles(path.resolve("scripts"))];
    const linked = files.flatMap((file) =>
      linkedPathsIn(fs.readFileSync(file, "utf8")).map((p) => ({ file: path.relative(".", file), path: p })),
    );
    expect(linked.map((l) => l.path)).toContain("/dev/outbox");
    expect(linked.filter((l) => findRouteFile(APP, l.path) === null)).toEqual([]);
  });
});
