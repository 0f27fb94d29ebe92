// Prisma's CLI depends on @prisma/dev, which imports the real @prisma/streams-local only inside `prisma dev` (a
// local Prisma Postgres). This project never runs `prisma dev`, and the real package declares Node >= 22, so
// `npm ci` warned EBADENGINE on the supported Node 20. package.json "overrides" installs this stand-in instead.
export async function startLocalDurableStreamsServer() {
  throw new Error("`prisma dev` is not supported in this project: it uses an embedded PostgreSQL (see README.md).");
}
