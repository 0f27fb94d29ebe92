import { cppCase } from "./cases-cpp-2025-10-23";
import { osIlacsCase } from "./cases-os-2025-07-08";
import type { EvalCase } from "./eval-types";

/** The evaluation set: the two meetings with published summaries (docs/seeds.md). Add cases as seeds arrive. */
export const SEED_CASES: EvalCase[] = [cppCase, osIlacsCase];
