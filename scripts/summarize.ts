// npm run summarize -- [--meeting MID ...] [--force]
// Summarises every meeting whose inputs changed since its last summary (or the given meetings; --force redoes them).
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db";
import { migrate } from "@/lib/db/database";
import { CommandError, cliArgs, runWithDatabase } from "@/lib/cli/run-command";
import { summarizeMeetings } from "@/lib/summarize/store/summarize-meetings";
import { llmConfigFromEnv } from "@/lib/summarize/store/llm-from-env";
import { refreshSearchWords } from "@/lib/search/search-words";

let values;
try {
  ({ values } = parseArgs({
    args: cliArgs(),
    options: { meeting: { type: "string", multiple: true }, force: { type: "boolean" } },
    strict: true,
  }));
} catch (error) {
  process.stderr.write(
    `summarize: ${(error as Error).message}\nUsage: npm run summarize -- [--meeting MID ...] [--force]\n`,
  );
  process.exit(2);
}

await runWithDatabase("summarize", async ({ env, db, log }) => {
  await migrate(db.url);
  const prisma = createPrismaClient(db.url);
  try {
    let meetingIds: number[] | undefined;
    if (values.meeting?.length) {
      const externalIds = values.meeting.map(Number);
      if (externalIds.some((n) => !Number.isInteger(n) || n <= 0))
        throw new CommandError("--meeting takes the council's meeting id (MId), e.g. 66101");
      const rows = await prisma.meeting.findMany({
        where: { externalId: { in: externalIds } },
        select: { id: true, externalId: true },
      });
      const unknown = externalIds.filter((id) => !rows.some((r) => r.externalId === id));
      if (unknown.length)
        throw new CommandError(`No meeting with MId ${unknown.join(", ")} in the database; scrape it first.`);
      meetingIds = rows.map((r) => r.id);
    }
    const llm = llmConfigFromEnv(env);
    log(`Engine: ${llm ? `LLM ${llm.model} at ${llm.baseUrl} (extractive fallback)` : "extractive (offline)"}`);
    const tally = await summarizeMeetings(prisma, {
      meetingIds,
      force: values.force,
      llm,
      onMeeting: (id, outcome, detail) => {
        if (outcome !== "unchanged") log(`meeting #${id}: ${outcome}${detail ? ` (${detail})` : ""}`);
      },
    });
    // summarizeMeetings refreshed the word lists of councils it re-summarised; with nothing re-summarised, every
    // council's list is rebuilt here, so an install that predates the list gains it (docs/site.md#spelling-suggestions).
    if (tally.generated === 0) await refreshSearchWords(prisma);
    log(`generated ${tally.generated}, unchanged ${tally.unchanged}, failed ${tally.failed}`);
    return tally.failed > 0 ? 1 : 0;
  } finally {
    await prisma.$disconnect();
  }
});
