// Wordings found reading the long minutes as a resident at stop 32. Inputs are written here in our own words, in the
// shape of a board's questions and answers and a resolution that puts a matter off (names and figures made up).
import { describe, expect, it } from "vitest";
import { answerParts, withQuestionWords } from "@/lib/summarize/extractive/questions-answers";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { outcomePhrase } from "@/lib/summarize/extractive/overview";

describe("an answer whose 'it' is what the question asked about", () => {
  it("names the thing the question asked whether it had changed", () => {
    expect(
      withQuestionWords(
        "It had gone up by 4.2%, less than the rise in care fees.",
        "A Member asked whether the shared care fund had kept pace with inflation.",
      ),
    ).toBe("The shared care fund had gone up by 4.2%, less than the rise in care fees.");
  });

  it("names it after a question asking why or when, and a plural subject for 'They'", () => {
    expect(
      withQuestionWords(
        "It would open in May 2026.",
        "Councillor Okoro asked when the new library in Wealdstone would open.",
      ),
    ).toBe("The new library in Wealdstone would open in May 2026.");
    expect(
      withQuestionWords("They had fallen by 12 in the year.", "A Member asked why the bus shelter repairs had fallen."),
    ).toBe("The bus shelter repairs had fallen by 12 in the year.");
  });

  it("names it in an answer said as who gave it", () => {
    expect(
      answerParts(
        "The Director of Adult Services responded that it had gone up by 4.2%, which was less than the rise in care fees.",
        "A Member asked whether the shared care fund had kept pace with inflation.",
      )?.line,
    ).toBe(
      "Director of Adult Services: The shared care fund had gone up by 4.2%, which was less than the rise in care fees.",
    );
  });

  it("leaves an impersonal 'it', an 'it' of another number, or a question with no plain subject, as it was", () => {
    expect(
      withQuestionWords(
        "It was hoped that the fund would grow by 2%.",
        "A Member asked whether the shared care fund had kept pace with inflation.",
      ),
    ).toBe("It was hoped that the fund would grow by 2%.");
    expect(
      withQuestionWords("It had spent £3m on them.", "A Member asked whether the care homes had been inspected."),
    ).toBe("It had spent £3m on them.");
    expect(withQuestionWords("It had risen by 3%.", "A Member asked whether costs had risen.")).toBe(
      "It had risen by 3%.",
    );
  });
});

describe("a matter the meeting put off", () => {
  it("says a deferral to a later meeting was made, not that it will be", () => {
    expect(plainResolution("RESOLVED: That the licence review be deferred to the next meeting.")).toBe(
      "RESOLVED: The licence review was deferred to the next meeting.",
    );
  });

  it("says the deferral was made and the step it shares a subject with is still to come", () => {
    expect(
      plainResolution(
        "RESOLVED: That (1) the report be noted; (2) the request from Elm Road Nursery be deferred until the nursery has finished its survey of families, and be brought to the next meeting.",
      ),
    ).toContain(
      "The request from Elm Road Nursery was deferred until the nursery has finished its survey of families, and will be brought to the next meeting.",
    );
  });
});

describe("what a granted application gave", () => {
  it("names the thing made on the application, and what its rule is about", () => {
    expect(
      outcomePhrase(
        "(1) The application from Northgate Infant School was granted, and a determination was made that the requirement for daily worship to be broadly Christian shall not apply to the school for five years; (2) The report was noted.",
        "Application for a Determination: Northgate Infant School",
      ),
    ).toEqual({ verb: "granted", object: "Northgate Infant School a determination on daily worship" });
  });

  it("names the thing alone when the clause does not say what its rule is about", () => {
    expect(
      outcomePhrase(
        "The application from the Hillside Tenants' Association was granted, and an exemption was given for one year.",
        "Hillside Tenants' Association",
      ),
    ).toEqual({ verb: "granted", object: "the Hillside Tenants' Association an exemption" });
  });

  it("leaves a granted application with nothing made after it as the application", () => {
    expect(
      outcomePhrase("The application from Northgate Infant School was granted.", "Northgate Infant School"),
    ).toEqual({ verb: "granted", object: "the application from Northgate Infant School" });
  });
});
