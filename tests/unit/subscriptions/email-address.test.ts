import { describe, expect, it } from "vitest";
import { addressOf, emailAddressSchema, maskEmail } from "@/lib/subscriptions/email-address";

describe("subscriber addresses", () => {
  it("normalises case and spaces", () => {
    expect(emailAddressSchema.parse("  Jane.Doe+news@Example.ORG ")).toBe("jane.doe+news@example.org");
  });

  it("refuses malformed and overlong addresses with a message a person can act on", () => {
    const messages = (value: unknown) => {
      const r = emailAddressSchema.safeParse(value);
      return r.success ? null : r.error.issues[0]?.message;
    };
    expect(messages("")).toMatch(/enter your email/);
    expect(messages("jane")).toMatch(/valid email address/);
    expect(messages("jane@@example.org")).toMatch(/valid email address/);
    expect(messages("jane doe@example.org")).toMatch(/valid email address/);
    expect(messages(`${"x".repeat(65)}@example.org`)).toMatch(/valid email address/);
    expect(messages(`${"x".repeat(64)}@${"y".repeat(190)}.org`)).toMatch(/too long/);
    expect(messages(12)).toMatch(/valid email address/);
    expect(messages(`${"x".repeat(64)}@example.org`)).toBeNull();
  });

  it("reads the address out of a From header and masks addresses for pages", () => {
    expect(addressOf('"Harrow digest" <digest@example.org>')).toBe("digest@example.org");
    expect(addressOf("digest@example.org")).toBe("digest@example.org");
    expect(maskEmail("jane.doe@example.org")).toBe("j•••@example.org");
  });
});
