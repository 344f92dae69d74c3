import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseStates, closureOutcomes, closureReasons, supportTiers } from "../cases/case-state-machine.js";
import { caseImport, reaches, stepsTo } from "./case-fields.js";
import { guessColumns, importKinds, type CheckContext } from "./cells.js";
import { importDefinitions } from "./kinds.js";
import { referralImport } from "./referral-fields.js";
import { sessionImport } from "./session-fields.js";

const context: CheckContext = { today: "2026-06-01", referralSources: new Set(["police", "self"]), interventionTypes: new Set(["family_work"]) };
const problemsOf = (result: { problems: { field: string; problem: string }[] }) => result.problems.map((problem) => `${problem.field} ${problem.problem}`).sort();

describe("import.rows", () => {
  it.each([
    ["a received referral needs no client", { reference: "R1", receivedDate: "01/05/2026", source: "Police", reasons: "family" }, []],
    ["an accepted referral names its client and the day decided", { reference: "R1", receivedDate: "2026-05-01", source: "police", reasons: "family", status: "accepted" }, ["clientReference required", "decidedDate required"]],
    ["decided before it was received", { reference: "R1", clientReference: "A", receivedDate: "2026-05-02", source: "police", reasons: "family", status: "accepted", decidedDate: "2026-05-01" }, ["decidedDate before_start"]],
    ["unknown source and domain", { reference: "R1", receivedDate: "2026-05-01", source: "martians", reasons: "family; astrology" }, ["reasons unknown_code", "source unknown_code"]],
    ["signposted names where to", { reference: "R1", receivedDate: "2026-05-01", source: "self", reasons: "alcohol", status: "signposted", decidedDate: "2026-05-02" }, ["signpostedTo required"]],
  ])("referral: %s", (_name, cells, expected) => {
    expect(problemsOf(referralImport.check(cells, context))).toEqual(expected);
  });

  it.each([
    ["closed from assessment, without a tier", { reference: "K1", clientReference: "A", openedDate: "2026-01-01", state: "closed", closedDate: "2026-02-01", closureReason: "moved_away", closureOutcome: "not_known" }, []],
    ["active needs a tier", { reference: "K1", clientReference: "A", openedDate: "2026-01-01", state: "active" }, ["tier required"]],
    ["assessment takes no tier or closure", { reference: "K1", clientReference: "A", openedDate: "2026-01-01", tier: "intensive", closedDate: "2026-02-01" }, ["closedDate not_allowed", "tier not_allowed"]],
    ["closed before it opened", { reference: "K1", clientReference: "A", openedDate: "2026-03-01", state: "closed", closedDate: "2026-02-01", closureReason: "other", closureOutcome: "worse" }, ["closedDate before_start"]],
  ])("case: %s", (_name, cells, expected) => {
    expect(problemsOf(caseImport.check(cells, context))).toEqual(expected);
  });

  it.each([
    ["a held session with notes", { caseReference: "K1", date: "2025-01-01", time: "14:30", durationMinutes: "60", mode: "home", interventionType: "family_work", attendance: "attended", notes: "Met at home" }, []],
    ["attendance for a session still to come", { caseReference: "K1", date: "2026-06-10", durationMinutes: "60", mode: "office", interventionType: "family_work", attendance: "attended" }, ["attendance not_allowed"]],
    ["more than a year ahead", { caseReference: "K1", date: "2027-07-01", durationMinutes: "60", mode: "office", interventionType: "family_work" }, ["date future_date"]],
    ["a partner venue needs the venue; lengths are whole minutes from 5 to 600", { caseReference: "K1", date: "2026-01-01", durationMinutes: "2", mode: "partner_venue", interventionType: "family_work" }, ["durationMinutes bad_number", "venue required"]],
  ])("session: %s", (_name, cells, expected) => {
    expect(problemsOf(sessionImport.check(cells, context))).toEqual(expected);
  });

  it("reads a session's London time as the instant it happened", () => {
    expect(sessionImport.check({ caseReference: "K1", date: "2026-05-01", time: "9.05", durationMinutes: "30", mode: "phone", interventionType: "family_work" }, context).row?.startsAt).toBe("2026-05-01T08:05:00.000Z");
  });

  it("reaches every case state through the state machine from a row that gives what it needs", () => {
    fc.assert(
      fc.property(fc.constantFrom(...caseStates), fc.constantFrom(...supportTiers), fc.constantFrom(...closureReasons), fc.constantFrom(...closureOutcomes), (state, tier, reason, outcome) => {
        const steps = stepsTo(state, { tier: state === "assessment" ? null : tier, openedDate: "2026-01-01", closedDate: "2026-02-01", closure: { reason, outcome } });
        expect(reaches(steps, state)).toBe(true);
      }),
    );
  });

  it("never throws on any cells, and names only the kind's own fields", () => {
    fc.assert(
      fc.property(fc.constantFrom(...importKinds), fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 30 })), (kind, raw) => {
        const definition = importDefinitions[kind];
        const cells = Object.fromEntries(definition.fields.map((field, index) => [field, Object.values(raw)[index] ?? ""]));
        const result = definition.check(cells, context);
        for (const problem of result.problems) expect(definition.fields).toContain(problem.field);
        expect(result.row === null).toBe(result.problems.length > 0);
      }),
    );
  });

  it("guesses each kind's columns from the headers a sheet would use", () => {
    expect(guessColumns(importDefinitions.cases, ["Case ID", "Client ID", "Referral ID", "Date opened", "Status"])).toEqual({ reference: 0, clientReference: 1, referralReference: 2, openedDate: 3, state: 4 });
    expect(guessColumns(importDefinitions.sessions, ["Case ref", "Date", "Duration (mins)", "Type of contact", "Intervention"])).toEqual({ caseReference: 0, date: 1, durationMinutes: 2, mode: 3, interventionType: 4 });
  });
});
