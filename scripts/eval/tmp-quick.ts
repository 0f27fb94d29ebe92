import { loadCorpus } from "./corpus/load-corpus";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
const c = loadCorpus();
const only = process.argv[2];
for (const m of c.meetings) {
  if (only && !String(m.mid).includes(only)) continue;
  const s = summarizeExtractive({ meeting: { title: m.title, committeeName: m.committee, startsAt: `${m.date}T${m.time}:00Z`, status: "held", isSpecial: false, officialUrl: "https://x/", webcastUrl: null },
    items: m.items.map((it, i) => ({ position: i, number: it.number, title: it.title, description: it.description, minutesText: it.minutes, decisionText: null, documentIds: [] })), documents: [], now: "2026-12-01T00:00:00Z" });
  console.log(`===== ${m.mid} ${m.committee} ${m.date}\nOVERVIEW: ${s.overview}\n${s.procedural ?? ""}`);
  for (const sec of s.sections) console.log(`## ${sec.heading}\n${sec.bullets.map((b) => "- " + b.text).join("\n")}${sec.decision ? "\nDECISION: " + sec.decision : ""}`);
}
