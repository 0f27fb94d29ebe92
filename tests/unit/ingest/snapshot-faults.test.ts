import { describe, expect, it } from "vitest";
import { describePlantedFaults } from "@/lib/ingest/snapshot-faults";

const corrupt = {
  url: "https://moderngov.harrow.gov.uk/documents/s206301/Housing%20Repairs.pdf",
  kind: "pdf:corrupt",
  message: "Corrupt or truncated PDF",
  scope: "document" as const,
};
const scanned = {
  url: "https://moderngov.harrow.gov.uk/documents/s206702/Appendix%201.pdf",
  kind: "pdf:no-text",
  message: "No text layer",
  scope: "document" as const,
};
const real = {
  url: "https://moderngov.harrow.gov.uk/ieListDocuments.aspx?MId=1",
  kind: "fetch:http",
  message: "HTTP 500",
  scope: "required" as const,
};

describe("the snapshot's planted faults", () => {
  it("says the first run's two errors are expected", () => {
    expect(describePlantedFaults("harrow", [corrupt, scanned])).toBe(
      'Both errors are expected: the snapshot plants a truncated (corrupt) report and a scanned appendix with no text on purpose, to show how an unreadable paper is recorded (hence "partial").',
    );
  });

  it("does not excuse an error it did not plant", () => {
    expect(describePlantedFaults("harrow", [corrupt, scanned, real])).toMatch(
      /^2 of the 3 errors are expected .* the others are not\.$/,
    );
    expect(describePlantedFaults("harrow", [real])).toBeNull();
    expect(describePlantedFaults("brent", [corrupt])).toBeNull();
    expect(describePlantedFaults("harrow", [{ ...corrupt, kind: "fetch:http" }])).toBeNull();
  });
});
