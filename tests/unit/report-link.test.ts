import { describe, expect, it } from "vitest";
import { reportProblemHref } from "@/app/_lib/report-link";
import { loadEnv } from "@/lib/env";

describe("Report a problem", () => {
  const path = "/harrow/meetings/73254-overview-and-scrutiny-committee-2025-07-08";

  it("mails CORRECTIONS_EMAIL when it is set, naming the page", () => {
    const env = loadEnv({
      CORRECTIONS_EMAIL: "fixes@example.org",
      PUBLIC_BASE_URL: "https://digest.example.org",
      APP_SECRET: "a".repeat(40),
    });
    expect(reportProblemHref(path, env)).toBe(
      `mailto:fixes@example.org?subject=${encodeURIComponent(`Problem with the summary of https://digest.example.org${path}`)}`,
    );
  });

  it("without it, opens the site's own form for that page (never the old .invalid placeholder)", () => {
    expect(reportProblemHref(path, loadEnv({}))).toBe(`/report?page=${encodeURIComponent(path)}`);
    expect(() => loadEnv({ CORRECTIONS_EMAIL: "not an address" })).toThrow(/CORRECTIONS_EMAIL: an email address/);
  });
});
