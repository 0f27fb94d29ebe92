import { decisionEntries } from "@/lib/summarize/extractive/overview/outcome-entries";
const secs: any[] = [
 { heading: "Outcome Based Grants 2026/27: Applications and Recommendations", decision: "Recommended to Cabinet: (1) the outcome based grants budget for 2026/27 of £540,000 to be noted, subject to Council's approval of the Revenue Budget on 26 February 2026; (2) grants totalling £538,900 to be awarded to the 23 organisations listed in Appendix 1 to these minutes, for one year from 1 April 2026; (3) the remaining £1,100 to be held back to meet any successful appeal; (4) the 51 applications listed in Appendix 2 not to be funded.", bullets: [] },
 { heading: "Small Grants Round 2 2025/26", decision: "Recommended to the Portfolio Holder for Community and Culture: approve the 19 small grants totalling £29,750.", bullets: [] },
 { heading: "Monitoring of Grants Awarded in 2024/25", decision: "The final instalment of £4,250 to the Northolt Youth Hub will be released only if it submits an acceptable action plan by 31 March 2026.", bullets: [] },
 { heading: "Grant Appeals Process 2026/27", decision: "Recommended to the Portfolio Holder: approve the appeals process and timetable for the 2026/27 outcome based grants, with appeals heard by the Panel on 9 June 2026.", bullets: [] },
 { heading: "Recovery of Grant from an Organisation that has Closed", decision: "Officers will seek repayment of the unspent grant of £6,200, and the Director of Legal and Governance Services was authorised to take legal action if it is not repaid by 30 April 2026.", bullets: [] },
];
const m = new Map(secs.map((s) => [s, s.heading]));
for (const e of decisionEntries(secs, m as any, secs, [])) console.log(JSON.stringify({ ...e, shorter: undefined }));
import { fitOutcomes } from "@/lib/summarize/extractive/overview/fit-outcomes";
const es = decisionEntries(secs, m as any, secs, []);
console.log(fitOutcomes(es, 48).without([]).join(" | "));
