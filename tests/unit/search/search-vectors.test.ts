// PostgreSQL uses an expression index only for a query that repeats its expression: this keeps the hand-written
// migration and the expressions the search query uses from drifting apart.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEARCH_VECTORS, indexedForm, searchVector, type SearchVectorName } from "@/lib/search/search-vectors";

const migrationsDir = path.resolve("prisma/migrations");
const folder = fs.readdirSync(migrationsDir).find((name) => name.endsWith("_search_indexes"));
const migration = fs.readFileSync(path.join(migrationsDir, folder!, "migration.sql"), "utf8");

describe("search index expressions", () => {
  it("appear verbatim in the search indexes migration", () => {
    for (const name of Object.keys(SEARCH_VECTORS) as SearchVectorName[]) {
      expect(migration, name).toContain(`((${indexedForm(name)}))`);
    }
  });

  it("are spliced into queries with a table alias, and only a plain one", () => {
    expect(searchVector("document", "d").sql).toContain(`d."text"`);
    expect(() => searchVector("document", `d"; drop table x; --`)).toThrow();
  });
});
