import { describe, expect, it } from "vitest";
import { classifySendError } from "@/lib/email/smtp-errors";

describe("what a failed send means", () => {
  it("retries 4xx replies and connection failures", () => {
    expect(
      classifySendError({
        code: "EENVELOPE",
        responseCode: 451,
        permanent: false,
        command: "RCPT TO",
        response: "451 4.7.1 Greylisted",
      }),
    ).toMatchObject({
      kind: "transient",
      connection: false,
      message: "EENVELOPE 451: 451 4.7.1 Greylisted",
    });
    expect(
      classifySendError({ code: "ESOCKET", command: "CONN", message: "connect ECONNREFUSED 127.0.0.1:25" }),
    ).toMatchObject({ kind: "transient", connection: true });
    expect(classifySendError({ code: "ETIMEDOUT", message: "Timeout" })).toMatchObject({
      kind: "transient",
      connection: true,
    });
    expect(classifySendError({ code: "EMESSAGE", responseCode: 503, message: "bad sequence" })).toMatchObject({
      kind: "transient",
    });
  });

  it("fails 5xx replies, counting only refusals of the recipient as hard bounces", () => {
    expect(
      classifySendError({
        code: "EENVELOPE",
        responseCode: 550,
        permanent: true,
        command: "RCPT TO",
        response: "550 5.1.1 No such user",
      }),
    ).toMatchObject({
      kind: "permanent",
      hardBounce: true,
    });
    expect(
      classifySendError({
        code: "EENVELOPE",
        responseCode: 550,
        permanent: true,
        command: "RCPT TO",
        response: "550 Mailbox unavailable",
      }),
    ).toMatchObject({ hardBounce: true });
    expect(
      classifySendError({
        code: "EENVELOPE",
        responseCode: 552,
        permanent: true,
        command: "RCPT TO",
        response: "552 5.2.2 Mailbox full",
      }),
    ).toMatchObject({
      kind: "permanent",
      hardBounce: false,
    });
    expect(
      classifySendError({
        code: "EMESSAGE",
        responseCode: 554,
        permanent: true,
        command: "DATA",
        response: "554 5.7.1 Spam",
      }),
    ).toMatchObject({ kind: "permanent", hardBounce: false });
  });

  it("stops the run on configuration errors instead of failing every message", () => {
    expect(
      classifySendError({ code: "EAUTH", responseCode: 535, permanent: true, response: "535 5.7.8 Bad credentials" }),
    ).toMatchObject({ kind: "fatal" });
    expect(classifySendError({ code: "ETLS", message: "certificate has expired" })).toMatchObject({ kind: "fatal" });
    expect(classifySendError("weird")).toMatchObject({ kind: "transient", message: "ERROR: weird" });
  });
});
