// Ports are checked before any work: a taken port found after a minute of scraping and building, as a raw
// EADDRINUSE stack, wastes the minute and names nothing to change.
import { isPortFree } from "@/lib/port-free";
import { CommandError } from "./run-command";

/** Throws one readable line naming PORT (or HOST) when the site could not be served on them. */
export async function assertWebPortFree(env: { PORT: number; HOST: string }): Promise<void> {
  if (await isPortFree(env.PORT, env.HOST)) return;
  throw new CommandError(
    `Port ${env.PORT} on ${env.HOST} is already in use, so the site cannot be served there. ` +
      `Set PORT to a free port (e.g. PORT=${env.PORT === 65535 ? 3001 : env.PORT + 1}), or stop what is using it.`,
  );
}
