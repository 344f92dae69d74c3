import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { dayRowSchema, recordSessionBodySchema } from "../../../core/api/sessions.js";
import { detailsOf, draftOf, draftProblems, errorsFromSchema, errorsFromServer, newDraft, startsAtOf, type SessionDraft } from "./session-draft.js";

/** Answers the key itself, so tests see which message was chosen. */
const t = ((key: string) => key) as unknown as TFunction;

const draft = (overrides: Partial<SessionDraft> = {}): SessionDraft => ({
  date: "2025-03-14",
  time: "10:30",
  durationMinutes: "45",
  mode: "office",
  venue: "",
  interventionType: "one_to_one_mentoring",
  attendance: "attended",
  notes: "",
  ...overrides,
});

describe("sessions.draft", () => {
  it("turns the day and time where the worker is into the moment the session starts, and back", () => {
    const startsAt = startsAtOf(draft());
    expect(new Date(startsAt).getFullYear()).toBe(2025);
    expect(draftOf({ startsAt, durationMinutes: 45, mode: "office", venue: null, interventionType: "one_to_one_mentoring", attendance: null })).toMatchObject({ date: "2025-03-14", time: "10:30", attendance: "planned" });
    expect(startsAtOf(draft({ time: "" }))).toBe("");
    expect(startsAtOf(draft({ date: "14/03/2025" }))).toBe("");
  });

  it("sends notes only once a session has happened (a missed one's follow-up too), and a venue only for a partner venue", () => {
    expect(detailsOf(draft({ notes: "  Agreed a plan.  " }))).toMatchObject({ notes: "Agreed a plan.", attendance: "attended", venue: null, durationMinutes: 45 });
    expect(detailsOf(draft({ attendance: "did_not_attend", notes: "Rang twice." }))).toMatchObject({ notes: "Rang twice." });
    expect(detailsOf(draft({ attendance: "planned", notes: "Bring the leaflet." }))).not.toHaveProperty("notes");
    expect(detailsOf(draft({ attendance: "planned" })).attendance).toBeNull();
    expect(detailsOf(draft({ mode: "partner_venue", venue: "Green Lane Mosque" })).venue).toBe("Green Lane Mosque");
    expect(detailsOf(draft({ mode: "home", venue: "left over" })).venue).toBeNull();
  });

  it("checks a draft with the core's schema, putting each problem on its field", () => {
    const body = (values: SessionDraft) => recordSessionBodySchema.safeParse({ ...detailsOf(values), workerIds: [] });
    expect(errorsFromSchema(body(draft({ mode: "partner_venue", durationMinutes: "2", time: "", interventionType: "" })), t)).toEqual({
      date: "sessions.errors.dateTime",
      durationMinutes: "sessions.errors.duration",
      venue: "sessions.errors.venueRequired",
      interventionType: "sessions.errors.chooseType",
      workerIds: "validation.required",
    });
    const row = dayRowSchema.safeParse({ caseId: "", ...detailsOf(draft()) });
    expect(Object.keys(errorsFromSchema(row, t))).toEqual(["caseId"]);
  });

  it("refuses attendance for a session still to come", () => {
    const now = new Date(startsAtOf(draft()));
    expect(draftProblems(draft(), t, new Date(now.getTime() - 60_000))).toEqual({ attendance: "sessions.errors.future" });
    expect(draftProblems(draft({ attendance: "planned" }), t, new Date(now.getTime() - 60_000))).toEqual({});
    expect(draftProblems(draft(), t, now)).toEqual({});
  });

  it("places the server's problems on the row and field it names, in the user's language", () => {
    expect(
      errorsFromServer(
        [
          { path: "sessions.1.attendance", message: "A session in the future has not happened yet: leave it planned." },
          { path: "body.sessions.2.startsAt", message: "Must be a date and time." },
          { path: "workerIds.0", message: "Not someone who can see this case." },
          { path: "sessions.0.caseId", message: "Not a case you can see." },
        ],
        t,
      ),
    ).toEqual([
      { row: 1, field: "attendance", message: "sessions.errors.future" },
      { row: 2, field: "date", message: "Must be a date and time." },
      { row: null, field: "workerIds", message: "sessions.errors.workerCannotSee" },
      { row: 0, field: "caseId", message: "sessions.errors.caseNotSeen" },
    ]);
  });

  it("starts a new session planned, at the next hour, at the office", () => {
    expect(newDraft(new Date(2025, 2, 14, 9, 20))).toMatchObject({ date: "2025-03-14", time: "10:00", attendance: "planned", mode: "office" });
  });
});
