import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vulnerabilityDomains } from "../referrals/vocabulary.js";
import { matchWorkers, specialisms, type ClientNeeds, type WorkerProfile } from "./matching.js";

const today = "2026-11-24";
const site = "site-birmingham";

const worker = (overrides: Partial<WorkerProfile> = {}): WorkerProfile => ({
  userId: "w1",
  name: "Worker",
  gender: "female",
  languages: ["en"],
  specialisms: [],
  siteIds: [site],
  vetting: { checkedOn: "2025-06-01", expiresOn: "2028-06-01" },
  maxCaseload: 10,
  openCases: 5,
  conflictClientIds: [],
  ...overrides,
});

const client = (overrides: Partial<ClientNeeds> = {}): ClientNeeds => ({
  clientId: "c1",
  siteId: site,
  preferredLanguage: "ur",
  isInterpreterNeeded: false,
  preferredWorkerGender: "no_preference",
  domainNeeds: [],
  askedFor: [],
  ...overrides,
});

const only = (profile: WorkerProfile, needs: ClientNeeds = client()) => matchWorkers([profile], needs, today);
const reasonKinds = (profile: WorkerProfile, needs?: ClientNeeds) => only(profile, needs).ranked[0]!.reasons.map((reason) => reason.kind);

describe("support.matching exclusions", () => {
  it.each([
    ["a declared conflict with the client", worker({ conflictClientIds: ["c1"] }), [{ kind: "conflict" }]],
    ["no vetting recorded", worker({ vetting: null }), [{ kind: "vetting_missing" }]],
    ["vetting that expired yesterday", worker({ vetting: { checkedOn: "2023-11-23", expiresOn: "2026-11-23" } }), [{ kind: "vetting_expired", expiresOn: "2026-11-23" }]],
    ["not working at the case's site", worker({ siteIds: ["site-luton"] }), [{ kind: "other_site" }]],
    ["a full caseload", worker({ openCases: 10 }), [{ kind: "at_capacity", max: 10 }]],
    [
      "every reason at once",
      worker({ conflictClientIds: ["c1"], vetting: null, siteIds: [], openCases: 12 }),
      [{ kind: "conflict" }, { kind: "vetting_missing" }, { kind: "other_site" }, { kind: "at_capacity", max: 10 }],
    ],
  ])("leaves out a worker with %s, saying why", (_label, profile, reasons) => {
    expect(only(profile)).toEqual({ ranked: [], excluded: [{ userId: "w1", name: "Worker", reasons }] });
  });

  it("keeps a worker whose vetting runs out today, with a warning", () => {
    const result = only(worker({ vetting: { checkedOn: "2023-11-24", expiresOn: "2026-11-24" } }));
    expect(result.excluded).toEqual([]);
    expect(result.ranked[0]!.reasons).toContainEqual({ kind: "vetting_expiring", points: 0, expiresOn: "2026-11-24" });
  });

  it("warns from 30 days before vetting runs out, and not before", () => {
    expect(reasonKinds(worker({ vetting: { checkedOn: "2023-12-24", expiresOn: "2026-12-24" } }))).toContain("vetting_expiring");
    expect(reasonKinds(worker({ vetting: { checkedOn: "2023-12-25", expiresOn: "2026-12-25" } }))).not.toContain("vetting_expiring");
  });

  it("leaves out a worker already on the case, and keeps everyone else", () => {
    const result = matchWorkers([worker({ userId: "w1" }), worker({ userId: "w2", name: "Other" })], client({ onCase: ["w1"] }), today);
    expect(result.excluded).toEqual([{ userId: "w1", name: "Worker", reasons: [{ kind: "already_on_case" }] }]);
    expect(result.ranked.map((candidate) => candidate.userId)).toEqual(["w2"]);
  });

  it("does not exclude for a conflict with another client", () => {
    expect(only(worker({ conflictClientIds: ["c2"] })).ranked).toHaveLength(1);
  });
});

describe("support.matching points", () => {
  it.each([
    ["no preference: nothing for gender", "no_preference", "male", []],
    ["a female worker for a client who asked for one", "female", "female", [{ kind: "gender_match", points: 40 }]],
    ["a male worker for a client who asked for a woman", "female", "male", [{ kind: "gender_mismatch", points: -40, preferred: "female" }]],
    ["a male worker for a client who asked for a man", "male", "male", [{ kind: "gender_match", points: 40 }]],
  ] as const)("gender: %s", (_label, preferred, gender, expected) => {
    const reasons = only(worker({ gender }), client({ preferredWorkerGender: preferred })).ranked[0]!.reasons;
    expect(reasons.filter((reason) => reason.kind.startsWith("gender"))).toEqual(expected);
  });

  it("gives 30 for speaking the client's preferred language, and says when they do not", () => {
    expect(only(worker({ languages: ["en", "ur"] })).ranked[0]!.reasons).toContainEqual({ kind: "language_match", points: 30, language: "ur" });
    expect(only(worker({ languages: ["en"] })).ranked[0]!.reasons).toContainEqual({ kind: "language_missing", points: 0, language: "ur" });
  });

  it("meets high needs for 15 and moderate ones for 8, once per area, with the specialisms that meet them", () => {
    const needs = client({
      domainNeeds: [
        { domain: "substance_misuse", need: 5 },
        { domain: "family", need: 2 },
        { domain: "housing", need: 1 },
        { domain: "radicalisation_extremism", need: 4 },
      ],
    });
    const reasons = only(worker({ specialisms: ["cbt", "lived_experience", "family_work"] }), needs).ranked[0]!.reasons.filter((reason) => reason.kind.startsWith("need"));
    expect(reasons).toEqual([
      { kind: "need_met", points: 15, domain: "substance_misuse", level: "high", specialisms: ["cbt", "lived_experience"] },
      { kind: "need_unmet", points: 0, domain: "radicalisation_extremism", level: "high" },
      { kind: "need_met", points: 8, domain: "family", level: "moderate" as const, specialisms: ["family_work"] },
    ]);
  });

  it("gives 20 for each specialism the plan asks for, and names the ones missing", () => {
    const reasons = only(worker({ specialisms: ["theology"] }), client({ askedFor: ["theology", "female_support"] })).ranked[0]!.reasons;
    expect(reasons).toContainEqual({ kind: "asked_for", points: 20, specialism: "theology" });
    expect(reasons).toContainEqual({ kind: "asked_for_missing", points: 0, specialism: "female_support" });
  });

  it("gives up to 10 for room on the caseload, in proportion", () => {
    const capacity = (openCases: number) => only(worker({ openCases, maxCaseload: 12 })).ranked[0]!.reasons.find((reason) => reason.kind === "capacity");
    expect(capacity(0)).toEqual({ kind: "capacity", points: 10, free: 12, max: 12 });
    expect(capacity(6)).toEqual({ kind: "capacity", points: 5, free: 6, max: 12 });
    expect(capacity(11)).toEqual({ kind: "capacity", points: 1, free: 1, max: 12 });
  });
});

describe("support.matching ranking", () => {
  it("puts a female Urdu-speaking CBT mentor first for a woman who asked for one, and says why", () => {
    const needs = client({ preferredWorkerGender: "female", domainNeeds: [{ domain: "substance_misuse", need: 4 }], askedFor: ["cbt"] });
    const result = matchWorkers(
      [
        worker({ userId: "m1", name: "Hamza", gender: "male", languages: ["en", "ur"], specialisms: ["cbt"], openCases: 1 }),
        worker({ userId: "f1", name: "Saira", gender: "female", languages: ["en", "ur"], specialisms: ["cbt"], openCases: 8 }),
        worker({ userId: "f2", name: "Joanne", gender: "female", languages: ["en"], specialisms: ["cbt"], openCases: 2 }),
        worker({ userId: "f3", name: "Maryam", gender: "female", languages: ["ur"], specialisms: ["cbt"], conflictClientIds: ["c1"] }),
      ],
      needs,
      today,
    );
    expect(result.ranked.map((candidate) => [candidate.name, candidate.score])).toEqual([
      ["Saira", 40 + 30 + 15 + 20 + 2],
      ["Joanne", 40 + 0 + 15 + 20 + 8],
      ["Hamza", -40 + 30 + 15 + 20 + 9],
    ]);
    expect(result.excluded).toEqual([{ userId: "f3", name: "Maryam", reasons: [{ kind: "conflict" }] }]);
    expect(result.ranked[0]!.reasons.map((reason) => reason.kind)).toEqual(["gender_match", "language_match", "need_met", "asked_for", "capacity"]);
  });

  it("breaks a tie by room on the caseload, then by name", () => {
    const result = matchWorkers(
      [worker({ userId: "a", name: "Bushra", openCases: 5 }), worker({ userId: "b", name: "Aisha", openCases: 5 }), worker({ userId: "c", name: "Zara", openCases: 4, maxCaseload: 8 })],
      client(),
      today,
    );
    // Zara: 4 free of 8 is 5 points, as are the others' 5 of 10; she has fewer free places, so comes last.
    expect(result.ranked.map((candidate) => candidate.name)).toEqual(["Aisha", "Bushra", "Zara"]);
  });

  it("scores each candidate as the sum of its reasons, ranks in order, and accounts for everyone", () => {
    const profile = fc.record({
      userId: fc.uuid(),
      name: fc.string({ minLength: 1, maxLength: 8 }),
      gender: fc.constantFrom("female" as const, "male" as const, "other" as const, "not_stated" as const),
      languages: fc.subarray(["en", "ur", "pa", "bn", "ar", "pl"]),
      specialisms: fc.subarray([...specialisms]),
      siteIds: fc.subarray([site, "site-luton"]),
      vetting: fc.option(fc.record({ checkedOn: fc.constant("2024-01-01"), expiresOn: fc.constantFrom("2026-01-01", "2026-11-24", "2026-12-01", "2029-01-01") }), { nil: null }),
      maxCaseload: fc.integer({ min: 1, max: 30 }),
      openCases: fc.integer({ min: 0, max: 35 }),
      conflictClientIds: fc.subarray(["c1", "c2"]),
    });
    const needs = fc.record({
      clientId: fc.constant("c1"),
      siteId: fc.constant(site),
      preferredLanguage: fc.constantFrom("en", "ur", "so"),
      isInterpreterNeeded: fc.boolean(),
      preferredWorkerGender: fc.constantFrom("no_preference" as const, "female" as const, "male" as const),
      domainNeeds: fc.subarray([...vulnerabilityDomains]).chain((domains) => fc.tuple(...domains.map((domain) => fc.record({ domain: fc.constant(domain), need: fc.integer({ min: -3, max: 6 }) })))),
      askedFor: fc.subarray([...specialisms], { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(profile, { maxLength: 8 }), needs, (profiles, clientNeeds) => {
        const result = matchWorkers(profiles, clientNeeds, today);
        expect(result.ranked.length + result.excluded.length).toBe(profiles.length);
        for (const candidate of result.ranked) expect(candidate.score).toBe(candidate.reasons.reduce((sum, reason) => sum + reason.points, 0));
        for (let i = 1; i < result.ranked.length; i++) expect(result.ranked[i - 1]!.score).toBeGreaterThanOrEqual(result.ranked[i]!.score);
        for (const { userId } of result.ranked) {
          const chosen = profiles.find((candidate) => candidate.userId === userId)!;
          expect(chosen.conflictClientIds).not.toContain("c1");
          expect(chosen.vetting && chosen.vetting.expiresOn >= today).toBe(true);
          expect(chosen.openCases).toBeLessThan(chosen.maxCaseload);
        }
      }),
    );
  });
});
