import { describe, expect, it, vi } from "vitest";
import { DEV_APP_SECRET, EnvError, appSecretWarning, loadEnv } from "@/lib/env";

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

  it("reads the PDF reader's settings, and stops on a bad one instead of ignoring it", () => {
    const defaults = loadEnv({});
    expect([defaults.PDF_READER_THREADS, defaults.PDF_READER_MAX_HEAP_MB, defaults.PDF_READER_PATCH_PDFJS]).toEqual([
      1,
      192,
      true,
    ]);
    const set = loadEnv({ PDF_READER_THREADS: "2", PDF_READER_PATCH_PDFJS: "0", PDF_READER_SPLIT_PAGES: "" });
    expect([set.PDF_READER_THREADS, set.PDF_READER_PATCH_PDFJS, set.PDF_READER_SPLIT_PAGES]).toEqual([2, false, 40]);
    for (const bad of [{ PDF_READER_THREADS: "3" }, { PDF_READER_THREADS: "two" }, { PDF_READER_PATCH_PDFJS: "no" }])
      expect(() => loadEnv(bad), JSON.stringify(bad)).toThrow(new RegExp(Object.keys(bad)[0]!));
  });

  it("an unset PUBLIC_BASE_URL follows PORT; a set one is kept", () => {
    expect(loadEnv({ PORT: "3300" }).PUBLIC_BASE_URL).toBe("http://localhost:3300");
    expect(loadEnv({ PORT: "3300", PUBLIC_BASE_URL: "" }).PUBLIC_BASE_URL).toBe("http://localhost:3300");
    expect(
      loadEnv({ PORT: "3300", PUBLIC_BASE_URL: "https://digest.example.org", APP_SECRET: "a".repeat(40) })
        .PUBLIC_BASE_URL,
    ).toBe("https://digest.example.org");
  });

  it("serves on loopback unless HOST says otherwise", () => {
    expect(loadEnv({}).HOST).toBe("127.0.0.1");
    expect(loadEnv({ HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
    expect(() => loadEnv({ HOST: "a b" })).toThrow(/HOST: a host name or IP address/);
  });

  it("parsing says nothing; the APP_SECRET warning is for the command to print once", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const env = loadEnv({ NODE_ENV: "development" });
    loadEnv({ NODE_ENV: "development" });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(env.APP_SECRET).toBe(DEV_APP_SECRET);
    expect(appSecretWarning(env)).toMatch(/^APP_SECRET is not set/);
    expect(appSecretWarning(loadEnv({ NODE_ENV: "development", APP_SECRET: "x".repeat(32) }))).toBeUndefined();
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(loadEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
