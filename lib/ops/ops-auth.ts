// The operator pages' gate: HTTP Basic auth (any user name, OPS_SECRET as the password) or a Bearer token, so a
// browser prompts for it and curl takes `-u ops:$OPS_SECRET`. Stateless (no session to share between web
// replicas). Compared in constant time over SHA-256 digests, so neither the secret's length nor its first
// differing byte shows in the response time.
import crypto from "node:crypto";

export type OpsAccess = "disabled" | "granted" | "missing" | "denied";

function digest(text: string): Buffer {
  return crypto.createHash("sha256").update(text, "utf8").digest();
}

export function presentedSecret(authorization: string | null): string | null {
  if (!authorization) return null;
  const [scheme, value] = authorization.trim().split(/\s+/, 2);
  if (!scheme || !value) return null;
  if (/^bearer$/i.test(scheme)) return value;
  if (!/^basic$/i.test(scheme)) return null;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? null : decoded.slice(colon + 1);
}

export function checkOpsAccess(authorization: string | null, secret: string | undefined): OpsAccess {
  if (!secret) return "disabled";
  const presented = presentedSecret(authorization);
  if (presented === null) return "missing";
  return crypto.timingSafeEqual(digest(presented), digest(secret)) ? "granted" : "denied";
}
