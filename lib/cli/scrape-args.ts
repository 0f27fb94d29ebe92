// The scrape command's arguments, validated: `--council harrow --from 2025-06-01 --to 2025-12-31 ...`.
import { ExpectedError } from "@/lib/errors";
import { parseArgs } from "node:util";
import { z } from "zod";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  .refine((v) => {
    const day = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(v);
  }, "a real calendar date");
const id = z.coerce.number().int().positive();

const argsSchema = z
  .object({
    council: z
      .string()
      .regex(/^[a-z0-9-]+$/, "a council slug such as harrow")
      .default("harrow"),
    baseUrl: z.url({ protocol: /^https?$/ }).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    committee: z.array(id).default([]),
    meeting: z.array(id).default([]),
    minIntervalMs: z.coerce.number().int().min(0).optional(),
    summarize: z.boolean().default(true),
  })
  .refine((a) => !a.from || !a.to || a.from <= a.to, { message: "--from must not be after --to", path: ["from"] });

export type ScrapeArgs = z.infer<typeof argsSchema> & { window: { from: Date; to: Date } };

export class ArgsError extends ExpectedError {}

const WEEK = 7 * 24 * 3600 * 1000;

/** Parses argv; the default window is 8 weeks back to 8 weeks ahead of `now`. */
export function parseScrapeArgs(argv: string[], now = new Date()): ScrapeArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        council: { type: "string" },
        "base-url": { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        committee: { type: "string", multiple: true },
        meeting: { type: "string", multiple: true },
        "min-interval-ms": { type: "string" },
        "no-summarize": { type: "boolean" },
      },
      strict: true,
    }));
  } catch (error) {
    throw new ArgsError(error instanceof Error ? error.message : String(error));
  }
  const parsed = argsSchema.safeParse({
    council: values.council,
    baseUrl: values["base-url"],
    from: values.from,
    to: values.to,
    committee: values.committee,
    meeting: values.meeting,
    minIntervalMs: values["min-interval-ms"],
    summarize: !values["no-summarize"],
  });
  if (!parsed.success) {
    const flag = (path: PropertyKey[]) => `--${String(path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new ArgsError(parsed.error.issues.map((i) => `${flag(i.path)}: ${i.message}`).join("; "));
  }
  const from = parsed.data.from ? new Date(`${parsed.data.from}T00:00:00Z`) : new Date(now.getTime() - 8 * WEEK);
  const to = parsed.data.to ? new Date(`${parsed.data.to}T23:59:59Z`) : new Date(now.getTime() + 8 * WEEK);
  return { ...parsed.data, window: { from, to } };
}
