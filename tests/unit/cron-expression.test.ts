import { describe, expect, it } from "vitest";
import { describeCronError } from "@/lib/cron-expression";
import { loadEnv } from "@/lib/env";

describe("cron expressions for the worker's schedules", () => {
  it("accepts the defaults and the usual forms", () => {
    for (const ok of [
      "15 6,12,18 * * *",
      "45 7-21 * * *",
      "30 5 * * 0",
      "0 7 * * 1",
      "*/15 * * * MON-FRI",
      "0 0 1 JAN,JUL *",
      "0 9 * * 7",
    ]) {
      expect(describeCronError(ok), ok).toBeNull();
    }
  });

  it("says what is wrong", () => {
    expect(describeCronError("0 7 * *")).toMatch(/expected 5 fields/);
    expect(describeCronError("60 * * * *")).toMatch(/minute: "60" is outside 0-59/);
    expect(describeCronError("0 18-6 * * *")).toMatch(/hour: the range "18-6" runs backwards/);
    expect(describeCronError("0 */0 * * *")).toMatch(/hour: "\/0" is not a positive step/);
    expect(describeCronError("0 7 * * MONDAY")).toMatch(/day of week: "MONDAY"/);
  });

  it("is checked with the rest of the environment, naming the variable", () => {
    expect(loadEnv({ NODE_ENV: "test" }).SCHEDULE_DIGEST_CRON).toBe("0 7 * * 1");
    expect(() => loadEnv({ NODE_ENV: "test", SCHEDULE_DIGEST_CRON: "every monday" })).toThrow(
      /SCHEDULE_DIGEST_CRON: a cron expression such as "0 7 \* \* 1"/,
    );
  });
});
