import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attributorInitial,
  defaultNdtmsSettings,
  ndtmsAttributor,
  ndtmsCsv,
  ndtmsFieldCodes,
  ndtmsSettingsSchema,
  ndtmsSubstancesFromTop,
  ndtmsTable,
  parseNdtmsSettings,
  type NdtmsEpisode,
  type NdtmsSettings,
  type NdtmsSettingsInput,
} from "./ndtms.js";

const sexCodes = defaultNdtmsSettings.codes.attributorSex;

const problems = (value: unknown) => ndtmsSettingsSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];
const withDefaults = (change: (settings: NdtmsSettingsInput) => void): NdtmsSettingsInput => {
  const settings: NdtmsSettingsInput = structuredClone(defaultNdtmsSettings);
  change(settings);
  return settings;
};

describe("ndtms.attributor", () => {
  it("puts the first-name initial, the surname initial, the date of birth as DDMMYYYY and the sex in characters 1, 2, 3–10 and 11", () => {
    const attributor = ndtmsAttributor({ givenName: "Ayesha", familyName: "Rahman", dateOfBirth: "2008-03-14", sex: "female" }, sexCodes);
    expect(attributor).toBe("AR14032008F");
    expect(attributor).toHaveLength(11);
    expect(attributor[10]).toBe("F");
  });

  it.each([
    ["Ayesha", "A"],
    ["ayesha", "A"],
    ["'Abdullah", "A"],
    ["O'Brien", "O"],
    ["  -Zara", "Z"],
    ["1. Imran", "I"],
    ["Émile", "E"],
    ["Łukasz", "L"],
    ["Ørsted", "O"],
    ["Şükrü", "S"],
    ["de la Cruz", "D"],
    ["al-Hassan", "A"],
  ])("takes the initial of %j as %j (letters only, upper case, accents folded, anything before the first letter skipped)", (name, initial) => {
    expect(attributorInitial(name)).toBe(initial);
  });

  it.each([["محمد"], ["عائشہ"], ["আয়েশা"], ["ਗੁਰਪ੍ਰੀਤ"], ["Дмитрий"], [""], ["  "], ["'-"], [null]])("has no initial for %j (another script, or no letter): it is not guessed", (name) => {
    expect(attributorInitial(name)).toBeNull();
  });

  it.each([
    ["an unknown first name", { givenName: null }],
    ["a first name in Arabic script", { givenName: "محمد" }],
    ["an unknown surname", { familyName: "" }],
    ["an unknown date of birth", { dateOfBirth: null }],
    ["an impossible date of birth", { dateOfBirth: "2001-02-30" }],
    ["a date of birth in another format", { dateOfBirth: "14/03/2008" }],
  ])("is left empty, not guessed, with %s", (_label, change) => {
    expect(ndtmsAttributor({ givenName: "Ayesha", familyName: "Rahman", dateOfBirth: "2008-03-14", sex: "female", ...change }, sexCodes)).toBe("");
  });

  it("codes sex from the organisation's table, not stated included", () => {
    const person = { givenName: "Sam", familyName: "Khan", dateOfBirth: "1990-12-01" };
    expect(ndtmsAttributor({ ...person, sex: "male" }, sexCodes)).toBe("SK01121990M");
    expect(ndtmsAttributor({ ...person, sex: "not_stated" }, sexCodes)).toBe("SK01121990U");
    expect(ndtmsAttributor({ ...person, sex: "male" }, { female: "2", male: "1", not_stated: "9" })).toBe("SK011219901");
  });

  it("is always 11 characters or empty; when made, its characters give back the initials, the date and the sex", () => {
    const day = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.option(fc.string()), fc.option(fc.string()), fc.option(day), fc.constantFrom<"female" | "male" | "not_stated">("female", "male", "not_stated"), (givenName, familyName, dateOfBirth, sex) => {
        const attributor = ndtmsAttributor({ givenName, familyName, dateOfBirth, sex }, sexCodes);
        if (attributor === "") return attributorInitial(givenName) === null || attributorInitial(familyName) === null || dateOfBirth === null;
        return (
          /^[A-Z]{2}\d{8}[A-Z0-9]$/.test(attributor) &&
          attributor[0] === attributorInitial(givenName) &&
          attributor[1] === attributorInitial(familyName) &&
          `${attributor.slice(6, 10)}-${attributor.slice(4, 6)}-${attributor.slice(2, 4)}` === dateOfBirth &&
          attributor[10] === sexCodes[sex]
        );
      }),
    );
  });
});

describe("ndtms.settings", () => {
  it("uses the defaults until the organisation saves its own", () => {
    expect(parseNdtmsSettings({})).toBe(defaultNdtmsSettings);
    expect(defaultNdtmsSettings.columns.map((column) => column.field)).toEqual(ndtmsFieldCodes);
    expect(defaultNdtmsSettings.columns.every((column) => column.isIncluded)).toBe(true);
    expect(parseNdtmsSettings(JSON.parse(JSON.stringify(defaultNdtmsSettings)))).toEqual(defaultNdtmsSettings);
  });

  it("appends a field the saved list lacks (one added since), left out of the file", () => {
    const saved = withDefaults((settings) => (settings.columns = settings.columns.filter((column) => column.field !== "religion")));
    const parsed = parseNdtmsSettings(saved);
    expect(parsed.columns.at(-1)).toEqual({ field: "religion", name: "RELIGION", isIncluded: false });
  });

  it.each<[string, (settings: NdtmsSettingsInput) => void, string]>([
    ["a field twice", (s) => (s.columns[1] = { field: "client_id", name: "AGAIN", isIncluded: false }), "columns.1.field: Each field appears once."],
    ["two columns with one name", (s) => (s.columns[1]!.name = "client_id"), "columns.1.name: Two columns cannot have the same name."],
    ["no column included", (s) => s.columns.forEach((column) => (column.isIncluded = false)), "columns: Choose at least one field."],
    ["a column name that is a formula", (s) => (s.columns[0]!.name = "=cmd"), "columns.0.name: Start with a letter; use letters, digits, spaces, _ . or -."],
    ["an unknown field", (s) => (s.columns[0] = { field: "nhs_number" as "client_id", name: "NHS", isIncluded: true }), "columns.0.field"],
    ["a code that is a formula", (s) => (s.codes.ethnicity.white_british = "=1+1"), "codes.ethnicity.white_british"],
    ["a code for an ethnicity Pathways does not have", (s) => ((s.codes.ethnicity as Record<string, string>).martian = "X"), "codes.ethnicity"],
    ["a two-character sex in the attributor", (s) => (s.codes.attributorSex.female = "FE"), "codes.attributorSex.female: One capital letter or digit."],
    ["an unknown date format", (s) => (s.dateFormat = "mm/dd/yyyy" as "dd/mm/yyyy"), "dateFormat"],
    ["an unknown setting", (s) => ((s as Record<string, unknown>).extra = true), "Unrecognized key"],
  ])("refuses %s, naming where", (_label, change, problem) => {
    expect(problems(withDefaults(change)).join("\n")).toContain(problem);
  });
});

const episode = (overrides: Partial<NdtmsEpisode> = {}): NdtmsEpisode => ({
  clientReference: "C-7KQ4-M2XD",
  episodeReference: "K-AAAA-BBBB",
  identity: { givenName: "Ayesha", familyName: "Rahman", dateOfBirth: "1990-03-14" },
  sex: "female",
  ethnicity: "asian_pakistani",
  religion: "muslim",
  disability: "no",
  postcodeDistrict: "B11",
  referralDate: "2025-01-06",
  referralSource: "gp_health",
  triageDate: "2025-01-08",
  consent: "given",
  substances: ["opioids", "crack"],
  modalities: [],
  dischargeDate: null,
  dischargeReason: null,
  ...overrides,
});

describe("ndtms.rows", () => {
  it("takes substances 1–3 from the Treatment Outcomes Profile: used on some of the last 28 days, most days first", () => {
    const score = (id: string, value: number | null) => ({ id, value });
    const scores = [score("alcohol_days_score", 4), score("opioid_days_score", 20), score("crack_days_score", 0), score("cannabis_days_score", 4), score("other_days_score", 2), score("cocaine_days_score", null), score("psychological_health_score", 15)];
    expect(ndtmsSubstancesFromTop(scores)).toEqual(["opioids", "alcohol", "cannabis"]);
    expect(ndtmsSubstancesFromTop([])).toEqual([]);
  });

  it("writes one row per mapped modality, earliest first, the episode repeated on each; unmapped interventions are not modalities", () => {
    const { header, rows } = ndtmsTable(
      [
        episode({
          modalities: [
            { kind: "programme", code: "multilingual_recovery", start: "2025-02-01", end: null },
            { kind: "intervention", code: "theology_sessions", start: "2025-01-10", end: "2025-01-20" },
            { kind: "intervention", code: "cbt_cravings", start: "2025-01-12", end: "2025-03-01" },
          ],
          dischargeDate: "2025-03-02",
          dischargeReason: "goals_achieved",
        }),
      ],
      defaultNdtmsSettings,
    );
    expect(header).toEqual(Object.values(defaultNdtmsSettings.columns).map((column) => column.name));
    expect(rows).toHaveLength(2);
    const cell = (row: number, name: string) => rows[row]![header.indexOf(name)];
    expect(cell(0, "MODALITY")).toBe("PSYCHOSOCIAL");
    expect(cell(0, "MODALITY_START")).toBe("12/01/2025");
    expect(cell(0, "MODALITY_END")).toBe("01/03/2025");
    expect(cell(1, "MODALITY_START")).toBe("01/02/2025");
    expect(cell(1, "MODALITY_END")).toBe("");
    for (const row of [0, 1]) {
      expect(cell(row, "CLIENT_ID")).toBe("C-7KQ4-M2XD");
      expect(cell(row, "ATTRIBUTOR")).toBe("AR14031990F");
      expect(cell(row, "ETHNICITY")).toBe("J");
      expect(cell(row, "REFERRAL_SOURCE")).toBe("GP");
      expect(cell(row, "SUBSTANCE_1")).toBe("OPIOIDS");
      expect(cell(row, "SUBSTANCE_2")).toBe("CRACK");
      expect(cell(row, "SUBSTANCE_3")).toBe("");
      expect(cell(row, "DISCHARGE_DATE")).toBe("02/03/2025");
      expect(cell(row, "DISCHARGE_REASON")).toBe("COMPLETED");
    }
  });

  it("sends nothing that links a record to a client who withdrew consent: no attributor, no postcode district, consent N", () => {
    const { header, rows } = ndtmsTable([episode({ consent: "withdrawn" }), episode({ consent: "not_recorded" })], defaultNdtmsSettings);
    const cell = (row: number, name: string) => rows[row]![header.indexOf(name)];
    expect([cell(0, "ATTRIBUTOR"), cell(0, "POSTCODE_DISTRICT"), cell(0, "CONSENT")]).toEqual(["", "", "N"]);
    expect(cell(0, "CLIENT_ID")).toBe("C-7KQ4-M2XD");
    expect([cell(1, "ATTRIBUTOR"), cell(1, "POSTCODE_DISTRICT")]).toEqual(["AR14031990F", "B11"]);
  });

  it("writes an episode with no modality as one row with the modality empty", () => {
    const { rows } = ndtmsTable([episode()], defaultNdtmsSettings);
    expect(rows).toHaveLength(1);
  });

  it("follows the organisation's columns (chosen, named, ordered), codes and date format", () => {
    const settings: NdtmsSettings = ndtmsSettingsSchema.parse(
      withDefaults((s) => {
        s.columns = [
          { field: "referral_date", name: "REFDATE", isIncluded: true },
          { field: "client_id", name: "CLIENT", isIncluded: true },
          { field: "ethnicity", name: "ETHNIC", isIncluded: true },
          { field: "local_authority", name: "LA", isIncluded: true },
          { field: "attributor", name: "ATTR", isIncluded: false },
        ];
        s.dateFormat = "yyyy-mm-dd";
        s.codes.ethnicity = { asian_pakistani: "14" };
        s.codes.localAuthority = { B11: "E08000025" };
      }),
    );
    expect(ndtmsCsv([episode(), episode({ ethnicity: "white_irish", postcodeDistrict: null })], settings)).toBe(
      "REFDATE,CLIENT,ETHNIC,LA\r\n2025-01-06,C-7KQ4-M2XD,14,E08000025\r\n2025-01-06,C-7KQ4-M2XD,,\r\n",
    );
  });

  it("never writes a name or the date of birth as such: only the attributor carries them, as initials and digits", () => {
    const csv = ndtmsCsv([episode({ identity: { givenName: "Ayesha", familyName: "Rahman", dateOfBirth: "1990-03-14" } })], defaultNdtmsSettings);
    expect(csv).not.toMatch(/Ayesha|Rahman|1990-03-14|14\/03\/1990/);
  });
});
