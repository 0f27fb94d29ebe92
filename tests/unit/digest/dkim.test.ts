// DKIM over a real SMTP exchange on loopback: the signature covers both List-Unsubscribe headers and verifies
// (relaxed/relaxed canonicalisation, RFC 6376, recomputed here independently of nodemailer).
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDigestMessage } from "@/lib/digest/build-digest-message";
import { composeDigest } from "@/lib/digest/compose-digest";
import { DEFAULT_PREFERENCES } from "@/lib/subscriptions/preferences";
import { createSmtpTransport } from "@/lib/email/smtp-transport";
import { headerLine, startSmtpSink, type SmtpSink } from "../../helpers/smtp-sink";
import { SETTINGS, weekMeetings } from "./fixtures";

const { privateKey, publicKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

function splitMessage(raw: string): { headers: string[]; body: string } {
  const end = raw.indexOf("\r\n\r\n");
  const block = raw.slice(0, end);
  const headers = block.split(/\r\n(?![ \t])/);
  return { headers, body: raw.slice(end + 4) };
}

function relaxedHeader(field: string): string {
  const colon = field.indexOf(":");
  const name = field.slice(0, colon).trim().toLowerCase();
  const value = field
    .slice(colon + 1)
    .replace(/\r\n/g, "")
    .replace(/[ \t]+/g, " ")
    .trim();
  return `${name}:${value}`;
}

function relaxedBody(body: string): string {
  const lines = body.split("\r\n").map((line) => line.replace(/[ \t]+/g, " ").replace(/ $/, ""));
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.length === 0 ? "" : `${lines.join("\r\n")}\r\n`;
}

function verifyDkim(raw: string, key: crypto.KeyObject): { signedFields: string[] } {
  const { headers, body } = splitMessage(raw);
  const signatureField = headers.find((h) => /^dkim-signature:/i.test(h));
  if (!signatureField) throw new Error("no DKIM-Signature");
  const tags = Object.fromEntries(
    signatureField
      .slice(signatureField.indexOf(":") + 1)
      .split(";")
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => [t.slice(0, t.indexOf("=")).trim(), t.slice(t.indexOf("=") + 1).replace(/\s+/g, "")]),
  ) as Record<string, string>;
  expect(tags.a).toBe("rsa-sha256");
  expect(tags.c).toBe("relaxed/relaxed");
  expect(crypto.createHash("sha256").update(relaxedBody(body)).digest("base64")).toBe(tags.bh);
  const signedFields = (tags.h ?? "").split(":").map((n) => n.trim().toLowerCase());
  const remaining = headers.filter((h) => h !== signatureField);
  let data = "";
  for (const name of signedFields) {
    const index = remaining.map((h) => h.slice(0, h.indexOf(":")).trim().toLowerCase()).lastIndexOf(name);
    if (index === -1) continue;
    data += `${relaxedHeader(remaining[index]!)}\r\n`;
    remaining.splice(index, 1);
  }
  data += relaxedHeader(signatureField)
    .replace(/b=[^;]*$/, "b=")
    .replace(/([; ])b=[\w+/=\s]+(;|$)/, "$1b=$2");
  const ok = crypto.verify("sha256", Buffer.from(data, "utf8"), key, Buffer.from(tags.b ?? "", "base64"));
  expect(ok).toBe(true);
  return { signedFields };
}

describe("DKIM signing", () => {
  it("signs digests with a signature that covers List-Unsubscribe and List-Unsubscribe-Post, and verifies", async () => {
    const content = composeDigest({
      council: { slug: "harrow", name: "Harrow Council" },
      week: { year: 2025, week: 43 },
      meetings: weekMeetings(),
    })!;
    const message = buildDigestMessage(
      content,
      { id: 7, email: "reader@example.org", linkVersion: 1, preferences: DEFAULT_PREFERENCES },
      SETTINGS,
    )!;
    const transport = createSmtpTransport({
      url: sink.url,
      from: "Harrow Council digest <digest@harrow-digest.example.org>",
      dkim: {
        domainName: "harrow-digest.example.org",
        keySelector: "weekly",
        privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      },
    });
    await transport.send(message);
    await transport.close();
    const raw = sink.messages[0]!.raw;
    const [signature] = headerLine(raw, "DKIM-Signature");
    expect(signature).toMatch(
      /^DKIM-Signature: v=1; a=rsa-sha256; c=relaxed\/relaxed; d=harrow-digest\.example\.org; q=dns\/txt; s=weekly;/,
    );
    const { signedFields } = verifyDkim(raw, publicKey);
    expect(signedFields).toEqual(
      expect.arrayContaining(["from", "subject", "list-unsubscribe", "list-unsubscribe-post", "list-id", "message-id"]),
    );
    // tampering with a signed header breaks it
    expect(() =>
      verifyDkim(
        raw.replace("List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Unsubscribe-Post: nope"),
        publicKey,
      ),
    ).toThrow();
  });
});
