// Before each integration test file's own hooks: its own database, copied from the run's template (or from the
// snapshot state it asked for); dropped after its last hook. See tests/helpers/db.ts.
import { afterAll, beforeAll } from "vitest";
import { createFileDatabase, dropFileDatabase } from "../helpers/db";

// Waiting for another file making the snapshot state, or making it, is within the project's hookTimeout.
beforeAll(createFileDatabase);
afterAll(dropFileDatabase);
