// npx tsx scripts/eval/llm/write-recordings.ts: writes the synthetic recordings of the real-text corpus into
// tests/fixtures/real-harrow/llm-recordings/ (see ORIGIN.md there). NOT answers of a real model.
//
// It does what the evaluation does up to the model call: serves the corpus as a ModernGov site, scrapes it with
// the real scraper into a scratch database, builds each meeting's summary input and the LLM engine's exact prompt,
// and keys the recording by that prompt (model "synthetic-from-extractive"). The answer is the extractive
// summary reshaped into the answer schema (synthetic-answer.ts); five meetings get a deliberately bad answer.
// Run it again whenever the prompt changes (build-prompt.ts, the corpus, the scraper's output): the recorded
// server answers 404 for prompts it has no recording of. Recordings made from a real endpoint (`--record`) are
// left alone; stale synthetic ones are deleted.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { runWithDatabase } from "@/lib/cli/run-command";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { buildPrompt } from "@/lib/summarize/llm/build-prompt";
import { summaryInputSchema } from "@/lib/summarize/types";
import { corpusMeetingInput, scrapeCorpus } from "../corpus/evaluate-corpus";
import { withScratchDatabase } from "../scratch-database";
import {
  RECORDINGS_DIR,
  canonicalPrompt,
  SYNTHETIC_MODEL,
  meetingLine,
  promptChars,
  recordingKey,
  writeRecording,
  type Recording,
} from "./recording-server";
import { DEFECTS, FENCED_MID, answerFromExtractive, ungroundedIn } from "./synthetic-answer";

const ORIGIN =
  "synthetic: written by scripts/eval/llm/write-recordings.ts from the meeting's own sources (the extractive engine's summary reshaped into the answer schema), not by a model";

await runWithDatabase("write-recordings", async ({ db, log }) => {
  const written = await withScratchDatabase(db.url, async (prisma) => {
    const { meetings, scrape } = await scrapeCorpus(prisma);
    if (scrape.status !== "succeeded") throw new Error(`the corpus scrape ${scrape.status}`);
    const keys: string[] = [];
    for (const meeting of meetings) {
      const { input: raw } = await corpusMeetingInput(prisma, meeting);
      const input = summaryInputSchema.parse(raw);
      const extractive = summarizeExtractive(input);
      if (extractive.kind === "cancelled" || extractive.kind === "empty") {
        log(`MId ${meeting.mid}: ${extractive.kind}, the engine sends no request`);
        continue;
      }
      const messages = buildPrompt(input);
      const key = recordingKey(SYNTHETIC_MODEL, messages);
      const answer = answerFromExtractive(extractive);
      const ungrounded = ungroundedIn(answer, input);
      if (ungrounded.length)
        throw new Error(`MId ${meeting.mid}: the faithful answer is not grounded: ${ungrounded.join(", ")}`);
      const promptIds = canonicalPrompt(messages).documentIds;
      const uncited = answer.sections
        .flatMap((s) => s.bullets)
        .filter((b) => b.documentId !== null && !promptIds.includes(b.documentId));
      if (uncited.length)
        throw new Error(
          `MId ${meeting.mid}: the answer cites documents the prompt does not show: ${uncited.map((b) => b.documentId).join(", ")}`,
        );
      const defect = DEFECTS.find((d) => d.mid === meeting.mid);
      let content: string;
      if (defect) {
        content = defect.spoil(structuredClone(answer));
        if (defect.token) {
          const found = ungroundedIn(JSON.parse(content), input);
          if (!found.some((t) => t.includes(defect.token!)))
            throw new Error(
              `MId ${meeting.mid}: the spoiled answer's ${defect.token} is grounded after all (${found.join(", ") || "nothing ungrounded"})`,
            );
        }
      } else if (meeting.mid === FENCED_MID) {
        content = `\`\`\`json\n${JSON.stringify(answer, null, 2)}\n\`\`\``;
      } else {
        content = JSON.stringify(answer);
      }
      const recording: Recording = {
        key,
        model: SYNTHETIC_MODEL,
        meeting: meetingLine(messages),
        origin:
          ORIGIN + (meeting.mid === FENCED_MID ? "; wrapped in a markdown fence as some local servers send it" : ""),
        defect: defect?.describe ?? null,
        promptChars: promptChars(messages),
        documentIds: promptIds,
        response: {
          id: `synthetic-${key}`,
          object: "chat.completion",
          model: SYNTHETIC_MODEL,
          choices: [
            {
              index: 0,
              message: { role: "assistant", content },
              finish_reason: defect?.kind === "not-json" ? "length" : "stop",
            },
          ],
        },
      };
      writeRecording(recording);
      keys.push(key);
    }
    return keys;
  });
  // Delete synthetic recordings no prompt asks for any more; keep anything recorded from a real endpoint.
  let removed = 0;
  for (const file of readdirSync(RECORDINGS_DIR).filter((f) => f.endsWith(".json"))) {
    const { key, model } = JSON.parse(readFileSync(path.join(RECORDINGS_DIR, file), "utf8")) as Recording;
    if (model === SYNTHETIC_MODEL && !written.includes(key)) {
      rmSync(path.join(RECORDINGS_DIR, file));
      removed++;
    }
  }
  log(
    `wrote ${written.length} recordings (${DEFECTS.length} deliberately bad) into ${RECORDINGS_DIR}; removed ${removed} stale`,
  );
});
