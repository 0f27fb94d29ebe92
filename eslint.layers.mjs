// The shape of the code, enforced by `npm run lint` (and tested in tests/unit/lint/layers.test.ts, so the rules
// cannot be switched off unnoticed). README.md ("Layers, checked by `npm run lint`") explains them.
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";

/**
 * lib/'s areas from the bottom up: an area imports only the areas listed before it (and lib/'s top-level files,
 * which import no area), so no two areas can import each other. Add a new area where its imports put it.
 */
export const LIB_LAYERS = [
  "generated", // Prisma's client
  "db", // the embedded server, migrations
  "web", // request headers, the ISR cache handler
  "moderngov", // parse/ (pure) and http/ (the polite client)
  "replay", // the offline snapshot's server
  "email", // transports and the subscription emails
  "search", // query parsing and SQL
  "summarize", // the engines; store/ writes summaries
  "data", // read models for the pages
  "feeds", // RSS, iCalendar, the JSON API
  "ingest", // the scraper (writes meetings)
  "subscriptions", // sign-up, confirm, preferences, tokens, rate limit
  "reports", // problem reports from readers
  "digest", // the weekly digest and its templates
  "jobs", // the queue, schedules, the worker
  "ops", // health and status
  "cli", // what the npm commands run
];

/** Folders outside lib/: lib/ imports none of them. */
const OUTSIDE = ["app", "scripts", "bench", "tests", "kit"];

/** The summariser's internals: outside lib/summarize only its top-level files (types, glossary, …) are used. */
const SUMMARIZE_INTERNALS = ["extractive", "llm", "store", "render", "text", "topics"].map(
  (d) => `./lib/summarize/${d}`,
);

const APP_MESSAGE =
  "Pages import read models (lib/data, lib/search, lib/feeds, lib/ops, lib/email/outbox.ts), actions (lib/subscriptions, lib/reports) and lib/'s top-level files only.";

const layerZones = LIB_LAYERS.map((area, i) => ({
  target: `./lib/${area}`,
  from: [...LIB_LAYERS.slice(i + 1).map((above) => `./lib/${above}`), ...OUTSIDE.map((dir) => `./${dir}`)],
  message: `lib/${area} is below this in LIB_LAYERS (eslint.layers.mjs): a lower area must not import a higher one.`,
}));

const zones = [
  ...layerZones,
  {
    target: "./lib/*.ts",
    from: [
      ...LIB_LAYERS.filter((area) => area !== "generated").map((area) => `./lib/${area}`),
      ...OUTSIDE.map((dir) => `./${dir}`),
    ],
    message: "lib/'s top-level files are the base every area imports: they import no area but Prisma's client.",
  },
  {
    target: "./lib/moderngov/parse",
    from: ["./lib"],
    except: ["./moderngov/parse"],
    message: "The ModernGov parsers are pure: they import nothing of ours outside lib/moderngov/parse.",
  },
  {
    target: "./lib/summarize",
    from: ["./lib/ingest", "./lib/replay"],
    message: "The summariser works from what is stored: it imports neither the scraper nor the replayed snapshot.",
  },
  {
    target: "./lib/ingest",
    from: ["./app", "./lib/digest", "./lib/subscriptions", ...SUMMARIZE_INTERNALS],
    message:
      "Ingest stores what the council published: it imports no pages, no digest and none of the summariser's internals.",
  },
  {
    target: "./lib/data",
    from: [
      "./lib/ingest",
      "./lib/jobs",
      "./lib/digest",
      "./lib/subscriptions",
      "./lib/reports",
      "./lib/email",
      "./lib/replay",
      "./lib/moderngov",
      "./lib/summarize/store",
      "./lib/summarize/llm",
      "./lib/summarize/extractive",
    ],
    message: "Read models (lib/data) only read: they import no writer.",
  },
  {
    target: "./app",
    from: [
      "./lib/ingest",
      "./lib/jobs",
      "./lib/digest",
      "./lib/summarize",
      "./lib/moderngov",
      "./lib/replay",
      "./lib/cli",
      "./lib/web",
      "./lib/generated",
      "./scripts",
      "./bench",
      "./tests",
      "./kit",
    ],
    message: APP_MESSAGE,
  },
  // The development outbox viewer reads what the outbox transport wrote; the search page says when the database is down.
  { target: "./app", from: ["./lib/email"], except: ["./outbox.ts"], message: APP_MESSAGE },
  { target: "./app", from: ["./lib/db"], except: ["./unavailable.ts"], message: APP_MESSAGE },
  { target: "./bench", from: ["./tests"], message: "Benchmarks share code with the tests through kit/, not tests/." },
  { target: "./tests", from: ["./bench"], message: "Tests share code with the benchmarks through kit/, not bench/." },
  {
    target: "./kit",
    from: ["./tests", "./bench", "./scripts", "./app"],
    message: "kit/ (shared by tests and benchmarks) imports lib/ only.",
  },
  { target: "./scripts", from: ["./tests", "./bench", "./kit"], message: "Scripts import lib/ (and scripts/) only." },
];

export const layersConfig = [
  {
    files: ["**/*.{ts,tsx,mts,mjs}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
      "import-x/extensions": [".ts", ".tsx", ".mts", ".mjs", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx", ".mts"] },
    },
    rules: {
      // No import cycle between files (and so, with the zones, none between lib/ areas).
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": ["error", { zones }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx,mts,mjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "pdf-lib",
              message: "lib/ only reads PDFs: pdf-lib writes the snapshot's invented ones, in scripts/snapshot.",
            },
          ],
        },
      ],
    },
  },
];
