import crypto from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { DEV_APP_SECRET, loadEnv } from "@/lib/env";
import { mailSettingsFromEnv } from "@/lib/subscriptions/mail-settings";
import { transportConfigFromEnv } from "@/lib/email/transport";

function errorOf(source: Record<string, string>): string {
  try {
    loadEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}

describe("email configuration", () => {
  it("works out of the box: outbox folder, development secret, derived mailto", () => {
    const env = loadEnv({ NODE_ENV: "test" });
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.OUTBOX_DIR).toBe("outbox");
    expect(env.APP_SECRET).toBe(DEV_APP_SECRET);
    expect(mailSettingsFromEnv(env)).toMatchObject({
      unsubscribeMailto: "digest@harrow-digest.localhost",
      siteUrl: "http://localhost:3000",
    });
    expect(transportConfigFromEnv(env)).toMatchObject({ smtpUrl: undefined, dkim: undefined });
  });

  it("accepts .env.example as it is (empty values mean the defaults)", () => {
    const lines = fs
      .readFileSync(".env.example", "utf8")
      .split("\n")
      .filter((l) => /^[A-Z_]+=/.test(l));
    const env = loadEnv(
      Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)])),
    );
    expect(env).toMatchObject({
      APP_SECRET: DEV_APP_SECRET,
      SMTP_URL: undefined,
      OUTBOX_DIR: "outbox",
      LIST_ID: "weekly.harrow-digest.localhost",
    });
  });

  it("requires APP_SECRET whenever PUBLIC_BASE_URL is public, whatever NODE_ENV says, but not on loopback", () => {
    for (const NODE_ENV of ["development", "test", "production", undefined]) {
      const source = { PUBLIC_BASE_URL: "https://harrow.example.org", ...(NODE_ENV ? { NODE_ENV } : {}) };
      expect(errorOf(source), String(NODE_ENV)).toMatch(
        /APP_SECRET: required whenever PUBLIC_BASE_URL is not a loopback address/,
      );
      expect(errorOf({ ...source, APP_SECRET: "x".repeat(32) }), String(NODE_ENV)).toBe("");
    }
    for (const url of [
      "http://localhost:3000",
      "http://digest.localhost:8080",
      "http://127.0.0.1:3000",
      "http://[::1]:3000",
    ]) {
      expect(errorOf({ PUBLIC_BASE_URL: url }), url).toBe("");
    }
    expect(errorOf({ NODE_ENV: "production", PUBLIC_BASE_URL: "https://harrow.example.org" })).toMatch(
      /APP_SECRET: required/,
    );
    expect(
      errorOf({ NODE_ENV: "production", PUBLIC_BASE_URL: "https://harrow.example.org", APP_SECRET: DEV_APP_SECRET }),
    ).toMatch(/APP_SECRET/);
    expect(errorOf({ NODE_ENV: "production" })).toBe("");
    expect(errorOf({ APP_SECRET: "short" })).toMatch(/APP_SECRET: at least 32 characters/);
  });

  it("validates SMTP_URL, MAIL_FROM, LIST_ID and UNSUBSCRIBE_MAILTO without echoing secrets", () => {
    const message = errorOf({
      SMTP_URL: "http://user:hunter2@mail",
      MAIL_FROM: "nobody",
      LIST_ID: "x",
      UNSUBSCRIBE_MAILTO: "nope",
    });
    expect(message).toMatch(/SMTP_URL: an SMTP URL/);
    expect(message).toMatch(/MAIL_FROM: an address/);
    expect(message).toMatch(/LIST_ID: a domain-like name/);
    expect(message).toMatch(/UNSUBSCRIBE_MAILTO: an email address/);
    expect(message).not.toContain("hunter2");
    expect(
      loadEnv({ SMTP_URL: "smtps://u:p@mail.example.org:465", MAIL_FROM: '"Harrow" <d@example.org>' }).SMTP_URL,
    ).toBe("smtps://u:p@mail.example.org:465");
  });

  it("takes DKIM as all three variables or none, with a key that parses", () => {
    const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 1024 });
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(errorOf({ DKIM_DOMAIN: "example.org" })).toMatch(/DKIM_SELECTOR: set all three/);
    expect(errorOf({ DKIM_DOMAIN: "example.org", DKIM_SELECTOR: "s1", DKIM_PRIVATE_KEY: "not a key" })).toMatch(
      /DKIM_PRIVATE_KEY: a PEM private key/,
    );
    const env = loadEnv({
      DKIM_DOMAIN: "example.org",
      DKIM_SELECTOR: "s1",
      DKIM_PRIVATE_KEY: pem.replace(/\n/g, "\\n"),
    });
    expect(transportConfigFromEnv(env).dkim).toEqual({
      domainName: "example.org",
      keySelector: "s1",
      privateKey: pem.trim(),
    });
  });
});
