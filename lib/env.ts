// The one reader of process.env. Everything else imports `env` (or calls loadEnv in tests) and gets typed,
// validated values. A missing or invalid value stops start-up with a message naming the variable.
import crypto from "node:crypto";
import { z } from "zod";
import { describeCronError } from "./cron-expression";
import { ExpectedError } from "./errors";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/** Signs links when APP_SECRET is unset outside production; public, so never acceptable in a deployment. */
export const DEV_APP_SECRET = "development-only-secret-do-not-use-in-production-0000";

/**
 * A development server, or a production build serving only this machine (`npm start`): where local-only tools
 * such as the outbox viewer may be shown. A deployment has a public PUBLIC_BASE_URL.
 */
export function isLocalInstall(env: Pick<Env, "NODE_ENV" | "PUBLIC_BASE_URL">): boolean {
  return env.NODE_ENV !== "production" || isLoopbackUrl(env.PUBLIC_BASE_URL);
}

function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host.endsWith(".localhost") || host === "127.0.0.1" || host === "[::1]";
}

function isPrivateKey(pem: string): boolean {
  try {
    crypto.createPrivateKey(pem);
    return true;
  } catch {
    return false;
  }
}

/** An empty value (KEY= in a .env file) counts as unset, so the default applies. */
const emptyAsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), "a PostgreSQL URL such as postgresql://user:pass@host:5432/db");

/** A five-field cron expression (validated here so a typo names its variable at start-up). */
const cronExpression = (fallback: string) =>
  z.preprocess(
    emptyAsUnset,
    z
      .string()
      .trim()
      .superRefine((v, ctx) => {
        const problem = describeCronError(v);
        if (problem) ctx.addIssue({ code: "custom", message: `a cron expression such as "${fallback}" (${problem})` });
      })
      .default(fallback),
  );

const envFields = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Unset: the embedded PostgreSQL that the run, dev and test commands start themselves. */
  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  EMBEDDED_PG_DIR: z.string().trim().min(1).default(".data/postgres"),
  /** The public address of the site, used in emails, feeds and canonical links; unset: http://localhost:$PORT. */
  PUBLIC_BASE_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^https?$/ }).optional()),
  PORT: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(65535).default(3000)),
  /** The address `npm start` serves on: loopback unless told otherwise (e.g. 0.0.0.0 for every interface). */
  HOST: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9.:\-\[\]]+$/, "a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0")
      .default("127.0.0.1"),
  ),
  /**
   * Reverse proxies in front of the web server that each append the address they received a request from to
   * X-Forwarded-For (nginx's $proxy_add_x_forwarded_for). 0: the socket's peer is the client, and any
   * X-Forwarded-For header is ignored (it can be forged). Used for the per-address sign-up limit.
   */
  TRUSTED_PROXY_HOPS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).max(10).default(0)),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SCRAPER_USER_AGENT: optionalString,
  /** Minimum gap between requests to one host; 1000 ms is the polite default. */
  SCRAPER_MIN_INTERVAL_MS: z.coerce.number().int().min(0).default(1000),
  SCRAPER_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Time one scrape run may spend on requests to one host, all together (a slow server cannot hold a run). */
  SCRAPER_HOST_BUDGET_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(30 * 60_000),
  // ── Reading PDFs (lib/ingest/extract-pdf-text.ts; docs/benchmarks.md#pdf-reading) ──
  /** Heap cap of a PDF thread (V8's old generation), MB: a PDF that needs more is recorded as too large to read. */
  PDF_READER_MAX_HEAP_MB: z.preprocess(emptyAsUnset, z.coerce.number().int().min(32).max(4096).default(192)),
  /** Young-generation cap of a PDF thread, MB (less resident memory for a little more garbage collection). */
  PDF_READER_MAX_YOUNG_MB: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(512).default(16)),
  /** Time one PDF may take to read, ms; then its thread is stopped and the PDF recorded as timed out. */
  PDF_READER_TIMEOUT_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().positive().default(120_000)),
  /** 2: two threads read one long PDF (never more than the cores). */
  PDF_READER_THREADS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(2).default(1)),
  /** With two threads, a PDF of this many pages or more is read by both. */
  PDF_READER_SPLIT_PAGES: z.preprocess(emptyAsUnset, z.coerce.number().int().positive().default(40)),
  /** 0: the PDF thread loads pdf.js without the one change of lib/ingest/pdfjs-patch.mjs. */
  PDF_READER_PATCH_PDFJS: z.preprocess(
    emptyAsUnset,
    z
      .enum(["0", "1"], "0 (pdf.js as installed) or 1 (with the glyph position change)")
      .default("1")
      .transform((v) => v === "1"),
  ),
  /** Optional LLM summary engine: any OpenAI-compatible chat-completions endpoint (unset: extractive only). */
  LLM_BASE_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url({ protocol: /^https?$/ }).optional()),
  LLM_API_KEY: optionalString,
  LLM_MODEL: z.string().trim().min(1).default("llama3.1"),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  /** The most the web server's page cache may take on disk (megabytes); the oldest pages written are removed first. */
  PAGE_CACHE_MAX_MB: z.preprocess(emptyAsUnset, z.coerce.number().positive().max(1_000_000).default(512)),
  /**
   * A folder shared with nginx where `next start` writes each public page as a file and its gzip copy for nginx to
   * serve directly (docs/operations.md#page-files); unset: none are written.
   */
  PAGE_FILES_DIR: optionalString,
  /** The most the page files may take (megabytes, per web server); the oldest written are removed first. */
  PAGE_FILES_MAX_MB: z.preprocess(emptyAsUnset, z.coerce.number().positive().max(1_000_000).default(512)),
  /** The most pages kept as files (per web server); the oldest written are removed first. */
  PAGE_FILES_MAX_PAGES: z.preprocess(emptyAsUnset, z.coerce.number().int().positive().default(50_000)),
  /** Where `next build` writes; tests build into their own folder so a running `npm start` is undisturbed. */
  NEXT_DIST_DIR: z.string().trim().min(1).default(".next"),
  // ── Email (lib/email, lib/digest) ──
  /** smtp(s)://user:pass@host:port; unset: every email is written as an .eml file into OUTBOX_DIR instead. */
  SMTP_URL: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .trim()
      .refine(
        (v) => /^smtps?:\/\/[^/\s]+/.test(v),
        "an SMTP URL such as smtp://user:pass@mail.example.org:587 or smtps://…:465",
      )
      .optional(),
  ),
  OUTBOX_DIR: z.preprocess(emptyAsUnset, z.string().trim().min(1).default("outbox")),
  /** The From header of every email, e.g. "Harrow Council digest <digest@example.org>". */
  MAIL_FROM: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .trim()
      .max(200)
      .refine(
        (v) => /^(?:[^<>@]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/.test(v),
        'an address, e.g. "Harrow Council digest <digest@example.org>"',
      )
      .default("Harrow Council digest <digest@harrow-digest.localhost>"),
  ),
  /** HMAC key for the signed links in emails (preferences, unsubscribe) and for hashing IPs in rate limits. */
  APP_SECRET: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .trim()
      .min(32, "at least 32 characters, e.g. the output of `openssl rand -hex 32`")
      .default(DEV_APP_SECRET),
  ),
  /** The List-Id of the digest (RFC 2919), a domain-like name you control, e.g. weekly.harrow-digest.example.org. */
  LIST_ID: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(
        /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/,
        "a domain-like name, e.g. weekly.harrow-digest.example.org",
      )
      .default("weekly.harrow-digest.localhost"),
  ),
  /** The mailto: of List-Unsubscribe; defaults to the MAIL_FROM address. */
  UNSUBSCRIBE_MAILTO: z.preprocess(emptyAsUnset, z.email("an email address, e.g. unsubscribe@example.org").optional()),
  /** DKIM signing: all three or none. The key is PEM text; "\n" escapes are read as line breaks. */
  DKIM_DOMAIN: optionalString,
  DKIM_SELECTOR: optionalString,
  DKIM_PRIVATE_KEY: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.replace(/\\n/g, "\n").trim()) : v),
    z
      .string()
      .refine(
        isPrivateKey,
        "a PEM private key (-----BEGIN PRIVATE KEY----- …), with \\n for line breaks if on one line",
      )
      .optional(),
  ),
  // ── Councils, worker and operations (lib/councils.ts, lib/jobs, lib/ops) ──
  /** A JSON file listing the councils to cover; replaces the built-in list (lib/councils.ts). Read at start-up. */
  COUNCILS_FILE: optionalString,
  /** Schedules of the worker, five-field cron in Europe/London time (lib/jobs/pipeline-schedules.ts). */
  SCHEDULE_MEETINGS_CRON: cronExpression("15 6,12,18 * * *"),
  SCHEDULE_MEETING_DAY_CRON: cronExpression("45 7-21 * * *"),
  SCHEDULE_COMMITTEES_CRON: cronExpression("30 5 * * 0"),
  SCHEDULE_SUMMARIES_CRON: cronExpression("0 4 * * *"),
  SCHEDULE_DIGEST_CRON: cronExpression("0 7 * * 1"),
  /** Scrape and summary jobs one worker process runs at once (each council's scrape is still one at a time). */
  WORKER_CONCURRENCY: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(64).default(4)),
  /** A scrape or summary job running longer than this is presumed dead (its worker was killed) and retried. */
  WORKER_JOB_TIMEOUT_MINUTES: z.preprocess(
    emptyAsUnset,
    z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(60),
  ),
  /** /api/health answers 503 when a council's last successful scrape is older than this. */
  HEALTH_MAX_SCRAPE_AGE_HOURS: z.preprocess(emptyAsUnset, z.coerce.number().positive().default(24)),
  /** /api/health answers 503 when a job has been ready but not started for longer than this (no worker running). */
  HEALTH_MAX_QUEUE_WAIT_MINUTES: z.preprocess(emptyAsUnset, z.coerce.number().positive().default(30)),
  /**
   * An ISO 8601 instant that the site and the jobs take as "now" when deciding what is past or upcoming. `npm start`
   * sets it to the day its offline snapshot was taken, so the demo reads the same on any date. Unset: the real clock.
   */
  CLOCK_NOW: z.preprocess(
    emptyAsUnset,
    z.iso.datetime({ offset: true, message: "an ISO 8601 instant such as 2026-11-26T12:00:00Z" }).optional(),
  ),
  /** Where "Report a problem" links send readers; unset: a form on the site stores reports for /ops/status. */
  CORRECTIONS_EMAIL: z.preprocess(emptyAsUnset, z.email("an email address, e.g. corrections@example.org").optional()),
  /** Unlocks /ops/status (HTTP Basic auth, any user name, this as the password); unset: the page is disabled. */
  OPS_SECRET: z.preprocess(
    emptyAsUnset,
    z.string().trim().min(16, "at least 16 characters, e.g. the output of `openssl rand -hex 24`").optional(),
  ),
});

/** Values that default to others: an unset PUBLIC_BASE_URL follows PORT, so every absolute link names the served port. */
function fillDerived(env: z.infer<typeof envFields>) {
  return { ...env, PUBLIC_BASE_URL: env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}` };
}

/** Rules that involve several variables. */
function checkCombinations(env: ReturnType<typeof fillDerived>, ctx: z.RefinementCtx): void {
  // Every process (web server, worker, CLIs, whatever NODE_ENV says) that could sign links for a public address:
  // the development secret is public, so links signed with it could be forged by anyone.
  if (!isLoopbackUrl(env.PUBLIC_BASE_URL) && env.APP_SECRET === DEV_APP_SECRET) {
    ctx.addIssue({
      code: "custom",
      path: ["APP_SECRET"],
      message:
        "required whenever PUBLIC_BASE_URL is not a loopback address (it is public): a random string of at least 32 " +
        "characters, e.g. `openssl rand -hex 32`, the same on every process; it signs the links in emails",
    });
  }
  const dkim = [env.DKIM_DOMAIN, env.DKIM_SELECTOR, env.DKIM_PRIVATE_KEY].filter(Boolean).length;
  if (dkim !== 0 && dkim !== 3) {
    for (const name of ["DKIM_DOMAIN", "DKIM_SELECTOR", "DKIM_PRIVATE_KEY"] as const) {
      if (!env[name])
        ctx.addIssue({ code: "custom", path: [name], message: "set all three DKIM_* variables, or none" });
    }
  }
}

export const envSchema = envFields.transform(fillDerived).superRefine(checkCombinations);

export type Env = z.infer<typeof envSchema>;

export class EnvError extends ExpectedError {}

/** Parses an environment (process.env by default); throws EnvError naming every bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = issue.path.join(".") || "(environment)";
    // The value itself is not echoed: it may hold a password.
    return `  ${name}: ${issue.message}`;
  });
  throw new EnvError(`Invalid configuration; fix these environment variables (see .env.example):\n${lines.join("\n")}`);
}

/**
 * COUNCILS_FILE alone, without parsing and caching the rest: lib/councils.ts reads it when first imported, which
 * can be before a script or test has finished setting the environment that getEnv() then caches for good.
 */
export function readCouncilsFileSetting(source: Record<string, string | undefined> = process.env): string | undefined {
  return envFields.shape.COUNCILS_FILE.parse(source.COUNCILS_FILE);
}

let cached: Env | undefined;

/** The validated configuration of this process, parsed once on first use. */
export function getEnv(): Env {
  cached ??= loadEnv();
  return cached;
}

/**
 * The warning for a local install running on the development APP_SECRET. Printed once per command by the CLIs
 * (lib/cli/run-command.ts), not by every process that parses the environment: `npm start` alone runs a build and
 * a server besides itself, each of which used to repeat it.
 */
export function appSecretWarning(env: Pick<Env, "APP_SECRET" | "NODE_ENV">): string | undefined {
  if (env.APP_SECRET !== DEV_APP_SECRET || env.NODE_ENV === "test") return undefined;
  return "APP_SECRET is not set: email links are signed with the fixed development secret. Set APP_SECRET (e.g. `openssl rand -hex 32`) before sending real email.";
}
