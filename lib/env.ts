// The one reader of process.env. Everything else imports `env` (or calls loadEnv in tests) and gets typed,
// validated values. A missing or invalid value stops start-up with a message naming the variable.
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), "a PostgreSQL URL such as postgresql://user:pass@host:5432/db");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Unset: the embedded PostgreSQL that the run, dev and test commands start themselves. */
  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  EMBEDDED_PG_DIR: z.string().trim().min(1).default(".data/postgres"),
  /** The public address of the site, used in emails, feeds and canonical links. */
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SCRAPER_USER_AGENT: optionalString,
  /** Where `next build` writes; tests build into their own folder so a running `npm start` is undisturbed. */
  NEXT_DIST_DIR: z.string().trim().min(1).default(".next"),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

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

let cached: Env | undefined;

/** The validated configuration of this process, parsed once on first use. */
export function getEnv(): Env {
  cached ??= loadEnv();
  return cached;
}
