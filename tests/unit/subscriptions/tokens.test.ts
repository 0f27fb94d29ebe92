import { describe, expect, it } from "vitest";
import {
  createConfirmationToken,
  hashIdentity,
  hashToken,
  isConfirmationTokenShape,
  signSubscriberLink,
  verifySubscriberLink,
} from "@/lib/subscriptions/tokens";

const SECRET = "a-secret-of-at-least-thirty-two-characters";

describe("link tokens", () => {
  it("makes unguessable confirmation tokens whose hash alone is stored", () => {
    const a = createConfirmationToken();
    const b = createConfirmationToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashToken(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token);
    expect(isConfirmationTokenShape(a.token)).toBe(true);
    for (const bad of ["", "short", `${a.token}x`, null, 7, "../../etc/passwd"])
      expect(isConfirmationTokenShape(bad)).toBe(false);
  });

  it("signs subscriber links for one purpose, one subscriber and one version", () => {
    const token = signSubscriberLink(SECRET, "preferences", 42, 3);
    expect(verifySubscriberLink(SECRET, "preferences", token)).toEqual({ subscriberId: 42, version: 3 });
    expect(verifySubscriberLink(SECRET, "unsubscribe", token)).toBeNull();
    expect(verifySubscriberLink("another-secret-of-thirty-two-characters!", "preferences", token)).toBeNull();
    const [, , sig] = token.split(".");
    expect(verifySubscriberLink(SECRET, "preferences", `43.3.${sig}`)).toBeNull();
    expect(verifySubscriberLink(SECRET, "preferences", `42.4.${sig}`)).toBeNull();
    for (const bad of [
      "",
      "42",
      "42.3",
      `42.3.${sig}x`,
      `0.1.${sig}`,
      `99999999999.1.${sig}`,
      `${token} `,
      undefined,
      {},
    ]) {
      expect(verifySubscriberLink(SECRET, "preferences", bad), String(bad)).toBeNull();
    }
  });

  it("hashes identities for rate-limit keys without revealing them", () => {
    const key = hashIdentity(SECRET, "email", "jane@example.org");
    expect(key).toHaveLength(32);
    expect(key).not.toContain("jane");
    expect(hashIdentity(SECRET, "ip", "jane@example.org")).not.toBe(key);
  });
});
