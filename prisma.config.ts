// Read by Prisma's CLI only (generate, and `prisma migrate deploy` on machines with the native engine).
// The app and our own migration runner get DATABASE_URL from lib/env.ts; this file is the one exception
// to "lib/env.ts is the only reader of process.env", because Prisma's CLI loads it outside our code.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
