// The embedded default's failure modes give clear messages and leave the data alone.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedPostgresError, startEmbeddedPostgres } from "@/lib/db/embedded";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "embedded-pg-test-"));
fs.chmodSync(tmp, 0o755);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function listen(): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

describe("embedded PostgreSQL", () => {
  it("says which port is taken instead of failing obscurely", async () => {
    const blocker = await listen();
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startEmbeddedPostgres({ dataDir: path.join(tmp, "a"), port })).rejects.toThrow(
        new RegExp(`Port ${port} is already in use.*EMBEDDED_PG_PORT`),
      );
    } finally {
      blocker.close();
    }
  });

  it("refuses a second concurrent start on the same data, keeps data across restarts", async () => {
    const probe = await listen();
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const dataDir = path.join(tmp, "b");
    const first = await startEmbeddedPostgres({ dataDir, port });
    try {
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query("create table kept (v text); insert into kept values ('still here')");
      await client.end();
      await expect(startEmbeddedPostgres({ dataDir, port: port + 1 })).rejects.toThrow(EmbeddedPostgresError);
      await expect(startEmbeddedPostgres({ dataDir, port: port + 1 })).rejects.toThrow(/already running \(pid \d+/);
    } finally {
      await first.stop();
    }
    const again = await startEmbeddedPostgres({ dataDir, port });
    try {
      const client = new pg.Client({ connectionString: again.url });
      await client.connect();
      const { rows } = await client.query("select v from kept");
      await client.end();
      expect(rows).toEqual([{ v: "still here" }]);
    } finally {
      await again.stop();
    }
  });
});
