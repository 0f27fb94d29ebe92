// Before each integration test file's own hooks: its own database, copied from the run's template (or from the
// snapshot state it asked for); dropped after its last hook. See tests/helpers/db.ts.
import { afterAll, beforeAll } from "vitest";
import { createFileDatabase, dropFileDatabase } from "../helpers/db";

// Long enough to wait for another file building the snapshot state, or to build it.
beforeAll(createFileDatabase, 300_000);
afterAll(dropFileDatabase);
