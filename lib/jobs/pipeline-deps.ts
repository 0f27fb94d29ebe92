// What the pipeline's job handlers share inside one worker process.
import type { CouncilConfig } from "@/lib/councils";
import type { PrismaClient } from "@/lib/db";
import type { Env } from "@/lib/env";
import type { Logger } from "@/lib/log";
import type { LlmConfig } from "@/lib/summarize";
import type { JobQueue } from "./job-queue";
import type { WorkerTuning } from "./worker-tuning";

export interface PipelineDeps {
  boss: JobQueue;
  prisma: PrismaClient;
  env: Env;
  councils: readonly CouncilConfig[];
  llm: LlmConfig | null;
  tuning: WorkerTuning;
  /** the root logger: job loggers are its children (lib/log.ts) */
  rootLog: Logger;
  /** the worker's own lines */
  log: Logger;
}
