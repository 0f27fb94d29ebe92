// Without SMTP_URL every message is written to the outbox folder: a complete .eml (headers and both parts) and a
// sidecar the development page reads back.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, describe, expect, it } from "vitest";
import { createOutboxTransport } from "@/lib/email/outbox-transport";
import { isOutboxName, listOutboxMessages, readOutboxMessage } from "@/lib/email/outbox";
import { createMailTransport } from "@/lib/email/transport";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "digest-outbox-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the outbox transport", () => {
  it("is what the builder returns without SMTP_URL", () => {
    expect(createMailTransport({ outboxDir: dir, from: "a@example.org" }).kind).toBe("outbox");
    expect(createMailTransport({ smtpUrl: "smtp://127.0.0.1:2525", outboxDir: dir, from: "a@example.org" }).kind).toBe(
      "smtp",
    );
  });

  it("writes a complete message and lists it, newest first", async () => {
    const outbox = createOutboxTransport({ dir: path.join(dir, "nested"), from: "Digest <digest@example.org>" });
    await outbox.verify();
    const first = await outbox.send({
      to: "one@example.org",
      subject: "First",
      text: "Plain text",
      html: "<p>HTML</p>",
      headers: { "X-Entity-Ref-ID": "abc" },
    });
    const second = await outbox.send({
      to: "two@example.org",
      subject: "Second – “quoted”",
      text: "Two",
      html: "<p>Two</p>",
    });
    expect(first.response).toMatch(/nested\/\d{8}T\d{9}Z-[0-9a-f]{8}\.eml$/);

    const mail = await simpleParser(fs.readFileSync(first.response));
    expect(mail.subject).toBe("First");
    expect(mail.text?.trim()).toBe("Plain text");
    expect(mail.html).toContain("<p>HTML</p>");
    expect(mail.headers.get("x-entity-ref-id")).toBe("abc");

    const list = await listOutboxMessages(path.join(dir, "nested"));
    expect(list.map((m) => m.subject)).toEqual(["Second – “quoted”", "First"]);
    const name = path.basename(second.response, ".eml");
    const read = await readOutboxMessage(path.join(dir, "nested"), name);
    expect(read?.headerLines).toContain("To: two@example.org");
    expect(read?.html).toBe("<p>Two</p>");
  });

  it("never reads outside its folder", async () => {
    for (const name of ["../etc/passwd", "..", "x.eml", "20261123T070000123Z-1a2b3c4d/../../x"]) {
      expect(isOutboxName(name)).toBe(false);
      expect(await readOutboxMessage(dir, name)).toBeNull();
    }
    expect(await listOutboxMessages(path.join(dir, "does-not-exist"))).toEqual([]);
  });
});
