// What a CLI prints when it stops: an expected error is its message alone; a bug is one line naming it, with the
// stack trace only under --verbose.
import { describe, expect, it } from "vitest";
import { CommandError, cliArgs, formatError } from "@/lib/cli/run-command";
import { DigestError } from "@/lib/digest/ensure-digest-issue";
import { EnvError } from "@/lib/env";

describe("formatError", () => {
  it("prints an expected error as its message, one line, no stack", () => {
    for (const error of [
      new CommandError("Port 3000 is taken"),
      new DigestError('No council "x" in the database yet.'),
      new EnvError("PORT: a number"),
    ]) {
      const text = formatError("digest", error, true);
      expect(text).toBe(`[digest] ${error.message}\n`);
    }
  });

  it("prints a bug as one line, and its stack only with --verbose", () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')\nsecond line");
    const quiet = formatError("scrape", bug, false);
    expect(quiet).toBe(
      "[scrape] Unexpected error: Cannot read properties of undefined (reading 'id') (run again with --verbose for the stack trace)\n",
    );
    const loud = formatError("scrape", bug, true);
    expect(loud).toMatch(/^\[scrape\] Unexpected error: TypeError: Cannot read properties/);
    expect(loud).toMatch(/\n\s+at /);
  });

  it("leaves --verbose out of the arguments a script parses", () => {
    expect(cliArgs(["node", "digest.ts", "--verbose", "--week", "2025-W43"])).toEqual(["--week", "2025-W43"]);
  });
});
