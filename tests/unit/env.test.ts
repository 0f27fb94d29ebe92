import { describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "@/lib/env";

describe("configuration", () => {
  it("has working defaults with no environment at all", () => {
    const env = loadEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.EMBEDDED_PG_PORT).toBe(54329);
    expect(env.PUBLIC_BASE_URL).toBe("http://localhost:3000");
  });

  it("names each invalid variable and what it expects, without echoing secrets", () => {
    let error: unknown;
    try {
      loadEnv({ DATABASE_URL: "mysql://root:hunter2@db/x", EMBEDDED_PG_PORT: "eighty", PUBLIC_BASE_URL: "ftp://x" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message).toMatch(/DATABASE_URL: a PostgreSQL URL/);
    expect(message).toMatch(/EMBEDDED_PG_PORT:/);
    expect(message).toMatch(/PUBLIC_BASE_URL:/);
    expect(message).not.toContain("hunter2");
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(loadEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
