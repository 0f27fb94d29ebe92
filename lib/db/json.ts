// Typed JSON columns. Prisma's Json inputs accept only its own InputJsonValue, which TypeScript interfaces (our
// summaries, digests, parsed pages) never match, so writers used to cast through unknown, and a Date or a Map
// would then have been stored silently as a string or {}. toJson accepts exactly the values that JSON carries
// unchanged (checked by the compiler, field by field) and writes what JSON.parse will read back.
import type { Prisma } from "@/lib/generated/prisma/client";

type JsonPrimitive = string | number | boolean | null;

/** T when every part of it survives JSON unchanged; `never` in the place of anything that does not. */
export type Jsonable<T> = T extends JsonPrimitive | Prisma.JsonValue
  ? T
  : T extends
        undefined | bigint | symbol | Date | Map<unknown, unknown> | Set<unknown> | ((...args: never[]) => unknown)
    ? never
    : T extends readonly (infer U)[]
      ? readonly Jsonable<U>[]
      : T extends object
        ? { [K in keyof T]: Jsonable<T[K]> }
        : never;

/** A JSON column's value from a typed object; throws on what the types cannot see (NaN, Infinity, cycles). */
export function toJson<T>(value: T & Jsonable<T>): Prisma.InputJsonValue {
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "number" && !Number.isFinite(v)) throw new TypeError(`toJson: ${v} has no JSON form`);
    return v;
  });
  return JSON.parse(text) as Prisma.InputJsonValue;
}
