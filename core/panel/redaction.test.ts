import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findIdentifyingText, initialsOf, redactedCaseSummary, redactText, type ClientIdentity, type PanelSummaryInput } from "./redaction.js";

const identity = (overrides: Partial<ClientIdentity> = {}): ClientIdentity => ({
  givenName: "Aisha",
  familyName: "Begum",
  otherNames: ["Aisha Rahman"],
  dateOfBirth: "2007-09-02",
  address: "12 Acacia Road, Sparkhill, Birmingham",
  postcode: "B11 1AA",
  phone: "07700 900123",
  email: "aisha.b@example.org",
  ...overrides,
});

const input = (overrides: Partial<PanelSummaryInput> = {}): PanelSummaryInput => ({
  identity: identity(),
  demographics: { sex: "female", ethnicity: "asian_bangladeshi", religion: "muslim", preferredLanguage: "bn" },
  case: { reference: "PW-2026-0042", siteName: "Birmingham", tier: "panel_referral", vulnerabilityDomains: ["online_harm", "family"], openedOn: "2026-03-14" },
  assessment: { needs: { online_harm: 5, family: 3 }, flags: ["Contact with extremist material online"] },
  escalation: { reason: "Escalating because engagement has stopped.", riskSummary: "Risk from online contacts; family supportive." },
  excerpts: [{ text: "Said she feels watched at school.", sessionDate: "2026-10-02" }],
  today: "2026-11-24",
  ...overrides,
});

const kinds = (text: string, who: ClientIdentity = identity()) => findIdentifyingText(text, who).map((match) => [match.kind, text.slice(match.start, match.end)]);

describe("panel.redaction initials", () => {
  it.each([
    ["a Latin name", "Aisha", "Begum", "A. B."],
    ["hyphenated names", "Anne-Marie", "Smith-Jones", "A. S."],
    ["a multi-part given name", "Muhammad Ali", "Khan", "M. K."],
    ["a family name with an article", "Omar", "al-Hassan", "O. H."],
    ["a family name with particles", "Jan", "van der Berg", "J. B."],
    ["lower case and accents", "émile", "łukasz", "É. Ł."],
    ["Arabic script", "محمد", "خان", "م. خ."],
    ["Urdu script with the article", "عائشہ", "الحسن", "ع. ح."],
    ["a single given name", "Zara", null, "Z."],
    ["a single family name", "  ", "Khan", "K."],
  ] as const)("%s", (_label, given, family, expected) => {
    expect(initialsOf(given, family)).toBe(expected);
  });

  it("is null when there is no name at all", () => {
    expect(initialsOf(null, null)).toBeNull();
    expect(initialsOf("-", "")).toBeNull();
  });
});

describe("panel.redaction findIdentifyingText", () => {
  it.each([
    ["the given name, any case", "Spoke to AISHA today", [["name", "AISHA"]]],
    ["the family name with a possessive", "Begum's mother attended", [["name", "Begum"]]],
    ["an other name", "known locally as Rahman", [["name", "Rahman"]]],
    ["a name only as a whole word", "Aishaa and Begumbi are not her", []],
    ["the ISO date of birth", "born 2007-09-02.", [["date_of_birth", "2007-09-02"]]],
    ["the UK date of birth", "DOB 02/09/2007", [["date_of_birth", "02/09/2007"]]],
    ["the short UK date of birth", "DOB 2.9.07 noted", [["date_of_birth", "2.9.07"]]],
    ["the written date of birth", "born on 2 September 2007", [["date_of_birth", "2 September 2007"]]],
    ["the written date with ordinal and abbreviation", "born 2nd Sept. 2007", [["date_of_birth", "2nd Sept. 2007"]]],
    ["the American written date", "born September 2, 2007", [["date_of_birth", "September 2, 2007"]]],
    ["not a different date or a longer number", "on 12/09/2007 and 2007-09-021 and 22 September 2007", []],
    ["the postcode with or without a space", "lives in b111aa near B11 1AA", [["postcode", "b111aa"], ["postcode", "B11 1AA"]]],
    ["not the postcode district alone", "lives in B11", []],
    ["the phone number spaced otherwise", "call 077009 00123", [["phone", "077009 00123"]]],
    ["the phone number in +44 form", "call +44 (0)7700 900-123 please", [["phone", "+44 (0)7700 900-123"]]],
    ["the email address", "emailed AISHA.B@example.org.", [["email", "AISHA.B@example.org"]]],
    ["an address line with a number", "visited 12 acacia road yesterday", [["address", "12 acacia road"]]],
    ["not the town alone", "seen in Sparkhill, Birmingham", []],
  ] as const)("finds %s", (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it("matches names without their accents, and Arabic-script names as written", () => {
    expect(kinds("Zoe said", identity({ givenName: "Zoë" }))).toEqual([["name", "Zoe"]]);
    expect(kinds("Zoë said", identity({ givenName: "Zoe" }))).toEqual([["name", "Zoë"]]);
    expect(kinds("قال محمد ذلك", identity({ givenName: "محمد" }))).toEqual([["name", "محمد"]]);
    expect(kinds("O’Brien and OBrien", identity({ familyName: "O'Brien" }))).toEqual([["name", "O’Brien"], ["name", "OBrien"]]);
  });

  it("reports positions in the original text even when folding changes its length", () => {
    const text = "Straße: Strauss was here, Strauß too";
    expect(kinds(text, identity({ familyName: "Strauß" }))).toEqual([["name", "Strauss"], ["name", "Strauß"]]);
    const decomposed = "Zoe\u0308 again";
    expect(kinds(decomposed, identity({ givenName: "Zoë" }))).toEqual([["name", "Zoe\u0308"]]);
  });

  it("finds a two-letter family name, as a whole word only", () => {
    expect(kinds("Li said she would like to", identity({ familyName: "Li" }))).toEqual([["name", "Li"]]);
  });

  it("ignores name particles, which are ordinary words too", () => {
    expect(kinds("the van was al fresco", identity({ familyName: "van al-Hassan" }))).toEqual([]);
    expect(kinds("Hassan came", identity({ familyName: "van al-Hassan" }))).toEqual([["name", "Hassan"]]);
  });

  it("finds nothing for an identity of nulls", () => {
    const nobody: ClientIdentity = { givenName: null, familyName: null, otherNames: null, dateOfBirth: null, address: null, postcode: null, phone: null, email: null };
    expect(findIdentifyingText("Aisha Begum, 2007-09-02, B11 1AA", nobody)).toEqual([]);
  });
});

describe("panel.redaction redactText", () => {
  it("replaces each identifying passage with its label, a full name with one [name]", () => {
    expect(redactText("Aisha Begum (born 2 September 2007) of 12 Acacia Road, B11 1AA, on 07700 900123 or aisha.b@example.org", identity())).toBe(
      "[name] (born [date of birth]) of [address], [postcode], on [phone] or [email]",
    );
  });

  it("leaves text with nothing identifying as it was", () => {
    expect(redactText("Risk from online contacts.", identity())).toBe("Risk from online contacts.");
  });
});

describe("panel.redaction summary", () => {
  it("shows initials, age band and the non-identifying fields only", () => {
    expect(redactedCaseSummary(input())).toEqual({
      initials: "A. B.",
      ageBand: "18_24",
      sex: "female",
      ethnicity: "asian_bangladeshi",
      religion: "muslim",
      preferredLanguage: "bn",
      case: { reference: "PW-2026-0042", siteName: "Birmingham", tier: "panel_referral", vulnerabilityDomains: ["online_harm", "family"], openedOn: "2026-03-14" },
      assessment: { needs: { online_harm: 5, family: 3 }, flags: ["Contact with extremist material online"] },
      escalation: { reason: "Escalating because engagement has stopped.", riskSummary: "Risk from online contacts; family supportive." },
      excerpts: [{ text: "Said she feels watched at school.", sessionDate: "2026-10-02" }],
      redactedPassages: 0,
    });
  });

  it("redacts identifying text staff left in, and counts it", () => {
    const summary = redactedCaseSummary(
      input({
        escalation: { reason: "Aisha's school raised it", riskSummary: "Lives at 12 Acacia Road" },
        excerpts: [{ text: "Begum said call 07700900123", sessionDate: "2026-10-02" }],
        assessment: null,
      }),
    );
    expect(summary.escalation).toEqual({ reason: "[name]'s school raised it", riskSummary: "Lives at [address]" });
    expect(summary.excerpts).toEqual([{ text: "[name] said call [phone]", sessionDate: "2026-10-02" }]);
    expect(summary.assessment).toBeNull();
    expect(summary.redactedPassages).toBe(4);
  });
});

describe("panel.redaction properties", () => {
  // Names drawn from the communities served, in Latin and Arabic script; none is a particle or a label word.
  const namePool = ["Aisha", "Begum", "Muhammad", "Khan", "Anne-Marie", "O'Brien", "Kowalski", "Zoë", "Nguyen", "Chaudhry", "Fatima", "Oluwaseun", "محمد", "خان", "Siobhán", "Ali"];
  const twoDigits = (value: number) => String(value).padStart(2, "0");
  const identityArb = fc.record({
    givenName: fc.option(fc.constantFrom(...namePool), { nil: null }),
    familyName: fc.option(fc.constantFrom(...namePool), { nil: null }),
    otherNames: fc.option(fc.array(fc.constantFrom(...namePool), { maxLength: 2 }), { nil: null }),
    dateOfBirth: fc.option(
      fc.record({ year: fc.integer({ min: 1950, max: 2015 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }).map(({ year, month, day }) => `${year}-${twoDigits(month)}-${twoDigits(day)}`),
      { nil: null },
    ),
    address: fc.option(fc.constantFrom("12 Acacia Road, Sparkhill", "Flat 3, 41 Stratford Road", "7 Ladypool Lane"), { nil: null }),
    postcode: fc.option(fc.constantFrom("B11 1AA", "LU1 3JH", "M8 0QT", "EC1A 1BB"), { nil: null }),
    phone: fc.option(fc.constantFrom("07700 900123", "+44 7700 900456", "0121 496 0000"), { nil: null }),
    email: fc.option(fc.constantFrom("aisha.b@example.org", "mk99@example.com"), { nil: null }),
  });
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

  /** Every written form of each identity value, as the free text might carry it. */
  function writtenForms(who: ClientIdentity): string[] {
    const names = [who.givenName, who.familyName, ...(who.otherNames ?? [])].filter((name): name is string => !!name);
    const phoneDigits = who.phone?.replace(/\D/g, "");
    const forms = [
      ...names,
      ...names.map((name) => name.toUpperCase()),
      ...names.map((name) => `${name.toLowerCase()}'s`),
      who.address?.split(",")[0],
      who.address?.split(",")[0]?.toLowerCase(),
      who.postcode,
      who.postcode?.replace(" ", "").toLowerCase(),
      who.phone,
      phoneDigits?.startsWith("44") ? `0${phoneDigits.slice(2)}` : phoneDigits,
      who.email?.toUpperCase(),
    ];
    if (who.dateOfBirth) {
      const [year = "", month = "", day = ""] = who.dateOfBirth.split("-");
      const monthName = months[Number(month) - 1] ?? "";
      forms.push(who.dateOfBirth, `${day}/${month}/${year}`, `${Number(day)}.${Number(month)}.${year.slice(2)}`, `${Number(day)} ${monthName} ${year}`, `${monthName.slice(0, 3)} ${day}, ${year}`);
    }
    return forms.filter((form): form is string => !!form);
  }

  /** The values that must not appear: name words over 2 letters (whole words), and the rest as written. */
  function leaks(output: string, who: ClientIdentity): string[] {
    const lower = output.toLowerCase();
    const nameWords = [who.givenName, who.familyName, ...(who.otherNames ?? [])].flatMap((name) => (name ?? "").split(/[\s-]+/)).filter((word) => [...word].length > 2);
    const found = nameWords.filter((word) => new RegExp(`(?<![\\p{L}\\p{M}])${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{M}])`, "u").test(lower));
    const [year = "", month = "", day = ""] = (who.dateOfBirth ?? "").split("-");
    const values = [who.dateOfBirth, who.dateOfBirth && `${day}/${month}/${year}`, who.dateOfBirth && `${Number(day)} ${months[Number(month) - 1]} ${year}`, who.address?.split(",")[0], who.postcode, who.postcode?.replace(" ", ""), who.phone, who.phone?.replace(/\D/g, ""), who.email];
    return [...found, ...values.filter((value): value is string => !!value && lower.includes(value.toLowerCase()))];
  }

  const textArb = (who: ClientIdentity) =>
    fc.array(fc.oneof(fc.constantFrom(...(writtenForms(who).length > 0 ? writtenForms(who) : ["nothing"])), fc.constantFrom("said", "the", "school,", "(", ")", "on", "and", "risk", ".")), { maxLength: 12 }).map((words) => words.join(" "));

  it("never lets an identity value into the summary's JSON or redactText's output", () => {
    fc.assert(
      fc.property(identityArb.chain((who) => fc.tuple(fc.constant(who), textArb(who), textArb(who), textArb(who))), ([who, reason, risk, excerpt]) => {
        expect(leaks(redactText(reason, who), who)).toEqual([]);
        const summary = redactedCaseSummary(input({ identity: who, escalation: { reason, riskSummary: risk }, excerpts: [{ text: excerpt, sessionDate: "2026-10-02" }], assessment: { needs: {}, flags: [excerpt] } }));
        expect(leaks(JSON.stringify(summary), who)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
