import { describe, expect, it } from "vitest";
import { defaultInterventionTypes, barrierKinds } from "../../../core/support/vocabulary.js";
import { supportLanguages } from "../../../core/referrals/vocabulary.js";
import { splitAffixes, visualOrder } from "../../pdf/bidi.js";
import { renderSummary } from "./render-summary.js";
import { summaryModel, type SummaryInput } from "./summary-model.js";
import { summaryTexts } from "./summary-text.js";
import { pdfText } from "../../../test/pdf-text.js";

const input = (language: string): SummaryInput => ({
  language,
  organisationName: "Sparkbrook Recovery Trust",
  today: "2025-03-01",
  agreedOn: "2025-03-01",
  nextReviewOn: "2025-04-12",
  workerNames: new Map([["w1", "Zeenat Ali"]]),
  interventionTypes: [{ code: "boxing_club", label: "Boxing club", specialism: null, isPartnerDelivered: true, isBuiltIn: false, isRetired: false }],
  content: {
    goals: [
      { id: "g1", what: "Cut cannabis use to weekends only.", clientWords: "I only smoke at weekends.", targetDate: "2025-06-30" },
      { id: "g2", what: "Start the college course in September.", targetDate: "2025-09-15" },
    ],
    barriers: [{ kind: "transport", description: "Bus fare is hard to find.", howAddressed: "We pay the fare." }],
    interventions: [
      { id: "i1", typeCode: "cbt_cravings", deliveredBy: { workerId: "w1" }, frequency: { every: 1, unit: "week" }, startDate: "2025-03-03", goalIds: ["g1"] },
      { id: "i2", typeCode: "boxing_club", deliveredBy: { partnerOrganisation: "Sparkhill Boxing" }, frequency: { every: 5, unit: "week" }, startDate: "2025-03-03", endDate: "2025-05-01", goalIds: ["g2", "g1"] },
    ],
  },
});

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("care plans.printed summary", () => {
  it("says the client's goals in their own words, the support in plain words with who and how often, and nothing of the record's internals", () => {
    const texts = summaryModel(input("en")).blocks.map((block) => block.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "My support plan",
        "1. I only smoke at weekends.",
        "2. Start the college course in September.",
        "Aim to do this by 30 June 2025",
        "Talking therapy (CBT) to help with cravings",
        "With: Zeenat Ali",
        "How often: Every week",
        "Boxing club",
        "With: Sparkhill Boxing",
        "How often: Every 5 weeks",
        "From 3 March 2025 to 1 May 2025",
        "Goals it helps with: 1 and 2",
        "Travel",
        "What we will do: We pay the fare.",
        "We will look at this plan together on 12 April 2025.",
        "Sparkbrook Recovery Trust · Printed on 1 March 2025",
      ]),
    );
    expect(texts.join("\n")).not.toMatch(/cannabis|need|risk|score|C-/i);
  });

  it("prints in Polish with the right plural, in Arabic with its own words, and in English with a note for a language without a catalogue", () => {
    expect(summaryModel(input("pl")).blocks.map((block) => block.text)).toContain("Jak często: Co 5 tygodni");
    const arabic = summaryModel(input("ar"));
    expect(arabic).toMatchObject({ direction: "rtl", isFallback: false, title: "خطة الدعم الخاصة بي" });
    const somali = summaryModel(input("so"));
    expect(somali).toMatchObject({ language: "en", isFallback: true });
    expect(somali.blocks[2]?.text).toContain("not yet available in your language");
  });

  it("has every message in every catalogue with English's placeholders, and a plain label for each built-in intervention type and barrier", () => {
    const english = summaryTexts.en;
    for (const [language, text] of Object.entries(summaryTexts)) {
      expect(Object.keys(text.interventionTypes).sort(), language).toEqual(defaultInterventionTypes.map((type) => type.code).sort());
      expect(Object.keys(text.barrierKinds).sort(), language).toEqual([...barrierKinds].sort());
      for (const key of Object.keys(english) as (keyof typeof english)[]) {
        const message = text[key];
        if (typeof message === "string") expect(placeholders(message), `${language}.${key}`).toEqual(placeholders(english[key] as string));
      }
    }
    // Every printed language is one a client can prefer.
    for (const language of Object.keys(summaryTexts)) expect(supportLanguages).toContain(language);
  });

  it("orders right-to-left words as a browser would: numbers read left to right, a final full stop at the far left", () => {
    // "on 12 April 2025." in Arabic: في 12 أبريل 2025.
    const words = ["في", " ", "12", " ", "أبريل", " ", "2025", "."];
    const { order } = visualOrder(words, "rtl");
    expect(order.map((i) => words[i]).join("")).toBe(".2025 أبريل 12 في");
    expect(splitAffixes("(CBT)")).toEqual(["(", "CBT", ")"]);
    expect(splitAffixes("2025.")).toEqual(["2025", "."]);
    expect(splitAffixes("·")).toEqual(["·"]);
  });

  it.each(["en", "ur", "pa", "bn", "ar", "pl"])("draws a PDF in %s", async (language) => {
    const model = summaryModel(input(language));
    const pdf = await renderSummary(model, { organisationName: "Sparkbrook Recovery Trust" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain(`/Lang (${language})`);
  });

  it("draws text a PDF reader can read back", async () => {
    const pdf = await renderSummary(summaryModel(input("en")), { organisationName: "Sparkbrook Recovery Trust" });
    // Each word is drawn on its own, so compare without spaces.
    const text = pdfText(pdf).replace(/\s+/g, "");
    for (const expected of ["My support plan", "I only smoke at weekends.", "With: Zeenat Ali", "How often: Every 5 weeks", "12 April 2025"]) expect(text).toContain(expected.replace(/\s+/g, ""));
  });
});
