// Is this error the database being out of reach (down, refusing connections, restarting, out of connections), as
// opposed to a bug? Pages then keep serving from their cache; the API, feeds and search answer "unavailable".
import { DatabaseNotConfiguredError } from "@/lib/db";

/** Prisma's codes for "cannot reach / lost / timed out waiting for" the server or its pool. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The pg driver adapter's kinds for the same (DriverAdapterError.cause.kind). */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "AuthenticationFailed",
]);
/** Node's network errors and PostgreSQL's "shutting down / starting up / too many connections". */
const SYSTEM_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    if (current instanceof DatabaseNotConfiguredError) return true;
    const e = current as {
      name?: unknown;
      code?: unknown;
      kind?: unknown;
      meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
      cause?: unknown;
    };
    if (e.name === "PrismaClientInitializationError") return true;
    if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SYSTEM_CODES.has(e.code))) return true;
    if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
    const adapterKind = e.meta?.driverAdapterError?.cause?.kind;
    if (typeof adapterKind === "string" && ADAPTER_KINDS.has(adapterKind)) return true;
    current = e.cause;
  }
  return false;
}
