// The summaries' quality on real council text (tests/fixtures/real-harrow, see its ORIGIN.md): the corpus is served
// as a ModernGov site, scraped by the real scraper into this run's database, summarised and scored, exactly as
// `npm run eval:summaries` does. The floors below are what the extractive engine measured when they were set, less
// a margin of 2 points for small changes in wording; a change that makes summaries worse fails here.
// Issue 11's procedural-share target (≤ 10%) is not met yet; the ceiling here is what was measured plus the margin,
// so it can only go down (see the README).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateCorpus, formatCorpusTable, type CorpusEvaluation } from "@/scripts/eval/corpus/evaluate-corpus";
import { evaluateSnapshot } from "@/scripts/eval/evaluate-snapshot";
import { createTestPrisma, resetDatabase } from "../helpers/db";

const prisma = createTestPrisma();
let evaluation: CorpusEvaluation;

beforeAll(async () => {
  await resetDatabase(prisma);
  evaluation = await evaluateCorpus(prisma);
  console.log(formatCorpusTable(evaluation));
});
afterAll(() => prisma.$disconnect());

const MARGIN = 0.02;

/**
 * A long printed minutes meeting checked as every such meeting is: served as minutes, nothing invented, its facts and
 * business facts at their floors (the measures less MARGIN), within 35% of its source words.
 */
function longMinutesAt(mid: number, facts: number, business: number) {
  const meeting = evaluation.meetings.find((m) => m.mid === mid)!;
  expect(meeting.kind).toBe("minutes");
  expect(meeting.invented).toEqual([]);
  expect(meeting.factsFound / meeting.factsTotal).toBeGreaterThanOrEqual(facts - MARGIN);
  expect(meeting.businessFound / meeting.businessTotal).toBeGreaterThanOrEqual(business - MARGIN);
  expect(meeting.summaryWords / meeting.sourceWords).toBeLessThanOrEqual(0.35);
  return meeting;
}

describe("summaries of real Harrow meetings", () => {
  it("scrapes every corpus meeting through the real scraper", () => {
    expect(evaluation.scrape.status).toBe("succeeded");
    expect(evaluation.meetings.length).toBeGreaterThanOrEqual(48);
  });

  it("invents nothing: every name, number and date in a summary is in its sources", () => {
    expect(evaluation.meetings.flatMap((m) => m.invented)).toEqual([]);
  });

  it("carries the decision facts, business and standing (floors: 98.0% and 97.4% measured, the first once the Licensing Panel's note on its minutes was read; 97.5% and 97.4% with engine 1.15.0)", () => {
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.98 - MARGIN);
    expect(evaluation.overall.businessRecall).toBeGreaterThanOrEqual(0.974 - MARGIN);
  });

  it("writes standing business tersely (ceilings: 18.9% of summary words and 36.6% over the 43 real meetings after standing lines, stop 36, round two (19.1% and 36.7% after page openings, stop 35 (19.3% and 37.0% after standing lines, stop 34 (37.1% after standing business in fewer words, round two), and 9.4% over the long minutes (10.3% before it); 19.5% of summary words measured with engine 1.20.0 on the 48-meeting corpus (19.1% after the second condensing pass, before the Licensing Panel's note on its minutes became a standing line), whose sources' standing items are 16.5% of their words; 37.4% over the 43 real meetings (36.8% before that line), whose sources are 57.6% standing items; 19.0% and 36.3% with engine 1.15.0, before that pass shortened business more than standing lines; brief questions minutes and a change of membership count as standing business)))", () => {
    expect(evaluation.overall.proceduralShare).toBeLessThanOrEqual(0.189 + MARGIN);
    expect(evaluation.overall.realProceduralShare).toBeLessThanOrEqual(0.365 + MARGIN);
    // Issue 11's target for the long minutes (at most 10% of a summary's words): 9.7% measured on the 23; 10.2% once
    // the SACRE (990034) and the Major Developments Panel (990035) came in, 9.99% on the 25 after standing lines shorter
    // (stop 32), 9.74% after standing lines, stop 33; 10.1% on the 27 at stop 33's end (the Planning Policy Advisory
    // Panel 990036 at 17.3%, its sources' standing items 14.6%): not met on the 27. Standing lines, stop 34: 9.95%
    // (1,971 of 19,803 words; 990036 15.1%), met on the 27. Stop 35: 10.1% on the 29 once the Schools Forum (990039,
    // 19.3%) came in; 9.93% at its end (2,117 of 21,334 words) after the page openings' and round twenty-five's
    // standing lines. Stop 36: 10.6% on the 32 once Safer Harrow (990041, its partners' list and action log printed
    // whole) came in; 10.09% at its end (2,379 of 23,571 words) after standing lines, stop 36 and its round two: not met
    // by about 22 words. Stop 37: 9.92% (2,338 of 23,565 words) after standing lines, stop 37, met on the 32; 9.93% on
    // the 35 at its end. Stop 38: 9.74% on the 37 (2,644 of 27,141 words; the shareholder committee 5.8%, the review
    // group 6.1%), 9.95% on the 35 once the overviews' counts were left out (the same standing lines in fewer words).
    // Stop 39: 9.87% on the 39 (2,824 of 28,610 words; the joint health scrutiny committee 11.4%, the climate panel
    // 12.9%), 9.74% on stop 38's 37. Stop 40 (standing-40 branch): 9.77% on the 39 (about 2,794 of 28,608 words; the
    // joint health scrutiny committee 9.9%, the climate panel 10.5%). At stop 40's end 9.76% on the 41 (about 2,930 of
    // 30,028 words; the business panel 7.3%, the conservation committee 11.8%). The ceiling is that measure.
    expect(evaluation.longMinutes.proceduralShare).toBeLessThanOrEqual(0.0976 + MARGIN);
    // The summaries weigh standing business well below the minutes they come from.
    expect(evaluation.overall.realProceduralShare).toBeLessThan(evaluation.overall.realSourceProceduralShare - 0.1);
  });

  it("condenses long papers to at most 35% of their words, with an overview of at most 60 words (ceilings: 29.7% overall and 71.4% for the worst meeting, measured with engine 1.20.0 on the 48-meeting corpus (72.3% after the second condensing pass, before a call-in notice was said as a sentence); 30.1% and 80.1% with engine 1.15.0)", () => {
    // The overall figures cover the real meetings and the long reports; the long minutes are checked below.
    const long = evaluation.meetings.filter((m) => m.sourceWords > 400 && m.kind !== "minutes");
    expect(evaluation.overall.condensation).toBeLessThanOrEqual(0.297 + MARGIN);
    // Issue 11's target (≤ 35% for every meeting over 400 words) is not met by the real meetings yet: see the README.
    expect(evaluation.overall.worstCondensation).toBeLessThanOrEqual(0.714 + MARGIN);
    expect(long.length).toBeGreaterThanOrEqual(5);
    for (const m of long.filter((x) => x.kind === "report"))
      expect(m.summaryWords / m.sourceWords, m.name).toBeLessThanOrEqual(0.35);
    expect(evaluation.overall.maxOverviewWords).toBeLessThanOrEqual(60);
  });

  it("condenses long printed minutes of whole meetings to at most 35% each and keeps their decisions (floors measured on the 15 invented long minutes after round nine: recall 95.1%, business 93.6% (271/285, 206/220), 33.1% of their words, the worst 35.0%; after round eight 268/285 and 203/220; the 14 before the tenants' forum (990025) came in, 253/267 and 192/206; the first 10 after round seven: 183/190 and 138/145; on the first 9, 165/171 and 123/129; on the first 7, 126/130 and 93/97; their history is in docs/summaries.md)", () => {
    const minutes = evaluation.meetings.filter((m) => m.kind === "minutes");
    const l = evaluation.longMinutes;
    expect(minutes.flatMap((m) => m.invented)).toEqual([]);
    expect(minutes.length).toBeGreaterThanOrEqual(15);
    expect(l.condensation).toBeLessThanOrEqual(0.341 + MARGIN);
    // All the long minutes, each later committee measured as it came in: the four of 6 December 2026 (a licensing
    // hearing, overview and scrutiny, the consultative forum, a call-in hearing) at 62/77 and 47/61 on their first
    // runs, 70/77 and 54/61 after round eight, 71/77 and 55/61 after round nine; the tenants' forum (990025) at 12/18
    // and 8/14 first, 15/18 and 11/14 after round eight, now 17/18 and 13/14. All fifteen: 271/285 and 206/220 (268/285
    // and 203/220 after round eight). All eighteen at stop 29's end (engine 1.21.0): 327/345 and 251/269, 33.6% of their
    // words (326/345 and 250/269 after round ten, 325/345 and 249/269 before it); after round eleven 332/345 and
    // 256/269 (96.2%, 95.2%), 33.8% of their words. All twenty (the Standards Committee 990029 and the Licensing
    // Committee on policy 990030 added) after round twelve: 370/385 and 286/301 (96.1%, 95.0%), 33.9% of their words
    // (368/385 and 284/301 before it). All twenty-one at stop 30's end (engine 1.22.0, the Grants Advisory Panel 990031
    // added, every branch merged): 387/405 and 299/317 (95.6%, 94.3%), 33.9% of their words; the floors are those.
    // Merged, 990027's £105 and 990018's £14.6m went out again: the standing lines' freed words let a higher step fit.
    // After round thirteen 388/405 and 300/317 (95.8%, 94.6%): 990016's extra clinic slots. With the Pension Board
    // (990032) added on its branch: 404/425 and 311/332 (95.1%, 93.7%).
    // Stop 31's wordings (a bare count said with its total, "Of the 17 complaints, ten …"): 388/405 and 300/317.
    // All twenty-three at stop 31's end (engine 1.23.0, the Pension Board 990032 and the Education Strategy
    // Consultative Forum 990033 added, every branch merged): 424/445 and 326/347 (95.3%, 93.9%), 34.0% of their words;
    // the first twenty-one of them 389/405 and 301/317 (96.0%, 94.95%). Freeing words at the ceiling: 425/445 and
    // 327/347 (95.5%, 94.2%), the first twenty-one 390/405 and 302/317 (990020's written briefing). All twenty-five at
    // stop 32's end (engine 1.24.0, the SACRE 990034 and the Major Developments Panel 990035 added, every branch
    // merged): 462/485 and 355/378 (95.3%, 93.9%), 34.1% of their words; the twenty-three 425/445 and 327/347. Standing
    // lines, stop 33: 463/485 and 356/378 (990025's HRA reserves with the words freed); round sixteen on its own the
    // same (990032's 72%). All twenty-seven at stop 33's end (engine 1.25.0, the Planning Policy Advisory Panel 990036
    // and the question-and-answer session 990037 added, every branch merged): 497/525 and 383/411 (94.7%, 93.2%), 34.2%
    // of their words; the twenty-five 463/485 and 356/378 (95.5%, 94.2%), the first twenty-one 391/405 and 303/317
    // (96.5%, 95.6%). Round nineteen: 500/525 and 386/411 (95.2%, 93.9%), 34.1% of their words (990036's July 2028,
    // 990019's 18.5%, 990026's April 2027); the twenty-five 465/485 and 358/378, the first twenty-one 393/405 and
    // 305/317. Stop 34's second round (examples named in passing, a total the decision states, and round
    // twenty-one's 186 ambulance call-outs of 990030): 505/525 and 391/411 (96.2%, 95.1%), 34.3% of their words; the
    // first twenty-one 395/405 and 307/317. All twenty-seven at stop 34's end (engine 1.26.0, every branch merged, round
    // twenty's 15 storeys of 990035 with them): 506/525 and 392/411 (96.4%, 95.4%: business at the issue's 95%), 34.2%
    // of their words; the twenty-five 468/485 and 361/378, the first twenty-one 395/405 and 307/317. The floors are those.
    // With the Schools Forum (990039, stop 35, long-schools-forum branch): 523/545 and 404/426 (96.0%, 94.8%), 34.3% of
    // their words (521/545 and 402/426 on its first run); the twenty-seven as before.
    // With the Annual Council (990038) added on its branch, stop 35: 523/545 and 405/426 (96.0%, 95.1%), 34.3% of their
    // words (its first run 17/20 and 13/15 at 43.8% of its words; 17/20 and 13/15 at 34.8% after its rules).
    // All twenty-nine, stop 35 (both merged): 541/565 and 418/441 (95.8%, 94.8%), 34.3% of their words. Round
    // twenty-four (forum-recall branch: 990039's £4.2m savings and 65% preferring Option B): 543/565 and 420/441
    // (96.1%, 95.2%), 34.3% of their words; every other long minutes as before. All twenty-nine at stop 35's end
    // (engine 1.27.0, every branch merged): 543/565 and 420/441 (96.1%, 95.2%), 34.3% of their words; merged, 990039's
    // £4.2m went out again (18/20 and 13/15: the standing lines' freed words let its overview's key point back, and the
    // spare step chose other points) while 990031's scoring bands came in (page openings, stop 35); the twenty-seven
    // 508/525 and 394/411, the first twenty-one 396/405 and 308/317. Round twenty-six (amendment-result branch, merged last:
    // 990038's amendment on the Overview and Scrutiny Chair, lost 22 to 31): 544/565 and 421/441 (96.3%, 95.5%), 34.3%
    // of their words; every other long minutes as before. Round twenty-eight (recall-28 branch: 990039's £4.2m of
    // savings said by its sum, its measures after the colon left out): 545/565 and 422/441 (96.5%, 95.7%), 34.3% of
    // their words; every other long minutes as before. The floors are those.
    // With Safer Harrow (990041, stop 36, long-safer-harrow branch): 561/585 and 433/456 (95.9%, 95.0%), 34.3% of their
    // words (559/585 and 431/456 on its first run); the twenty-nine as before.
    // With the Chief Officers' Employment Panel (990042, stop 36, long-employment-panel branch): 560/585 and 433/457
    // (95.7%, 94.7%), 34.3% of their words, the same on its first run; the twenty-nine as before.
    // All thirty-one at stop 36 (round twenty-nine, shapes-recall-36 branch: 990041's list of crime changes said by its
    // changes, 990040's crossover policy's 4.8 metres): 583/605 and 453/474 (581/605 and 451/474 before it).
    // Round thirty (panel-recall-36 branch): 990042 at 18/20 and 14/16, from 16/20 and 12/16. All thirty-two at stop
    // 36's end (engine 1.28.0, every branch merged): 601/625 and 467/490 (96.2%, 95.3%), 34.4% of their words; the three
    // new shapes 49/60 and 38/49 on their first runs, 56/60 and 45/49 now; the twenty-nine of stop 35 545/565 and
    // 422/441. Round thirty-one (recall-31 branch: 990032's breach reported to the Information Commissioner's
    // Office): 602/625 and 468/490 (96.3%, 95.5%), 34.3% of their words; the twenty-nine of stop 35 546/565 and
    // 423/441. The floors are those. With the admissions forum (990044, stop 37, long-admissions-forum branch): 617/645
    // and 479/506 before the merge (616/645 and 478/506 on its first run). With the joint committee (990043, stop 37,
    // long-joint-committee branch): 620/645 and 481/505 on its first run, 19/20 and 14/15 for 990043 then and after.
    // With the standards hearing (990045, stop 37, long-standards-hearing branch): 658/685 and 512/538 (96.1%, 95.2%),
    // 653/685 and 507/538 on its first run (990045 13/20 and 10/17 then, 18/20 and 15/17 after); the other 34 as before.
    // All thirty-four at stop 37 (main): 640/665 and 497/521. Round thirty-two (recall-32 branch: 990044's adjudicator's
    // verdict carried with the objection it decides): 642/665 and 499/521 (96.5%, 95.8%). The floors are those.
    // All thirty-five at stop 37's end (engine 1.29.0, every branch merged): 661/685 and 515/538 (96.5%, 95.7%), 34.3% of
    // their words; the thirty-two of stop 36 606/625 and 472/490; the twenty-nine of stop 35 549/565 and 426/441; the three
    // new shapes 47/60 and 35/48 on their first runs, 55/60 and 43/48 now. The floors are those.
    // With the shareholder committee (990046, stop 38, long-shareholder-committee branch): 678/705 and 528/554 (96.2%,
    // 95.3%), 34.4% of their words, on its first run and after (990046 17/20 and 13/16 both); the other 35 as before.
    // With the scrutiny review group (990047, stop 38, long-scrutiny-review branch): 679/705 and 529/554 (96.3%, 95.5%),
    // 34.4% of their words, 674/705 and 524/554 on its first run (990047 13/20 and 9/16 then, 18/20 and 14/16 after);
    // the other 35 as before. The floors are unchanged.
    // All thirty-seven at stop 38 (main before the new-shapes-38 branch): 696/725 and 542/570 (96.0%, 95.1%), 34.4% of
    // their words; with it 697/725 and 543/570 (96.1%, 95.3%), 990046 18/20 and 14/16, the other 36 as before. At stop
    // 38's end (engine 1.30.0, every branch merged) the same: the floors are those, and the thirty-five of stop 37 keep
    // theirs (661/685 and 515/538).
    // With the joint health scrutiny committee (990048, stop 39, long-joint-health-scrutiny branch): 713/744 and 554/584
    // (95.8%, 94.9%), 34.3% of their words, 711/744 and 552/584 on its first run (990048 14/19 and 9/14 then, 16/19 and
    // 11/14 after); the other 37 as before. The floors are unchanged.
    // With the climate advisory panel (990049, stop 39, long-climate-panel branch): 715/745 and 556/585 (96.0%, 95.0%),
    // 34.3% of their words, 714/745 and 555/585 on its first run (990049 17/20 and 12/15 then, 18/20 and 13/15 after);
    // the other 37 as before. The floors are unchanged.
    // With the climate advisory panel read tighter (tighter-49 branch): 733/764 and 569/599 (95.9%, 95.0%) over the
    // 39, from 731/764 and 567/599; 990049 20/20 and 15/15, the other 38 as before. The floors are unchanged.
    // The joint health scrutiny committee's second round (990048, stop 39, tighter-48 branch): the thirty-nine
    // 732/764 and 568/599 (95.8%, 94.8%), 731/764 and 567/599 before (990048 17/19 and 12/14, 16/19 and 11/14
    // before); the other 38 as before. The floors are unchanged.
    // Standing lines of joint and advisory bodies (standing-40 branch, stop 40): 735/764 and 571/599 (96.2%, 95.3%),
    // from 734/764 and 570/599 (990048 18/19 and 13/14, from 17/19 and 12/14: the 62 winter beds); the other 38 as
    // before. The floors below are unchanged.
    // All thirty-nine at stop 39's end (engine 1.31.0, every branch merged): 734/764 and 570/599 (96.1%, 95.2%), 34.3% of
    // their words; the two new shapes 31/39 and 21/29 on their first runs, 37/39 and 27/29 now. The floors are those, and
    // the thirty-seven of stop 38 keep theirs (697/725 and 543/570).
    // With the business consultative panel (990051, stop 40, long-business-panel branch): 750/784 and 582/615 (95.7%,
    // 94.6%), 34.3% of their words, 748/784 and 580/615 on its first run (990051 14/20 and 10/16 then, 16/20 and 12/16
    // after); the other 39 as before. The floors are unchanged (the forty are within MARGIN of them).
    // With the conservation areas advisory committee (990050, stop 40, long-conservation-areas branch): 752/784 and
    // 583/614 (95.9%, 95.0%), 34.3% of their words, 743/784 and 576/614 on its first run (990050 9/20 and 6/15 then,
    // 18/20 and 13/15 after); the other 39 as before. The floors are unchanged.
    // The business consultative panel's second round (tighter-51, stop 40): 990051 17/20 and 13/16 (the letters' count
    // said with their date); the 41 at 770/804 and 597/630 from 769/804 and 596/630. The floors are unchanged.
    // The conservation committee's second round (tighter-50 branch): 771/804 and 598/630 over the forty-one (95.9%,
    // 94.9%), from 769/804 and 596/630 (990050 20/20 and 15/15, from 18/20 and 13/15); the other forty as before.
    // All forty-one at stop 40's end (engine 1.32.0, every branch merged): 772/804 and 599/630 (96.0%, 95.1%), 34.3% of
    // their words; the two new shapes 23/40 and 16/31 on their first runs, 37/40 and 28/31 now. The floors are those,
    // and the thirty-nine of stop 39 keep theirs, at what stop 40 measures on them (735/764 and 571/599).
    expect(l.recall).toBeGreaterThanOrEqual(772 / 804 - MARGIN);
    expect(l.businessRecall).toBeGreaterThanOrEqual(599 / 630 - MARGIN);
    const stop39 = minutes.filter((m) => m.mid <= 990049);
    const upTo49 = (f: (m: (typeof minutes)[number]) => number) => stop39.reduce((n, m) => n + f(m), 0);
    expect(stop39).toHaveLength(39);
    expect(upTo49((m) => m.factsFound) / upTo49((m) => m.factsTotal)).toBeGreaterThanOrEqual(735 / 764 - MARGIN);
    expect(upTo49((m) => m.businessFound) / upTo49((m) => m.businessTotal)).toBeGreaterThanOrEqual(571 / 599 - MARGIN);
    const stop38 = minutes.filter((m) => m.mid <= 990047);
    const upTo47 = (f: (m: (typeof minutes)[number]) => number) => stop38.reduce((n, m) => n + f(m), 0);
    expect(stop38).toHaveLength(37);
    expect(upTo47((m) => m.factsFound) / upTo47((m) => m.factsTotal)).toBeGreaterThanOrEqual(697 / 725 - MARGIN);
    expect(upTo47((m) => m.businessFound) / upTo47((m) => m.businessTotal)).toBeGreaterThanOrEqual(543 / 570 - MARGIN);
    const stop37 = minutes.filter((m) => m.mid <= 990045);
    const upTo45 = (f: (m: (typeof minutes)[number]) => number) => stop37.reduce((n, m) => n + f(m), 0);
    expect(stop37).toHaveLength(35);
    expect(upTo45((m) => m.factsFound) / upTo45((m) => m.factsTotal)).toBeGreaterThanOrEqual(661 / 685 - MARGIN);
    expect(upTo45((m) => m.businessFound) / upTo45((m) => m.businessTotal)).toBeGreaterThanOrEqual(515 / 538 - MARGIN);
    const stop35 = minutes.filter((m) => m.mid <= 990039);
    const upTo39 = (f: (m: (typeof minutes)[number]) => number) => stop35.reduce((n, m) => n + f(m), 0);
    expect(stop35).toHaveLength(29);
    expect(upTo39((m) => m.factsFound) / upTo39((m) => m.factsTotal)).toBeGreaterThanOrEqual(549 / 565 - MARGIN);
    expect(upTo39((m) => m.businessFound) / upTo39((m) => m.businessTotal)).toBeGreaterThanOrEqual(426 / 441 - MARGIN);
    const stop30 = minutes.filter((m) => m.mid <= 990031);
    const upTo31 = (f: (m: (typeof minutes)[number]) => number) => stop30.reduce((n, m) => n + f(m), 0);
    expect(stop30).toHaveLength(21);
    expect(upTo31((m) => m.factsFound) / upTo31((m) => m.factsTotal)).toBeGreaterThanOrEqual(396 / 405 - MARGIN);
    expect(upTo31((m) => m.businessFound) / upTo31((m) => m.businessTotal)).toBeGreaterThanOrEqual(308 / 317 - MARGIN);
    // The three of stop 29 (a Council budget meeting, a Cabinet printed as decision records, a contested Planning
    // Committee), measured as they came in: 44/60 and 33/49 on their first runs; 56/60 and 45/49 at stop 29's end, now
    // 58/60 and 47/49 (round eleven); 57/60 and 46/49 at stop 30's end (990027's £105 out again); 58/60 and 47/49
    // after round nineteen (990026's April 2027); 59/60 and 48/49 at stop 34 (990026's 312 residents waiting).
    const stop29 = minutes.filter((m) => m.mid >= 990026 && m.mid <= 990028);
    const three = (f: (m: (typeof minutes)[number]) => number) => stop29.reduce((n, m) => n + f(m), 0);
    expect(stop29).toHaveLength(3);
    expect(three((m) => m.factsFound) / three((m) => m.factsTotal)).toBeGreaterThanOrEqual(59 / 60 - MARGIN);
    expect(three((m) => m.businessFound) / three((m) => m.businessTotal)).toBeGreaterThanOrEqual(48 / 49 - MARGIN);
    const newest = minutes.filter((m) => m.mid >= 990021 && m.mid <= 990024);
    const four = (f: (m: (typeof minutes)[number]) => number) => newest.reduce((n, m) => n + f(m), 0);
    expect(newest).toHaveLength(4);
    // After round eleven 74/77 and 58/61 (990022's new constables, 990024's food caddies and permit).
    expect(four((m) => m.factsFound) / four((m) => m.factsTotal)).toBeGreaterThanOrEqual(74 / 77 - MARGIN);
    expect(four((m) => m.businessFound) / four((m) => m.businessTotal)).toBeGreaterThanOrEqual(58 / 61 - MARGIN);
    // The first ten (990011–990020), after round seven: 183/190 and 138/145, business at the issue's 95%; after round
    // twelve 184/190 and 139/145 (990018's £14.6m), 183/190 and 138/145 again at stop 30's end; 184/190 and 139/145
    // after freeing words at the ceiling (990020's written briefing); 186/190 and 141/145 after round nineteen
    // (990019's 18.5%).
    const firstTen = minutes.filter((m) => m.mid >= 990011 && m.mid <= 990020);
    const ten = (f: (m: (typeof minutes)[number]) => number) => firstTen.reduce((n, m) => n + f(m), 0);
    expect(ten((m) => m.factsFound) / ten((m) => m.factsTotal)).toBeGreaterThanOrEqual(186 / 190 - MARGIN);
    expect(ten((m) => m.businessFound) / ten((m) => m.businessTotal)).toBeGreaterThanOrEqual(141 / 145 - MARGIN);
    // The first nine (990011–990019), before the tenth came in: 165/171 and 123/129, business at the issue's 95%; after
    // round twelve 165/170 and 124/129; 164/170 and 123/129 at stop 30's end; 166/170 and 125/129 after round nineteen.
    const firstNine = minutes.filter((m) => m.mid >= 990011 && m.mid <= 990019);
    const nine = (f: (m: (typeof minutes)[number]) => number) => firstNine.reduce((n, m) => n + f(m), 0);
    expect(nine((m) => m.factsFound) / nine((m) => m.factsTotal)).toBeGreaterThanOrEqual(0.965 - MARGIN);
    expect(nine((m) => m.businessFound) / nine((m) => m.businessTotal)).toBeGreaterThanOrEqual(125 / 129 - MARGIN);
    // The first seven (990011–990017), measured apart from the two that came in later: 126/130 and 93/97.
    const firstSeven = minutes.filter((m) => m.mid >= 990011 && m.mid <= 990017);
    const over = (f: (m: (typeof minutes)[number]) => number) => firstSeven.reduce((n, m) => n + f(m), 0);
    expect(over((m) => m.factsFound) / over((m) => m.factsTotal)).toBeGreaterThanOrEqual(0.969 - MARGIN);
    expect(over((m) => m.businessFound) / over((m) => m.businessTotal)).toBeGreaterThanOrEqual(0.959 - MARGIN);
    // The four in paragraph form (990011–990014) meet the issue's recall targets on their own: 68/70 and 49/51.
    const paragraphs = minutes.filter((m) => m.mid >= 990011 && m.mid <= 990014);
    const sum = (f: (m: (typeof minutes)[number]) => number) => paragraphs.reduce((n, m) => n + f(m), 0);
    expect(sum((m) => m.factsFound) / sum((m) => m.factsTotal)).toBeGreaterThanOrEqual(0.971 - MARGIN);
    expect(sum((m) => m.businessFound) / sum((m) => m.businessTotal)).toBeGreaterThanOrEqual(0.961 - MARGIN);
    // The issue's target: each summary at most 35% of its minutes' words.
    for (const m of minutes) expect(m.summaryWords / m.sourceWords, m.name).toBeLessThanOrEqual(0.35);
    expect(l.maxOverviewWords).toBeLessThanOrEqual(60);
    // The minutes whose accounts and questions are lists (MId 990015): no list run together into one bullet, and the
    // overview's key point at its fact, not at who introduced the report.
    const lists = minutes.find((m) => m.mid === 990015)!;
    // Measured 20/20 and 16/16 (the waiting list, the vacant posts, the savings at risk, the Living Wage's cost, the
    // patients awaiting discharge and the online booking system from March 2026, once missed, are kept).
    expect(lists.factsFound / lists.factsTotal).toBeGreaterThanOrEqual(1 - MARGIN);
    expect(lists.businessFound / lists.businessTotal).toBeGreaterThanOrEqual(1 - MARGIN);
    const texts = lists.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(texts.filter((t) => /\b(?:advised that|as follows):.*; /.test(t))).toEqual([]);
    // Said whole, once "decided on Winter Planning and Hospital Discharge" gave way: not clipped at "… in…".
    expect(lists.summary.overview).toMatch(
      /Key point: Adult social care was forecast to overspend by £4\.3m in 2025\/26\.$/,
    );
    // The Corporate Parenting Panel (MId 990016, 19/20 and 15/16 after round thirteen, 18/20 and 14/16 before): its
    // performance table whole, with its header row (no cell a heading or a bullet), and an overview that says what was
    // asked for, not "decided on".
    const cpp = minutes.find((m) => m.mid === 990016)!;
    expect(cpp.factsFound / cpp.factsTotal).toBeGreaterThanOrEqual(0.95 - MARGIN);
    expect(cpp.businessFound / cpp.businessTotal).toBeGreaterThanOrEqual(15 / 16 - MARGIN);
    const tables = cpp.summary.sections.flatMap((s) => s.tables);
    expect(tables.map((t) => t.header)).toEqual([["Indicator", "Target", "Quarter 2 2025/26", "Quarter 1 2025/26"]]);
    expect(tables[0]!.rows).toHaveLength(6);
    expect(cpp.summary.sections.filter((s) => /^\d+%$/.test(s.heading))).toEqual([]);
    expect(cpp.summary.overview).not.toMatch(/decided on|made recommendations on/);
    expect(cpp.summary.overview).toContain(
      "recommended that Cabinet extend the council tax exemption for care leavers",
    );
    expect(cpp.summary.overview).toMatch(/Key point: The placements budget was forecast to overspend by £2\.7m/);
    // The advisory panel's minutes (MId 990017): 18/20 and 12/14 of its facts within 35% of its words; each petition
    // one line with who presented it and where it went, each amendment one line with what became of it.
    const panel = minutes.find((m) => m.mid === 990017)!;
    expect(panel.factsFound).toBeGreaterThanOrEqual(18);
    expect(panel.businessFound).toBeGreaterThanOrEqual(12);
    const panelTexts = panel.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(panelTexts.filter((t) => /^\d+ signatures .* \u2014 presented by .*; referred to /.test(t))).toHaveLength(2);
    expect(
      panelTexts.filter((t) =>
        /^Amendment moved by .*, seconded by .*\((?:lost|carried), \d+ votes to \d+\)\.$/.test(t),
      ).length,
    ).toBeGreaterThanOrEqual(1);
    // The advisory panel (MId 990017, 20/20 and 14/14 measured): held to words, the programme's £640,000 for local
    // safety schemes (the largest of six sums one sentence lists) and the cycle journeys from 190 to 430 a day (beside
    // the comments' result, the vote said with the decision) are kept.
    const traffic = panel;
    expect(traffic.businessFound / traffic.businessTotal).toBeGreaterThanOrEqual(1 - MARGIN);
    const cycleLane = traffic.summary.sections.find((s) => s.heading.startsWith("Kenton Road Cycle Lane"))!;
    expect(cycleLane.decision).toMatch(/The recommendation as amended was carried, 5 votes to 2, 1 abstaining\.$/);
    // The audit committee (MId 990018, 19/20 and 15/16 at stop 30's end; 20/20 and 16/16 after round twelve on its branch, 19/20 and 15/16 before it (18/20 and 14/16 before round six), 14/20 and 10/16 on its first run): an auditor's
    // verdicts and counts in words kept when held to words, the accounts' vote said with their approval, and the
    // overview's key point the expected opinion on the accounts.
    const garms = minutes.find((m) => m.mid === 990018)!;
    expect(garms.factsFound).toBeGreaterThanOrEqual(19);
    expect(garms.businessFound).toBeGreaterThanOrEqual(15);
    const accounts = garms.summary.sections.find((s) => s.heading.startsWith("Statement of Accounts"))!;
    expect(accounts.decision).toMatch(/approved\b.*The recommendation was carried, 6 votes to 2\.$/);
    expect(garms.summary.overview).toMatch(
      /Key point: The firm expected to issue an unqualified opinion on the accounts/,
    );
    // Every planning application of a long Planning Committee gets its own line, each once.
    const planning = minutes.find((m) => m.name.startsWith("Planning Committee"))!;
    const lines = planning.summary.sections.map((s) => s.decision ?? "");
    for (const ref of ["PL/1874/25", "PL/1551/25", "PL/2207/25", "PL/0988/25", "PL/1320/25"])
      expect(
        lines.filter((d) => d.includes(ref)),
        ref,
      ).toHaveLength(1);
  });

  it("condenses a Pension Fund Committee's long minutes (MId 990019, a committee the engine was not tuned on; floors: 20/20 and 16/16 measured after round nineteen, 34.6% of its words; 19/20 and 15/16 before, 33.9%; first run 17/20, 13/16 and 34.0%)", () => {
    const pension = longMinutesAt(990019, 1, 1);
    const texts = pension.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    // The motion to defer, moved in a sentence, said once with its seconder and what became of it.
    expect(
      texts.filter((t) => /^Motion moved by .*, seconded by .*: that .*\(lost, 2 votes to 5\)\.$/.test(t)),
    ).toHaveLength(1);
    // The reserves table paired up, the apology printed after it said as an apology.
    expect(pension.summary.procedural).toMatch(
      /Reserves: Yasmin Bhatti for Desmond Halloran\. Apologies: Gareth Pelham\b/,
    );
    // The administration table whole, with its header row.
    const tables = pension.summary.sections.flatMap((s) => s.tables);
    expect(tables.map((t) => t.header)).toEqual([["Indicator", "Target", "Quarter 2 2025/26", "Quarter 1 2025/26"]]);
    // An overview of outcomes: no agenda title cut to a few words.
    expect(pension.summary.overview).not.toMatch(/\u2026/);
    expect(pension.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it("condenses a Health and Wellbeing Board's long minutes (MId 990020, a board the engine was not tuned on; floors: 20/20 and 16/16 after freeing words at the ceiling (its written briefing by 31 January 2026), 34.9% of its words; 19/20 and 15/16 measured after round seven, 33.6% of its words; 18/20 and 14/16 with engine 1.19.0; first run 16/20, 12/16 and 32.5%)", () => {
    const board = longMinutesAt(990020, 1, 1);
    // The board's own decision and its recommendation to Cabinet under one minute: both said.
    const decisions = board.summary.sections.map((s) => s.decision ?? "");
    expect(decisions.filter((d) => /was approved\. Recommended to Cabinet: /.test(d))).toHaveLength(1);
    // Papers asked for the board's meeting on 12 March 2026 are still to come.
    expect(decisions.filter((d) => /\b(?:was|were) (?:brought|presented) to the Board\b/.test(d))).toEqual([]);
    // Apologies after the reserves table said as apologies; the closing times no point of the last item.
    expect(board.summary.procedural).toMatch(/Reserves: Tariq Hollins for Maureen Ashby\. Apologies: Helena Marsh\b/);
    const texts = board.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(texts.filter((t) => /^The meeting started at\b/.test(t))).toEqual([]);
    expect(board.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it("condenses a Call-In Sub-Committee's long minutes (MId 990024, written by the lead, a sub-committee the engine was not tuned on; floors: 19/20 and 15/16 measured after round eleven, 33.4% of its words; 17/20 and 13/16 after round nine, 32.1%; 16/20 and 12/16 after round eight; first run 14/20, 10/16 and 33.0%)", () => {
    const callIn = longMinutesAt(990024, 19 / 20, 15 / 16);
    // One call-in upheld on one ground and referred back, the other not upheld: the overview says each as it went.
    expect(callIn.summary.overview).toMatch(/\breferred back Cabinet's decision on\b/);
    expect(callIn.summary.overview).toMatch(/\bdid not uphold the call-in of the Portfolio Holder's decision\b/);
    const decisions = callIn.summary.sections.map((s) => s.decision ?? "");
    expect(decisions.join(" ")).not.toMatch(/will be not upheld|was implemented/);
    // The protocol is standing business; the closing time and the signature are no line at all.
    expect(callIn.summary.procedural).toMatch(/Protocol for the Operation of the Call-In Sub-Committee noted\./);
    expect(callIn.summary.procedural).not.toMatch(/Signed|closed at/);
    expect(callIn.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it("condenses an Overview and Scrutiny Committee's long minutes (MId 990022, a committee the engine was not tuned on; floors: 18/20 and 14/16 measured after round eleven, 34.1% of its words; 17/20 and 13/16 before, 33.9%; first run 16/20, 12/16 and 34.5%)", () => {
    const scrutiny = longMinutesAt(990022, 18 / 20, 14 / 16);
    // The review's main recommendation is said among its points, not only that recommendations went to Cabinet.
    const texts = scrutiny.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(texts.filter((t) => /\byouth hub\b/.test(t) && /\bWealdstone\b/.test(t))).toHaveLength(1);
    // Two posts thanked take "were"; the answers noted are a clause of their own, with no "that" left over.
    const decisions = scrutiny.summary.sections.map((s) => s.decision ?? "");
    expect(decisions.filter((d) => /\bwere thanked for attending and the answers were noted\b/.test(d))).toHaveLength(
      1,
    );
    expect(scrutiny.summary.procedural).not.toMatch(/\band that\b/);
    // The overview says what the committee passed on to Cabinet, and no title or key point cut short.
    expect(scrutiny.summary.overview).toMatch(/\breferred its comments on the draft revenue budget 2026\/27 and\b/);
    expect(scrutiny.summary.overview).not.toMatch(/\u2026/);
    expect(scrutiny.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it("condenses an Employees' Consultative Forum's long minutes (MId 990023, a forum the engine was not tuned on; floors: 18/18 and 14/14 measured after round eight, 34.4% of its words; 16/18 and 12/14 on main before it, 31.3%; 17/18 and 13/14 on its own branch, before round seven's span-as-headline rule took the sickness item's words; first run 15/18, 11/14 and 29.1%)", () => {
    const forum = longMinutesAt(990023, 18 / 18, 14 / 14);
    // "The figure had risen from … a year earlier" said with the figure it rose to, in one point.
    const texts = forum.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(texts.filter((t) => /^The figure had risen\b/.test(t))).toEqual([]);
    // The Chair from the Employees' side, named with the union, beside the Vice-Chair from the Council side.
    expect(forum.summary.procedural).toMatch(
      /Joanne Pryce \(UNISON\) appointed Chair and Cllr Dev Malhotra Vice-Chair/,
    );
    // An overview that says what was referred, and to whom, rather than "decided on" an agenda title.
    expect(forum.summary.overview).toMatch(
      /\breferred the Employees' side's proposal\b[^.]*\bto the Joint Secretaries\b/,
    );
    expect(forum.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it("condenses a Tenants', Leaseholders' and Residents' Consultative Forum's long minutes (MId 990025, a housing forum the engine was not tuned on; floors: 18/18 and 14/14 after standing lines, stop 33 (its HRA reserves with the words freed), 34.9% of its words; 17/18 and 13/14 measured after round nine, 34.6%; 15/18 and 11/14 after round eight; first run 12/18, 8/14 and 28.5%)", () => {
    const forum = longMinutesAt(990025, 18 / 18, 14 / 14);
    // The associations named, the leave to speak said short; the Chair's welcome no standing line.
    expect(forum.summary.procedural).toMatch(
      /Associations represented: [^.]*\. All representatives allowed to speak\./,
    );
    expect(forum.summary.procedural).not.toMatch(/\bwelcomed\b|RESOLVED/);
    // The Forum's own nomination said as what it will do, and the overview states the outcomes.
    const decisions = forum.summary.sections.map((s) => s.decision ?? "");
    expect(decisions).toContain(
      "The Forum will nominate two of its representatives to sit on the Resident Scrutiny Panel.",
    );
    expect(forum.summary.overview).toMatch(/\breferred the Forum's comments\b[^.]*\bto Cabinet\b/);
    expect(forum.summary.overview).not.toMatch(/\bother decisions?\b/);
    expect(forum.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it("condenses a contested Planning Committee's long minutes (MId 990028, written apart from 990012 the engine was tuned on; floors: 20/20 and 17/17 measured at stop 29's end (19/20 and 16/17 on its own branch), 34.9% of its words; first run 16/20, 13/17 and 44.1%)", () => {
    const planning = longMinutesAt(990028, 20 / 20, 17 / 17);
    // Each application one line, outcome first: its vote as counted, the officers' view, its address and reference.
    const decisions = planning.summary.sections.map((s) => s.decision ?? "");
    expect(decisions).toContainEqual(
      expect.stringMatching(/^Granted \(by 5 votes to 3\), as officers recommended: .*\(PL\/2614\/25\)/),
    );
    expect(decisions).toContainEqual(
      expect.stringMatching(
        /^Refused \(by 6 votes to 2\), contrary to the officer recommendation to grant: .*\(PL\/2290\/25\)/,
      ),
    );
    expect(decisions).toContainEqual(expect.stringMatching(/^Deferred \(voted unanimously\): .*\(PL\/1987\/25\)/));
    expect(decisions).toContainEqual(expect.stringMatching(/^Withdrawn: .*\(PL\/2101\/25\)/));
    // The appeals report is its own item, not the next application's minute read into it.
    const appeals = planning.summary.sections.find((s) => /Appeals/.test(s.heading))!;
    expect(appeals.decision).toBe("The report was noted.");
    expect(appeals.bullets.map((b) => b.text).join(" ")).not.toMatch(/PROPOSAL|Section 106/);
    expect(planning.summary.overview).toMatch(
      /\bgranted 3 applications and refused 1 \(1 against the officers' recommendation\)/,
    );
    expect(planning.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it("condenses a Standards Committee's long minutes (MId 990029, a committee the engine was not tuned on; floors: 20/20 and 16/16 at stop 31 (the complaints' count said with its total), 35.0% of its words (727 of 2,080); 19/20 and 15/16 before, 34.9%; first run 17/20, 13/16, 35.0% and a 61-word overview)", () => {
    const standards = longMinutesAt(990029, 20 / 20, 16 / 16);
    expect(standards.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    // The Monitoring Officer's complaints said by what became of them, without who decided.
    const texts = standards.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(texts).toContain("12 of the complaints called for no further action, and 3 had been resolved informally.");
    // The independent member appointed to the chair keeps the appointment; four councillors named were granted.
    expect(standards.summary.procedural).toMatch(/Ruth Abernethy, an Independent Member, appointed Chair\b/);
    const decisions = standards.summary.sections.map((s) => s.decision ?? "");
    expect(decisions).toContainEqual(
      expect.stringMatching(/^Councillors .* and Yusuf Karimi were granted a dispensation\b/),
    );
  });

  it("condenses a Cabinet's long minutes printed as decision records (MId 990027: RECOMMENDED then RESOLVED ITEMS, a reference from Overview and Scrutiny answered, a call-in waived; floors: 19/20 and 15/16 after round eighteen (the £105 with the words of the reference's introduction and stated reason), 35.0%; 18/20 and 14/16 at stop 30's end (19/20 and 15/16 after round eleven on its branch), 34.9% of its words; 18/20 and 14/16 after round ten, 34.7%; 17/20 and 13/16 and 34.2% before; first run 14/20, 10/16 and 44.9%)", () => {
    // With it the sixteen long minutes measure 285/305 and 216/236 (93.4%, 91.5%), within the aggregate floors above.
    const cabinet = longMinutesAt(990027, 19 / 20, 15 / 16);
    // The reference Cabinet answered is business with its decision, not a standing line; no Cabinet formula anywhere.
    expect(cabinet.summary.procedural).not.toMatch(/\breference\b|Alternative Options|Conflict of Interest/);
    const decisions = cabinet.summary.sections.map((s) => s.decision ?? "");
    expect(decisions.some((d) => /\brecommendation 3 was agreed in part\b/.test(d))).toBe(true);
    expect(decisions.some((d) => /Call-in waived on the grounds of urgency\.$/.test(d))).toBe(true);
    expect(decisions.join(" ")).not.toMatch(/following consultation with the Portfolio Holder|Alternative Options/);
    expect(cabinet.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it("condenses a Council budget meeting's long minutes (MId 990026, the February Council that sets the budget and the Council Tax, a shape the engine was not tuned on; floors: 20/20 and 16/16 measured after round nineteen, 34.9% of its words; 19/20 and 15/16 after round eleven, 34.6%; 18/20 and 14/16 before, 34.1%; first run 14/20, 10/16 and 33.4%)", () => {
    const budget = longMinutesAt(990026, 1, 1);
    // Each recorded vote said by its count, never by the councillors' names it lists.
    const texts = budget.summary.sections.flatMap((s) => [s.decision ?? "", ...s.bullets.map((b) => b.text)]);
    expect(texts.join(" ")).toMatch(
      /\bCabinet's recommendation of 12 February 2026 carried by 31 votes to 22, 1 abstaining \(recorded vote\)/,
    );
    expect(
      texts.some((t) =>
        /^Amendment moved by [^:]+: "[^"]+" \(lost, 22 votes to 31, 1 abstaining; recorded vote\)\.$/.test(t),
      ),
    ).toBe(true);
    expect(texts.filter((t) => /\bCouncillors [A-Z][\w']+, [A-Z][\w']+, [A-Z]/.test(t))).toEqual([]);
    // The overview states the outcomes: the Council Tax set and the amendment rejected.
    expect(budget.summary.overview).toMatch(
      /\bset the Council Tax for 2026\/27 \(Band D £2,405\.59, up 4\.99%[^)]*\), rejecting an amendment\b/,
    );
    expect(budget.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it("condenses a Licensing Panel's long minutes (MId 990021, two hearings the engine was not tuned on; floors: 19/19 and 15/15 measured, 34.9% of its words, first run 17/19, 14/15 and 41.1%)", () => {
    const panel = longMinutesAt(990021, 1, 1);
    // Each decision is the outcome, not the list of what the Panel took into account; the conditions stay conditions.
    const decisions = panel.summary.sections.map((s) => s.decision ?? "").filter(Boolean);
    expect(decisions.filter((d) => /having taken into account|Human Rights Act/.test(d))).toEqual([]);
    expect(
      decisions.filter((d) => /^The application for a premises licence for .* was granted in part\b/.test(d)),
    ).toHaveLength(1);
    expect(decisions.filter((d) => /\bwas sold\b/.test(d))).toEqual([]);
    // The overview says both outcomes: the grant (never a refusal) and the review's suspension.
    expect(panel.summary.overview).toMatch(
      /\bgranted the application for a premises licence for Kenton Local Express in part \(alcohol 08:00 to 23:00\)/,
    );
    expect(panel.summary.overview).toMatch(
      /\bsuspended the premises licence for Headstone Food and Wine for four weeks\b/,
    );
    expect(panel.summary.overview).not.toMatch(/\brefused\b/);
    expect(panel.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    // "In attendance:" heads the hearing, not a list of names.
    expect(panel.summary.sections.map((s) => s.heading)).not.toContain("In attendance");
  });

  // A Licensing Committee on policy (MId 990030, long-licensing-policy branch).
  it("condenses a Licensing Committee's long minutes on policy (MId 990030, a licensing policy, a cumulative impact assessment, fees, a draft put to consultation and an annual report, not a hearing; floors: 19/20 and 15/16 measured after round twenty-one, 34.9% of its words; 18/20 and 14/16 after round twelve, 34.8%; 17/20 and 13/16 before, 34.4%; first run 15/20, 11/16 and 34.9%)", () => {
    const licensing = longMinutesAt(990030, 19 / 20, 15 / 16);
    const decisions = licensing.summary.sections.map((s) => s.decision ?? "");
    // Where the policy is printed, and the second resolution's "RESOLVED: That", are not in the decisions.
    expect(decisions.join(" ")).not.toMatch(/Appendix 1|RESOLVED|That officers/);
    expect(decisions).toContainEqual(expect.stringMatching(/^Recommended to Council: adopt the revised Statement/));
    // The amendment and its count in one line.
    const bullets = licensing.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(bullets).toContainEqual(
      expect.stringMatching(
        /^Amendment moved by Councillor .+, seconded by Councillor .+: that Northolt Road .*\(lost, 4 votes to 6\)\.$/,
      ),
    );
    expect(licensing.summary.overview).toMatch(/recommended to Council the revised Statement of Licensing Policy/);
    expect(licensing.summary.overview).toMatch(/put out to consultation the draft Sexual Entertainment Venue Policy/);
    expect(licensing.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  // A Grants Advisory Panel (MId 990031, long-grants branch).
  it("condenses a Grants Advisory Panel's long minutes (MId 990031, a grants round recommended to Cabinet, small grants, monitoring, appeals and a Part II recovery, a panel the engine was not tuned on; floors: 20/20 and 16/16 at stop 35 (its scoring bands, with the words the page openings' standing lines freed); 19/20 and 15/16 measured before, 34.2% of its words; first run 15/20, 11/16, 34.7% and an overview of titles)", () => {
    const grants = longMinutesAt(990031, 1, 1);
    // The round counted: applications received and what they asked for.
    const bullets = grants.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(bullets).toContainEqual(
      expect.stringMatching(/\b74 applications had been received, asking for .*£1,236,400/),
    );
    // A resolution of two steps and one on a condition, said as what will happen.
    const decisions = grants.summary.sections.map((s) => s.decision ?? "");
    expect(decisions.join(" ")).not.toMatch(/, and that the Director/);
    expect(decisions).toContainEqual(expect.stringMatching(/will be released only if it submits/));
    // The overview says what was recommended, not only titles.
    expect(grants.summary.overview).toMatch(
      /recommended to Cabinet grants totalling £538,900 to be awarded to the 23 organisations/,
    );
    expect(grants.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  // An Education Strategy Consultative Forum (MId 990033, long-education-forum branch).
  it("condenses an Education Strategy Consultative Forum's long minutes (MId 990033, printed in two parts: term dates recommended to the Portfolio Holder and a school's expansion to Cabinet, then standing items, a school places forecast, Ofsted outcomes and a SEND update; a forum the engine was not tuned on; floors: 18/20 and 13/15 measured, 34.9% of its words; first run 15/20, 10/15, 34.6% and an overview of titles)", () => {
    const forum = longMinutesAt(990033, 18 / 20, 13 / 15);
    // The consultation's result: the share of those who answered that preferred the option recommended.
    const bullets = forum.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(bullets).toContainEqual(
      expect.stringMatching(/^Seventy-one per cent of those who responded had preferred Option A/),
    );
    // The overview says what was recommended, and to whom, not the agenda titles.
    expect(forum.summary.overview).toMatch(
      /recommended to the Portfolio Holder the school term dates for 2027\/28, and to Cabinet the permanent expansion of Elmgrove Vale Primary School/,
    );
    expect(forum.summary.overview).not.toMatch(/School Places Planning/);
    expect(forum.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    // Apologies with the constituency each member represents, one by one.
    expect(forum.summary.procedural ?? "").toMatch(/Apologies: Gideon Farrant \(Teachers' Constituency\); /);
  });

  // A Standing Advisory Council for Religious Education (MId 990034, long-sacre branch).
  it("condenses a SACRE's long minutes (MId 990034: an opening reflection, new members nominated by faith groups and a union, RE examination results, the annual report to the DfE, a determination on collective worship, the Agreed Syllabus review recommended to the Portfolio Holder, monitoring visits; a body the engine was not tuned on; floors: 20/20 and 15/15 measured, 34.4% of its words (697 of 2,027); first run 16/20, 12/15, 34.7%, the reflection's line broken and an overview ending 'and 1 other decision')", () => {
    const sacre = longMinutesAt(990034, 20 / 20, 15 / 15);
    // What was recommended, as a clause; the decisions beyond the four said are no longer counted beside them
    // (stop 38: docs/summaries.md#overviews-read-as-a-resident-stop-38).
    expect(sacre.summary.overview).toMatch(
      /and recommended to the Portfolio Holder that the Agreed Syllabus Conference be convened\.$/,
    );
    expect(sacre.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    // The share of pupils said with the count of those entered, from the sentence before.
    const bullets = sacre.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(bullets).toContainEqual(expect.stringMatching(/^Of the 1,186 pupils entered, 82% had achieved grade 4/));
    // A report to be sent by a dated day has not been sent yet.
    const decisions = sacre.summary.sections.map((s) => s.decision ?? "").join(" ");
    expect(decisions).toMatch(/The report will be sent to the Department for Education .* by 31 March 2026/);
    // The reflection and the new members, one line each.
    expect(sacre.summary.procedural ?? "").toMatch(
      /Opening reflection: Kavita Rajani \(a Hindu member of SACRE\), on Holi\./,
    );
    expect(sacre.summary.procedural ?? "").toMatch(
      /New members appointed: Rabbi Elias Kornfeld \(nominated by Stanmore Hill Synagogue, Group A\); Olamide Fashola/,
    );
  });

  // A Pension Board (MId 990032, long-pension-board branch).
  it("condenses a Pension Board's long minutes (MId 990032, administration KPIs, breaches not reported to the Regulator, data scores, a cyber review recommended to the Pension Fund Committee, a board the engine was not tuned on; floors: 17/20 and 12/15 measured after round sixteen, 34.3% of its words (17/20 and 12/15, 34.8% before it); first run 17/20, 12/15, 34.9% and an overview of titles; 18/20 and 13/15 after round thirty-one)", () => {
    // Floors raised at stop 37 to 18/20 and 13/15 as measured (the transfer-in quotations at 72% found again by the
    // overview's rules, and the breach reported to the Information Commissioner's Office by round thirty-one).
    const board = longMinutesAt(990032, 19 / 20, 14 / 15);
    // The breach reported to the Information Commissioner's Office, said to its referral with what it points back to.
    const points = board.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(points.join(" ")).toMatch(
      /sent to an old address\. It had been reported to the Information Commissioner's Office as a data breach\./,
    );
    // Its one recommendation, to the Pension Fund Committee, said in its own words in the overview; since stop 37
    // (docs/summaries.md#a-joint-committees-minutes) as the step, "commissioning an independent review of …".
    expect(board.summary.overview).toMatch(
      /recommended to the Pension Fund Committee (?:that |commissioning )?an independent review of/,
    );
    // What it asked the next report to show, never "decided on" an item's title
    // (docs/summaries.md#overviews-read-as-a-resident-stop-37).
    expect(board.summary.overview).toMatch(/\basked for the next report on administration performance to show\b/);
    expect(board.summary.overview).not.toMatch(/\bdecided on\b/);
    expect(board.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    // A meeting the resolution sets is still to come; members asked to finish training by a date will do so.
    const decisions = board.summary.sections.map((s) => s.decision ?? "").join(" ");
    expect(decisions).toMatch(/the next meeting will be held on 14 July 2026/);
    expect(decisions).toMatch(/will do so by 30 June 2026/);
  });

  // A Major Developments Panel (MId 990035, long-mdp branch).
  it("condenses a Major Developments Panel's long minutes (MId 990035, a developer's pre-application presentation the Panel comments on without deciding, levy allocations recommended to Cabinet, an area plan's consultation and a strategic sites update; a panel the engine was not tuned on; floors: 18/20 and 14/16 measured after round twenty, 34.9% of its words (17/20 and 13/16, 34.7% before it); first run 14/20, 10/16, 34.6% and an overview of titles)", () => {
    const panel = longMinutesAt(990035, 18 / 20, 14 / 16);
    // A presentation the Panel only heard is said as heard and commented on, never as if the Panel passed the scheme.
    expect(panel.summary.overview).toMatch(/heard and commented on a presentation on Former Colart Works/);
    expect(panel.summary.overview).not.toMatch(/noted Presentation|approved/);
    // What it recommended to Cabinet, with its sum.
    expect(panel.summary.overview).toMatch(
      /recommended to Cabinet allocating £4\.75m of strategic Community Infrastructure Levy/,
    );
    expect(panel.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    // The Chair's reminder that the Panel decides nothing, and the plan's next step said to its date.
    const bullets = panel.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(bullets).toContainEqual(
      expect.stringMatching(/not being asked to take any decision .* would not bind the Planning Committee\.$/),
    );
    expect(bullets).toContainEqual(expect.stringMatching(/Regulation 19 consultation in September 2026\.$/));
  });

  // A special Overview and Scrutiny Committee's question-and-answer session (MId 990037, written by the lead, stop 33).
  it("condenses a question-and-answer session with the Leader and the Chief Executive (MId 990037, one long item of questions in summary beside two short items; a meeting shape the engine was not tuned on; floors: 19/20 and 16/17 after round twenty-three (no library to close), 34.2% of its words; 18/20 and 15/17 after round seventeen, 34.1% (16/20 and 13/17, 34.3% before it); first run 12/20, 9/17, 34.0%)", () => {
    const session = longMinutesAt(990037, 19 / 20, 16 / 17);
    // The session's one outcome, the concerns referred to Cabinet, is in the overview beside the questioning.
    expect(session.summary.overview).toMatch(
      /questioned the Leader of the Council and the Chief Executive, referring its concerns about the rising cost of home-to-school transport/,
    );
    expect(session.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    const bullets = session.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    // An answer is led by what it was asked about, where the answer alone does not say it.
    expect(bullets).toContainEqual(
      expect.stringMatching(/^On Harrow's recycling rate, Leader: The rate had been 38\.2%/),
    );
    // No question stands without its answer when its figure is said elsewhere.
    expect(bullets.filter((b) => /^A Member asked how the Council would close the gap/.test(b))).toEqual([]);
  });

  // A Planning Policy Advisory Panel (MId 990036, long-ppap branch; first run 16/20, 12/16). At stop 33's end, with
  // "Officers recommended …" read as the decision said twice, 18/20 and 14/16.
  it("condenses a Planning Policy Advisory Panel's long minutes (MId 990036, a plan-making timetable, a conservation area after consultation, a building heights guide for consultation and an Article 4 direction, each recommended to Cabinet; a panel the engine was not tuned on; floors: 20/20 and 16/16 at stop 34's end (examples named in passing), 34.8% of its words; 19/20 and 15/16 after round nineteen, 34.6%; 18/20 and 14/16 before, 34.5%; first run 16/20, 12/16, 34.6%, an overview of titles and a 23.8% procedural share)", () => {
    const panel = longMinutesAt(990036, 1, 1);
    // What it recommended, said once to Cabinet and in its own words, never "made recommendations on" a title.
    expect(panel.summary.overview).toMatch(/recommended to Cabinet the Local Development Scheme 2026 to 2029/);
    expect(panel.summary.overview).toMatch(/that the Ashbourne Gardens Conservation Area be designated/);
    expect(panel.summary.overview).not.toMatch(/made recommendations on|to Cabinet[^.]*to Cabinet/);
    expect(panel.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    // The member's amendment to the minutes is one line, not the exchange as printed.
    expect(panel.summary.procedural).toMatch(
      /Minutes of 13 January 2026 approved, subject to an amendment asked for by Cllr Victor Mbeki to record /,
    );
    expect(panel.summary.procedural).not.toMatch(/The Chair said/);
  });

  // A Schools Forum (MId 990039, long-schools-forum branch, stop 35): de-delegation voted on phase by phase, then
  // "That the de-delegation decisions set out above be recorded"; a block transfer agreed on a vote; a formula option
  // recommended to Cabinet.
  it("condenses a Schools Forum's long minutes (MId 990039, the Dedicated Schools Grant and its blocks, a high needs deficit plan, a funding formula option recommended to Cabinet, a block transfer agreed on a vote, de-delegation voted on by phase, early years rates, a shape the engine was not tuned on; floors: 19/20 and 14/15 at round twenty-eight's end on its branch (18/20 and 13/15 at stop 35's end, every branch merged; 19/20 and 14/15 at round twenty-four's end on its branch; 17/20 and 12/15 at the long-schools-forum branch's end), 34.8% of its words, a 59-word overview and a 19.3% procedural share; first run 15/20, 10/15, 35.0% of its words, an overview naming the transfer and 'that the early years hourly rates for 2026/27 be set' with '7 other decisions', a 26.2% procedural share)", () => {
    const forum = longMinutesAt(990039, 20 / 20, 15 / 15);
    // The votes by phase are the decision, each with its phase, never "the decisions set out above were recorded".
    const decisions = forum.summary.sections.map((s) => s.decision ?? "");
    expect(decisions).toContainEqual(
      expect.stringMatching(
        /^Maintained primary members voted unanimously \(8 votes\) to de-delegate all four services/,
      ),
    );
    expect(decisions).toContainEqual(
      expect.stringMatching(
        /Maintained secondary members voted by 2 votes to 1 .*voted against de-delegating behaviour support/,
      ),
    );
    expect(decisions.filter((d) => /set out above/.test(d))).toEqual([]);
    // The option chosen is the outcome said in the overview, never cut away.
    expect(forum.summary.overview).toMatch(
      /recommended to Cabinet that the local funding formula for 2026\/27 be set as Option B/,
    );
    expect(forum.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    // Changes of membership say who replaced whom, not the clerk's report.
    expect(forum.summary.procedural).toMatch(/^Membership: Rosalind Penhallow replaced Tobias Wrenfield \(elected by /);
    expect(forum.summary.procedural).not.toMatch(/The Clerk reported/);
    // Shorter standing lines (round twenty-five): whom a member represents without its gloss, a matter arising
    // without the aside on what the letter asked.
    expect(forum.summary.procedural).toMatch(/Kezia Oyelaran \(Early years providers\);/);
    expect(forum.summary.procedural).toMatch(
      /Matters arising: the letter agreed at the last meeting sent on 2 December 2025\./,
    );
  });

  // An Annual Council (MId 990038, long-annual-council branch, stop 35): the mayor-making meeting that opens a
  // municipal year, its Cabinet and committees' Chairs resolved as tables.
  it("condenses an Annual Council's long minutes (MId 990038: the Mayor elected and the Deputy Mayor appointed, a vote of thanks, the Leader's Cabinet and the committees' Chairs resolved as tables, an amendment on a Chair lost on a recorded vote, a change to the Constitution, the programme of meetings; a meeting shape the engine was not tuned on; floors: 17/20 and 13/15 measured, 34.8% of its words (728 of 2,091) and a 48-word overview; first run 17/20, 13/15, 43.8% of its words (a minute title broken over two lines let one item's decision run into the next's account, the tables printed cell by cell) and a 39-word overview ending 'and made 7 other decisions'; round twenty-six: 18/20 and 14/15, 731 of 2,091 words (35.0%), the amendment on the Overview and Scrutiny Chair lost 22 to 31 said)", () => {
    const council = longMinutesAt(990038, 18 / 20, 14 / 15);
    // Who was elected, and what else the meeting did, said first.
    expect(council.summary.overview).toMatch(
      /elected Cllr Anjali Desai Mayor for 2026\/27, appointed Cllr Roderick Tennant Deputy Mayor for 2026\/27/,
    );
    expect(council.summary.overview).toMatch(/noted the Leader's appointments to the Cabinet for 2026\/27/);
    expect(council.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    const decisions = council.summary.sections.flatMap((s) => (s.decision ? [s.decision] : []));
    // The tables of appointments are short lines that keep the names, never cells run together.
    expect(decisions).toContainEqual(
      expect.stringContaining(
        "Overview and Scrutiny Committee: Cllr Barry Lindqvist (Chair), Cllr Joanne Whitcombe (Vice-Chair)",
      ),
    );
    expect(decisions).toContainEqual(expect.stringContaining("Climate and Green Spaces: Cllr Henry Vasquez;"));
    expect(decisions.filter((d) => d.includes("|"))).toEqual([]);
    // The committees' decision stops at its own last clause: the next minute's account is not in it.
    expect(decisions.filter((d) => /Council received a reference/.test(d))).toEqual([]);
    // The clauses every appointing resolution carries beside its names are not said (round twenty-five).
    expect(
      decisions.filter((d) => /as nominated by the groups|authorised to make changes to the membership/.test(d)),
    ).toEqual([]);
    expect(decisions).toContainEqual(
      expect.stringMatching(/^Councillor Anjali Desai was elected Mayor for 2026\/27\.$/),
    );
  });

  // A Portfolio Holder's decision meeting (MId 990040, long-portfolio-holder branch, stop 36): one Cabinet member
  // deciding in public, each decision printed "RESOLVED: That the Portfolio Holder (1) approve …; (2) agree that …",
  // an attendance item naming who took the decisions, a closing item on the call-in period.
  it("condenses a Portfolio Holder's decision meeting's long minutes (MId 990040: objections to a parking zone extension after a statutory consultation, fees and charges with a % rise, a contract award above the threshold, a policy adopted with a requirement added at a speaker's request, the call-in date; a shape the engine was not tuned on; floors: 20/20 and 18/18 measured (round twenty-nine, the crossover policy's 4.8 metres; 19/20 and 17/18, 752 words, before it), 34.8% of its words (769 of 2,211), a 59-word overview naming the Portfolio Holder and her four decisions, a 7.3% procedural share; first run 18/20, 16/18, 34.8% of its words (769), a 52-word overview 'The Portfolio Holder Decision Meeting - Highways and Environment met … and approved Objections to the Proposed Extension…, … and noted Call-in of Decisions; it also discussed Attendance', a 4.2% procedural share)", () => {
    const meeting = longMinutesAt(990040, 20 / 20, 18 / 18);
    // Who decided, and what, said first; never an agenda title after "approved", the call-in period or the attendance.
    expect(meeting.summary.overview).toMatch(
      /^Cllr Harriet Quenby, Portfolio Holder for Highways and Environment, held a decision meeting on Tuesday 24 February 2026 and /,
    );
    expect(meeting.summary.overview).toMatch(/agreed to extend Controlled Parking Zone WH into the nine roads/);
    expect(meeting.summary.overview).toMatch(
      /awarded the contract for footway and carriageway resurfacing to Marlbrook Surfacing Ltd/,
    );
    expect(meeting.summary.overview).not.toMatch(/approved Objections|Call-in|Attendance/);
    expect(meeting.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    const decisions = meeting.summary.sections.flatMap((s) => (s.decision ? [s.decision] : []));
    // Each decision says what the Portfolio Holder did, its own "that … be" kept as agreed.
    expect(decisions).toContainEqual(
      expect.stringMatching(
        /^The Portfolio Holder, having considered the objections received, approved the making of the traffic management order .*; and agreed that Ferncroft Avenue and Lyndale Close be excluded from the extension/,
      ),
    );
    expect(decisions.filter((d) => /^That the Portfolio Holder|\bagree \(\d\)|\bwas excluded\b/.test(d))).toEqual([]);
    // Steps that only carry a decision out are not said; nor is when the meeting sat.
    expect(decisions.filter((d) => /objectors be informed|enter into the contract|commenced at/.test(d))).toEqual([]);
    // The attendance item is a standing line, the officers left out.
    expect(meeting.summary.procedural).toMatch(
      /^Cllr Harriet Quenby, Portfolio Holder for Highways and Environment, took the decisions\. Also attending: Cllr Priya Castellane, /,
    );
    expect(meeting.summary.procedural).not.toMatch(/Democratic Services Officer/);
    // What the crossover policy requires, set as a measured limit (round twenty-nine).
    const points = meeting.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(points).toContainEqual(
      expect.stringMatching(/^The revised policy would require a front garden to be at least 4\.8 metres deep/),
    );
  });

  // A community safety partnership board (MId 990041, long-safer-harrow branch, stop 36): partners listed by
  // organisation, an action log under the minutes, priorities set by resolution, actions given to named officers.
  it("condenses a community safety partnership's long minutes (MId 990041, Safer Harrow: partners by role and organisation, an action log, the strategic assessment's crime figures and the priorities agreed, a Domestic Homicide Review's action plan, a strategy put out to consultation, the Serious Violence Duty's grant, a PSPO renewal, a MOPAC bid; a shape the engine was not tuned on; floors: 18/20 and 13/15 measured (round twenty-nine, knife crime with injury down 21%; 17/20 and 12/15, 773 words, before it), 34.8% of its words (772 of 2,221), a 59-word overview and a 32.9% procedural share; first run 15/20, 10/15, 37.7% of its words (the partners' list and the action log printed whole in the standing lines, a 49.2% procedural share), a 60-word overview beginning 'The Safer Harrow met' and ending 'and made 5 other decisions' with the bid as its key point)", () => {
    const board = longMinutesAt(990041, 19 / 20, 14 / 15);
    // The partnership's own name, without the article; the priorities it agreed for itself said first (stop 37,
    // docs/summaries.md#overviews-read-as-a-resident-stop-37); with the count of other decisions left out, the two
    // outcomes are joined by ", and" (stop 38, docs/summaries.md#overviews-read-as-a-resident-stop-38).
    expect(board.summary.overview).toMatch(
      /^Safer Harrow met on Thursday 29 January 2026 and agreed the partnership's priorities for 2026\/27 as violence against women and girls, serious youth violence and neighbourhood crime, and endorsed the action plan/,
    );
    expect(board.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    const decisions = board.summary.sections.map((s) => s.decision ?? "");
    // The priorities set by the resolution are agreed, never "will be"; the action given to the Borough Commander
    // is said after the decision.
    expect(decisions).toContainEqual(
      expect.stringMatching(
        /^The partnership's priorities for 2026\/27 were agreed as violence against women and girls, serious youth violence and neighbourhood crime\b.*Action: Chief Superintendent Falconbridge to present a robbery reduction plan/,
      ),
    );
    // Steps set for a later day or a named month's meeting are still to come.
    expect(decisions).toContainEqual(
      expect.stringContaining("will be published on the Council's website on 12 March 2026"),
    );
    expect(decisions).toContainEqual(
      expect.stringContaining("The ward hotspot plans are to be reported to the April meeting"),
    );
    // The partners present in one line, each by role and organisation; the action log by its totals and the actions
    // carried forward with their owners, without the updates on them.
    expect(board.summary.procedural).toMatch(
      /Present: .*Chief Superintendent Rowena Falconbridge, Borough Commander \(Metropolitan Police Service\); Station Commander Ilias Petrakis \(London Fire Brigade\);/,
    );
    expect(board.summary.procedural).not.toMatch(/North West Basic Command Unit|deputising for/);
    expect(board.summary.procedural).toMatch(
      /Action log: six of the nine actions closed; carried forward: the Council's CCTV Manager, Alasdair Pennock, to report on /,
    );
    expect(board.summary.procedural).not.toMatch(/The contractor had not yet confirmed/);
    // The assessment's changes by type of crime, each by its change (round twenty-nine).
    const bullets = board.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(bullets).toContain("Knife crime with injury had fallen by 21%.");
  });

  // A Chief Officers' Employment Panel (MId 990042, long-employment-panel branch, stop 36): a senior post offered
  // subject to the Executive's right to object, an interim appointment at a day rate, an officer acting up, the Pay
  // Policy Statement recommended to Council.
  it("condenses a Chief Officers' Employment Panel's long minutes (MId 990042: the Pay Policy Statement recommended to Council after an amendment on a ratio limit lost, a senior restructure carried on a vote, an interim Director of Finance at a day rate, the press and public excluded, a Corporate Director offered the post in Part II subject to no well-founded objection from the Executive, an officer acting up as Monitoring Officer; a shape the engine was not tuned on; floors: 18/20 and 14/16 measured (round thirty: the three posts created counted, then the recruitment's counts read as one point), 693 of 1,981 words (35.0%); 17/20 and 13/16 with the posts counted alone, 686 words (34.6%); 16/20 and 12/16 before, 688 of 1,981 words (34.7%), a 50-word overview naming who was offered and appointed to which post, procedural share 8.6% (15/20 and 11/16 before an answer that counts what only its question names was left out); first run 16/20, 12/16, 686 of 1,981 words (34.6%), a 49-word overview of the items' titles ('designated Interim Arrangements: …', 'agreed Appointment of Corporate Director of Resident Services'), procedural share 8.6%)", () => {
    const panel = longMinutesAt(990042, 18 / 20, 14 / 16);
    // Who was offered and appointed to which post, and what went to Council, said first; never the agenda titles.
    expect(panel.summary.overview).toMatch(
      /offered Ms Rhiannon Castellano the post of Corporate Director of Resident Services/,
    );
    expect(panel.summary.overview).toMatch(
      /appointed Ms Beatrix Solano as Interim Director of Finance and Section 151 Officer/,
    );
    expect(panel.summary.overview).toMatch(/Pay Policy Statement 2026\/27/);
    expect(panel.summary.overview).not.toMatch(/Interim Arrangements|Appointment of/);
    expect(panel.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    const decisions = panel.summary.sections.flatMap((s) => (s.decision ? [s.decision] : []));
    // The offer keeps its salary and its condition in fewer words, without the rules it is made under.
    expect(decisions).toContainEqual(
      expect.stringContaining(
        "Ms Rhiannon Castellano was offered the post of Corporate Director of Resident Services at a salary of £158,000 a year, subject to no well-founded objection from the Executive",
      ),
    );
    expect(decisions.filter((d) => /Procedure Rules|Subject to \(1\)/.test(d))).toEqual([]);
    // What Council is asked to decide stays a recommendation; an officer's later step stays later.
    expect(decisions).toContainEqual(
      expect.stringContaining(
        "It was recommended to Council that Ms Solano be designated as the Council's Section 151 Officer",
      ),
    );
    expect(decisions).toContainEqual(
      expect.stringContaining("Mr Ivo Brannigan, Head of Legal Services, will act up as"),
    );
    expect(decisions.filter((d) => /Council (?:Ms|Mr) \w+ was designated/.test(d))).toEqual([]);
    // The posts a restructure creates are counted beside the posts it deletes (docs/summaries.md#long-minutes-round-thirty).
    expect(decisions).toContainEqual(
      expect.stringMatching(
        /the deletion of the five posts; \(2\) the creation of the three posts of Director of Housing/,
      ),
    );
    expect(decisions.filter((d) => /at the grades/.test(d))).toEqual([]);
    // The amendment says what it asked with its result.
    const bullets = panel.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(bullets).toContainEqual(
      expect.stringMatching(
        /^Amendment moved by Councillor Brightwater, seconded by Councillor Oduya: .*below 6:1.*\(lost, 2 votes to 3\)/,
      ),
    );
    // The exclusion of the press and public is one short standing line, its Schedule 12A table not said.
    expect(panel.summary.procedural).toMatch(/Press and public excluded\./);
    expect(panel.summary.procedural).not.toMatch(/Schedule 12A|paragraph 1/);
    // An answer that counts what only its question names is no point ("Ms Talbot: There were 27, …").
    expect(bullets.filter((b) => /: There were \d+,/.test(b))).toEqual([]);
    expect(bullets).toContainEqual(
      expect.stringMatching(/ratio of the highest paid employee's pay to the median was therefore 5\.2:1/),
    );
  });

  // An admissions forum (MId 990044, long-admissions-forum branch, stop 37): a non-executive body of headteachers,
  // governors and diocesan members that advises the Portfolio Holder rather than decides
  // (docs/summaries.md#an-admissions-forums-minutes).
  it("condenses an admissions forum's long minutes (MId 990044: the secondary offers with the first-preference and any-preference rates against last year and London, primary applications, in-year admissions and Fair Access Protocol placements with advice to the Portfolio Holder, admission numbers reduced at two named schools and a new criterion with an amendment lost and advice to consult, surplus places with a working group, the schools adjudicator's determinations; a shape the engine was not tuned on; floors: 16/20 and 12/16 measured, 754 of 2,159 words (34.9%), a 60-word overview saying what the Forum advised the Portfolio Holder with the first-preference rate as its key point, procedural share 16.7%; first run 15/20, 11/16, 748 of 2,159 words (34.6%), a 47-word overview of the items' titles ('decided on Primary Admissions 2026 and In-Year Admissions, …'), procedural share 24.7%)", () => {
    // Round thirty-two (recall-32 branch): 18/20 and 14/16, 754 words (34.9%), the adjudicator's verdict and the
    // London rate now said.
    const forum = longMinutesAt(990044, 18 / 20, 14 / 16);
    // What the Forum advised, to whom, once; the rate a parent looks for as the key point, with what it counts.
    expect(forum.summary.overview).toMatch(
      /advised the Portfolio Holder that the fair access panel should meet fortnightly during September and October, and that the proposed changes/,
    );
    expect(forum.summary.overview).toMatch(
      /Key point: 71\.4% had been offered a place at their first preference school\./,
    );
    expect(forum.summary.overview).not.toMatch(/decided on|Proposals for Consultation/);
    expect(forum.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    const decisions = forum.summary.sections.flatMap((s) => (s.decision ? [s.decision] : []));
    // What it advised stays advice, never said as done.
    expect(decisions).toContainEqual(
      expect.stringContaining(
        "The Forum advised the Portfolio Holder for Children's Services that the proposed changes to the admission arrangements for 2028/29 be published for consultation from 2 November to 14 December 2026.",
      ),
    );
    expect(decisions.filter((d) => /\badvise the\b|\bwas published\b/.test(d))).toEqual([]);
    // Standing lines short: the membership change without the clerk's narration or the Chair's welcome.
    expect(forum.summary.procedural).toMatch(
      /Membership: The Revd Canon Lorcan Ashdown replaced Winifred Pell \(nominated by the Diocese of London\)\./,
    );
    expect(forum.summary.procedural).not.toMatch(/welcomed|The Clerk reported|agreed at the last meeting|, and that /);
    const bullets = forum.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(bullets.filter((b) => /three changes were proposed|^[^:]*: Three changes/i.test(b))).toEqual([]);
  });

  // A joint committee of two boroughs (MId 990043, long-joint-committee branch, stop 37): the Harrow and Brent Legal
  // Partnership's budget shared by each council's contribution, a third borough taken on as a client, the agreement's
  // extension recommended to each council's Cabinet.
  it("condenses a joint committee's long minutes (MId 990043: a shared service's Business Plan and a £6.84m net budget split 58% and 42% between Harrow and Brent, a performance report, a risk register with a report asked for, a third borough taken on as a client for £380,000 a year, the Inter-Authority Agreement's extension recommended to each council's Cabinet after a break-clause amendment, voted on by borough; a shape the engine was not tuned on; floors: 19/20 and 14/15 measured, 673 of 1,970 words (34.2%), a 58-word overview stating the shared budget with each council's share, the service agreed and whom it is for, and the recommendation to each council's Cabinet, procedural share 10.0%; first run 19/20, 14/15, 684 of 1,970 words (34.7%), a 51-word overview of the items' titles ('agreed Proposal to Provide Legal Services to the London…', 'made recommendations on Extension of the Inter-Authority Agreement'), procedural share 16.5%)", () => {
    const joint = longMinutesAt(990043, 19 / 20, 14 / 15);
    // What was decided and for whom, with each council's share; never the agenda titles.
    expect(joint.summary.overview).toMatch(/a £6\.84m net budget \(Harrow 58%, Brent 42%\)/);
    expect(joint.summary.overview).toMatch(/to Hillingdon for £380,000 a year/);
    expect(joint.summary.overview).toMatch(
      /recommended to each council's Cabinet extending the Inter-Authority Agreement/,
    );
    expect(joint.summary.overview).not.toMatch(/Proposal to Provide|made recommendations on/);
    expect(joint.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    // The chair elected for the meeting, without the clerk's reminder of how the chair rotates.
    expect(joint.summary.procedural).toMatch(/Cllr Pritika Shah-Valdes elected Chair for the meeting\./);
    expect(joint.summary.procedural).not.toMatch(/reminded members/);
    const bullets = joint.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    // A relative clause cut from its sentence is no point; a target with thousands is read whole.
    expect(bullets.filter((b) => /^Which\b/.test(b))).toEqual([]);
    expect(bullets.filter((b) => /\(target £\d+\),\d/.test(b))).toEqual([]);
    expect(bullets).toContainEqual(expect.stringContaining("£812,000, against a target of £760,000 for the period"));
    // The amendment says what it asked, though its mover first said why.
    expect(bullets).toContainEqual(
      expect.stringMatching(
        /^Amendment moved by Councillor Marchetti, seconded by Councillor Okonkwo-Reilly: that the extension include a break clause .*\(carried\)/,
      ),
    );
  });

  // A standards hearing sub-committee (MId 990045, long-standards-hearing branch, stop 37): a complaint that a
  // councillor breached the Members' Code of Conduct, heard with the Independent Person; findings resolved first, the
  // action taken resolved after the sub-committee heard on it.
  it("condenses a standards hearing's long minutes (MId 990045: preliminary matters on hearing in private and on late evidence, four allegations each found a breach or no breach of a named paragraph of the Code, the Independent Person's differing view, a censure, an apology within 14 days, a recommendation to the group leader, training by a date and a decision notice; a shape the engine was not tuned on; floors: 18/20 and 15/17 measured, 780 of 2,240 words (34.8%), a 32-word overview still of the items' titles, procedural share 5.0%; first run 13/20, 10/17, 775 of 2,240 words (34.6%), a 31-word overview of the items' titles ('decided on Complaint against Councillor Nathaniel Brackwell'), the action taken missing as the second resolution of its item, procedural share 5.0%)", () => {
    const hearing = longMinutesAt(990045, 18 / 20, 15 / 17);
    expect(hearing.summary.overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    const decisions = hearing.summary.sections.map((s) => s.decision ?? "").join(" ");
    // Each finding keeps its paragraph of the Code, and the action resolved after it is part of the decision.
    expect(decisions).toMatch(/in breach of paragraph 3\.1 of the Members' Code of Conduct/);
    expect(decisions).toMatch(/no breach of paragraph 5\.1 of the Code/);
    expect(decisions).toMatch(/within 14 days/);
    expect(decisions).toMatch(/by 31 July 2026/);
    // A finding that has its verb is no step still to come.
    expect(decisions).not.toMatch(/did not will/);
    // The account between the two preliminary decisions is not part of either.
    expect(decisions).not.toMatch(/Late evidence|Ms Albescu reported/);
    // The overview says the verdict with its sanction and the request refused, not the agenda titles, and the
    // censure is said in the past (stop 38: docs/summaries.md#overviews-read-as-a-resident-stop-38).
    expect(hearing.summary.overview).toMatch(/but not of paragraphs 3\.2 and 5\.1, with a formal censure\b/);
    expect(hearing.summary.overview).toMatch(/refused the request that the whole hearing be held in private/);
    expect(hearing.summary.overview).not.toMatch(/Preliminary Matters|procedure for the hearing/);
    expect(decisions).toMatch(/Councillor Brackwell was formally censured/);
  });

  // A shareholder committee (MId 990046, long-shareholder-committee branch, stop 38): a sub-committee of Cabinet through
  // which the Council exercises its rights as the owner of its companies, each decision taken "acting as shareholder
  // of … Limited".
  it("condenses a shareholder committee's long minutes (MId 990046: a housing company's business plan approved with its first dividend and a larger loan facility recommended to Cabinet at 5.35%, a trading company's plan not approved and referred back with its loan deferred, a director appointed and one removed, reserved matters changed, a Part II consent to a joint venture's £64m building contract; a shape the engine was not tuned on; floors: 18/20 and 14/16 measured (17/20 and 13/16 before the capacity was said once, stop 38 new-shapes-38 branch), 750 of 2,159 words (34.7%), a 53-word overview of what was decided for which company, procedural share 5.7%; first run 17/20, 13/16, 748 of 2,159 words (34.6%), a 45-word overview of the items' titles ('decided on Company Directors - Appointments…'), procedural share 6.6%)", () => {
    const committee = longMinutesAt(990046, 18 / 20, 14 / 16);
    const overview = committee.summary.overview;
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    // The overview says what was decided, for which company, not the agenda's titles.
    expect(overview).toMatch(/approved the Larchmere Homes Business Plan 2026\/27 to 2030\/31/);
    expect(overview).toMatch(/did not approve the Brightfield Education Services Business Plan 2026\/27/);
    expect(overview).not.toMatch(/decided on|Changes to the Articles…/);
    const decisions = committee.summary.sections.map((s) => s.decision ?? "").join(" ");
    // Each decision is what the Committee did as shareholder, its steps said as done, its figures kept; the capacity is
    // left to the heading that names the company (docs/summaries.md#the-new-shapes-read-tighter-stop-38).
    expect(decisions).toMatch(/The Shareholder Committee did not approve the Brightfield Education Services/);
    expect(decisions).not.toMatch(/acting as shareholder/);
    expect(decisions).toMatch(/and referred it back to the board/);
    expect(decisions).toMatch(/£750,000/);
    expect(decisions).toMatch(/£64m/);
    expect(decisions).not.toMatch(/\(1\) approve|will appoint|Companies House/);
    // The member who is a director is said as that, not who appointed her.
    expect(committee.summary.procedural).toMatch(/director of Brightfield Education Services Limited; left/);
  });

  // A scrutiny review group (MId 990047, long-scrutiny-review branch, stop 38): a task and finish group taking evidence
  // for a review of damp and mould in private rented homes, its draft recommendations considered one by one and then
  // named by number in the resolution.
  it("condenses a scrutiny review group's long minutes (MId 990047: witnesses' evidence with its figures, six draft recommendations considered in turn, two amended and one withdrawn, a site visit and the report's timetable to the Overview and Scrutiny Committee and Cabinet; a shape the engine was not tuned on; floors: 18/20 and 14/16 measured, 693 of 1,981 words (35.0%; 692 before the evidence was said as still to be sought), a 57-word overview stating how many recommendations were agreed and the first with its cost, and whom the group took evidence from, procedural share 6.1%; first run 13/20, 9/16, 666 of 1,981 words (33.6%), a 78-word overview of the items' titles ('agreed the notes of the meeting held on 10 March 2026 …; Draft recommendations 1, 3 and 5', 'discussed Evidence from …'), procedural share 5.4%)", () => {
    const review = longMinutesAt(990047, 18 / 20, 14 / 16);
    const overview = review.summary.overview;
    // What the group will recommend, with its cost, and whom it heard; never the agenda titles.
    expect(overview).toMatch(
      /agreed the timetable for the review and 5 of 6 draft recommendations, among them that Cabinet fund two additional private sector housing inspectors \(£104,000 a year\)/,
    );
    // The object with commas of its own said last: no "; and" run on after it (docs/summaries.md#one-long-object-said-last).
    expect(overview).not.toMatch(/; and the timetable/);
    expect(overview).toMatch(/took evidence from the Greenhill Renters' Advice Centre/);
    expect(overview).not.toMatch(/Evidence from|notes of the meeting|Draft recommendations 1/);
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    // The notes of the last meeting are a standing line.
    expect(review.summary.procedural).toMatch(/Minutes of 10 March 2026 approved\./);
    expect(review.summary.sections.map((s) => s.heading)).not.toContain("Notes of the Previous Meeting");
    const decisions = review.summary.sections.map((s) => s.decision ?? "").join(" ");
    // Each recommendation said by what it asks, the amendments and the one withdrawn with it.
    expect(decisions).toMatch(
      /Recommendations agreed: \(1\) Cabinet fund two additional private sector housing inspectors/,
    );
    expect(decisions).toMatch(/\(amended: the period to be 10 working days\)/);
    expect(decisions).toMatch(/£45,000 a year for two years from April 2027/);
    expect(decisions).toMatch(/withdrawn: \(4\) selective licensing be extended to the whole borough/);
    // The site visit and the written evidence are still to come.
    expect(decisions).toMatch(/will be held on 19 May 2026/);
    expect(decisions).toMatch(/Written evidence will be sought from two housing associations/);
  });

  // A joint health overview and scrutiny committee (MId 990048, long-joint-health-scrutiny branch, stop 39): several
  // boroughs' councillors questioning NHS officers, whose resolutions request briefings of, and make recommendations
  // to, the NHS bodies ("the Committee recommend to NHS … that it publish …").
  it("condenses a joint health scrutiny committee's long minutes (MId 990048: NHS officers' reports answered with figures, a written briefing requested, a consultation response agreed and two recommendations to the integrated care board; a shape the engine was not tuned on; floors: 18/19 and 13/14 measured at stop 40 (standing-40 branch: the boroughs said by place name, the 62 winter beds in the words freed; 705 of 2,025 words, procedural share 9.9%); 17/19 and 12/14 (second round, tighter-48 branch: the consultation said by what it proposes, the 24 stroke beds; 16/19 and 11/14, 701 words, before it), 704 of 2,025 words (34.8%), a 50-word overview of what was recommended to the integrated care board and the briefing asked for, procedural share 11.4%; first run 14/19, 9/14, 701 of 2,025 words (34.6%), a 59-word overview of the items' titles ('made recommendations on Proposed Move of Inpatient Stroke Rehabilitation… and NHS Westway Integrated Care Board… and noted Matters Arising and Action Log'), procedural share 11.4%)", () => {
    const jhosc = longMinutesAt(990048, 18 / 19, 13 / 14);
    const overview = jhosc.summary.overview;
    // What was recommended, and to whom, the one step said once; the briefing asked for; never the agenda titles.
    expect(overview).toMatch(
      /recommended to NHS\S* Westway Integrated Care Board that it publish a travel impact assessment and an equality impact assessment of each savings scheme/,
    );
    expect(overview).toMatch(/asked for a written briefing on patients cared for in corridors/);
    expect(overview).not.toMatch(/made recommendations on|Matters Arising|Action Log/);
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    const decisions = jhosc.summary.sections.map((s) => s.decision ?? "").join(" ");
    // The Committee's own request and recommendations are done, not left in the bare subjunctive.
    expect(decisions).toMatch(
      /The Committee requested a written briefing on the number of patients cared for in corridors/,
    );
    expect(decisions).toMatch(
      /the Committee recommended to NHS Westway Integrated Care Board that it publish a travel impact assessment/,
    );
    expect(decisions).not.toMatch(/Committee (?:request|recommend) /);
    // The response is agreed at the meeting and sent later (docs/summaries.md#the-joint-health-scrutiny-committee-second-round).
    expect(decisions).toMatch(
      /was agreed, to be submitted by the Chair before the consultation closes on 30 June 2026/,
    );
    expect(decisions).not.toMatch(/agreed and submitted/);
    // The figures the NHS gave in answer stay with the facts they measure.
    const bullets = jhosc.summary.sections.flatMap((s) => s.bullets.map((b) => b.text)).join(" ");
    expect(bullets).toMatch(/71\.4% .* target of 78%/);
    expect(bullets).toMatch(/£48\.6m/);
    expect(bullets).toMatch(/62 additional beds/);
    // The members' boroughs by their place names (docs/summaries.md#standing-lines-of-joint-and-advisory-bodies-stop-40).
    expect(jhosc.summary.procedural).toMatch(/Apologies: Rosalind Achterberg-Mensah \(Hillingdon\) and /);
    expect(jhosc.summary.procedural).toMatch(/hosted by Ealing\./);
    // The consultation is said by what it proposes, not by the report that brought it.
    expect(bullets).toMatch(
      /NHS Westway Integrated Care Board was consulting on a proposal to move the 24 inpatient stroke/,
    );
  });

  // A climate emergency and sustainability advisory panel (MId 990049, long-climate-panel branch, stop 39): councillors
  // and co-opted residents advising Cabinet, progress reports in their own units, recommendations printed in the
  // panel's own name ("(2) the Panel recommend to Cabinet that …") and a member's motion not agreed on a vote.
  it("condenses a climate advisory panel's long minutes (MId 990049: a climate action plan's progress with an interim target recommended to Cabinet, a £2.6m funding bid recommended to Cabinet, a retrofit grant's deadline to be extended, a motion on replacing felled trees not agreed 3 votes to 5, a school street recommended to the Portfolio Holder and a low traffic neighbourhood referred to scrutiny; a shape the engine was not tuned on; floors: 20/20 and 15/15 measured (tighter-49 branch; 18/20 and 13/15, 779 of 2,239 words, on the long-climate-panel branch), 774 of 2,239 words (34.6%), a 44-word overview of what was recommended and to whom, procedural share 12.8%; first run 17/20, 12/15, 781 of 2,239 words (34.9%), a 51-word overview of the items' titles ('made recommendations on Climate Action Plan…', 'decided on Warm Homes Harrow …'), procedural share 12.8%)", () => {
    const panel = longMinutesAt(990049, 20 / 20, 15 / 15);
    const overview = panel.summary.overview;
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    // What was recommended, and to whom, not the agenda's titles (docs/summaries.md#a-climate-advisory-panels-minutes).
    expect(overview).toMatch(
      /recommended to Cabinet that a bid of £2\.6m be submitted to the Low Carbon Public Buildings Fund/,
    );
    expect(overview).toMatch(/to the Portfolio Holder that the Hollybank School Street be made permanent/);
    expect(overview).not.toMatch(/made recommendations on|decided on/);
    const decisions = panel.summary.sections.map((s) => s.decision ?? "").join(" ");
    // A recommendation still asks; it is not said as done.
    expect(decisions).toMatch(/It was recommended to Cabinet that an interim target be adopted of a 50% reduction/);
    expect(decisions).toMatch(/the Council's contribution of £355,000 be committed/);
    expect(decisions).not.toMatch(/Panel recommend to|was submitted|was made permanent/);
    expect(decisions).toMatch(/Officers will ask the government department/);
    // The motion not agreed, with who moved and seconded it and the vote.
    const bullets = panel.summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(
      bullets.filter((b) =>
        /^Motion moved by Councillor Marcus Adebayo-Strand, seconded by Councillor Rosalind Fenwick-Adair: .*two trees.*\(not agreed, 3 votes to 5\)/.test(
          b,
        ),
      ),
    ).toHaveLength(1);
    // The trees planted and lost over the same period in one point; the solar panels fitted said with what they
    // generated (docs/summaries.md#the-climate-advisory-panel-second-round).
    expect(bullets.join(" ")).toMatch(
      /1,460 trees had been planted; over the same period 392 Council trees had been lost/,
    );
    expect(bullets.join(" ")).toMatch(/1,240 kilowatts of solar panels .* The panels had generated/);
    // The co-opted member's nominating body in brackets; the question's recording not said (stop 40).
    expect(panel.summary.procedural).toMatch(
      /Tobias Merriweather-Kaye \(co-opted member, Harrow Wildlife and Waterways Trust\)/,
    );
    expect(panel.summary.procedural).toMatch(/One public question answered\./);
    expect(panel.summary.procedural).not.toMatch(/recording/);
  });

  // A business consultative panel (MId 990051, long-business-panel branch, stop 40): a Cabinet member in the chair,
  // councillors and the borough's business representatives, officers who report and undertake to act by a date,
  // recommendations in the panel's own name, and a matter raised under "Any Other Business".
  it("condenses a business consultative panel's long minutes (MId 990051: business rates reliefs with letters promised by 30 June 2026, a town centre health check with a meanwhile use scheme recommended to Cabinet, a shopfront grant's second round recommended to Cabinet, a parking consultation with 30 minutes' free parking recommended to the Portfolio Holder, a festival, an apprenticeship briefing promised, water main works raised under any other business; a shape the engine was not tuned on; floors: 17/20 and 13/16 measured (tighter-51: the letters to about 290 businesses said with their date; 16/20 and 12/16 before), 729 of 2,106 words (34.6%), a 46-word overview of what was recommended and to whom, procedural share 7.3%; first run 14/20, 10/16, 725 of 2,106 words (34.4%), the same 46-word overview, procedural share 17.7%, the matter raised under any other business a standing line of 75 words)", () => {
    const panel = longMinutesAt(990051, 17 / 20, 13 / 16);
    const overview = panel.summary.overview;
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    expect(overview).toMatch(/recommended to Cabinet that a second round of the scheme be funded/);
    expect(overview).toMatch(/to the Portfolio Holder that an option of 30 minutes' free parking/);
    const decisions = panel.summary.sections.map((s) => s.decision ?? "").join(" ");
    // What officers undertook, said as steps still to come (docs/summaries.md#a-business-consultative-panels-minutes).
    expect(decisions).toMatch(/officers will circulate the consultation documents/);
    expect(decisions).toMatch(/Officers will hold a briefing for small employers/);
    expect(decisions).not.toMatch(/[Oo]fficers (?:hold|circulate) /);
    // The matter raised under any other business is business, said with the undertaking on it, not a standing line.
    const other = panel.summary.sections.find((s) => s.heading === "Any Other Business")!;
    expect(other.bullets.map((b) => b.text)).toContainEqual(
      expect.stringMatching(
        /^Mr Ferreira-Holt raised the water main works on College Road; Ms Rennick-Sato undertook to ask the water company .* by 10 July 2026\.$/,
      ),
    );
    expect(panel.summary.procedural).not.toMatch(/College Road/);
    const bullets = panel.summary.sections.flatMap((s) => s.bullets.map((b) => b.text)).join(" ");
    expect(bullets).toMatch(
      /13\.8% of ground floor units in Harrow town centre vacant, against a London average of 10\.9%/,
    );
    expect(bullets).toMatch(/The consultation would run from 1 June 2026 to 12 July 2026/);
  });

  // A conservation areas advisory committee (MId 990050, long-conservation-areas branch, stop 40): amenity society and
  // residents' association representatives, architects and councillors commenting on a schedule of applications one
  // by one ("(a) P/1422/26 - 14 Orchard Rise, … - …", then "Comment: Objection …"), with declarations headed by one
  // application of that schedule.
  it("condenses a conservation areas advisory committee's long minutes (MId 990050: eight applications each with the committee's comment, an objection agreed 5 votes to 3, an appraisal adopted and another out for consultation, an Article 4 direction recommended to Cabinet for confirmation, the heritage at risk register and an urgent works notice recommended; a shape the engine was not tuned on; floors: 20/20 and 15/15 measured on the second round (tighter-50 branch), 696 of 2,028 words (34.3%), procedural share 11.8% once any other business that raised something was read as business; 18/20 and 13/15 before, 705 of 2,028 words (34.8%), a 52-word overview that says the committee objected to 4 of the 8 applications, procedural share 20.7%; first run 9/20, 6/15, 694 of 2,028 words (34.2%), a 52-word overview of the items' titles ('decided on Planning Applications in Conservation Areas'), procedural share 19.9%)", () => {
    const committee = longMinutesAt(990050, 20 / 20, 15 / 15);
    const overview = committee.summary.overview;
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    // What the committee objected to, not the schedule's title
    // (docs/summaries.md#a-conservation-areas-advisory-committees-minutes).
    expect(overview).toMatch(/objected to 4 of the 8 applications/);
    expect(overview).not.toMatch(/decided on Planning Applications/);
    const schedule = committee.summary.sections.find(
      (s) => s.heading === "Planning Applications in Conservation Areas",
    )!;
    const points = schedule.bullets.map((b) => b.text);
    // One point per application, its place and reference first, then the comment, a vote counted on it kept.
    expect(points).toHaveLength(8);
    expect(points).toContain(
      "27 Stanbury Hill (P/1610/26): Objection: the full width dormer would harm the roofscape of the conservation area, seen from the churchyard (agreed by 5 votes to 3).",
    );
    expect(points.join(" ")).toMatch(
      /Rosedene, 41 Kenwick Road \(P\/1655\/26\): Strong objection .*heritage statement/,
    );
    expect(points.join(" ")).not.toMatch(/^P\/\d+\/26 - /m);
    // The appraisal's adoption said as what happened, and the enforcement notice at the house the sentence before named
    // (docs/summaries.md#the-conservation-areas-advisory-committee-second-round).
    const sectionText = (heading: string) => {
      const section = committee.summary.sections.find((s) => s.heading === heading)!;
      return [section.decision ?? "", ...section.bullets.map((b) => b.text)].join(" ");
    };
    expect(sectionText("Conservation Area Appraisals and Management Plans")).toMatch(
      /Noted that the Stanbury Hill Conservation Area Appraisal and Management Plan had been adopted/,
    );
    expect(sectionText("Enforcement in Conservation Areas")).toMatch(/At 23 Stanbury Hill, an enforcement notice/);
    // The declarations name the application each member declared on.
    expect(committee.summary.procedural).toMatch(/item 5 \(P\/1422\/26, 14 Orchard Rise\): Philippa Danvers-Okoro/);
    expect(committee.summary.procedural).toMatch(
      /item 5 \(P\/1587\/26, The Old Forge, 3 Church Lane\): Crispin Beaumont-Lyall/,
    );
  });

  it("keeps the seed meetings' recall at 88% or more (floor: 94.7% measured)", async () => {
    const { report } = await evaluateSnapshot();
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.88);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.947 - MARGIN);
    expect(report.overall.inventedNumbers).toBe(0);
  });
});
