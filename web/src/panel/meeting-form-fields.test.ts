import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { updateMeetingBodySchema } from "../../../core/api/panel.js";
import { ApiError } from "../api/api-error.js";
import { catalogueFiles } from "../i18n/catalogue-files.js";
import { hoursOf, instantOf, localInputOf, meetingFormErrors, minutesOf, onFormFields, type MeetingFormValues } from "./meeting-form-fields.js";

const i18n = i18next.createInstance();
await i18n.init({ lng: "en", resources: { en: { translation: catalogueFiles.en }, ur: { translation: catalogueFiles.ur } }, interpolation: { escapeValue: false } });
const english = i18n.getFixedT("en");
const urdu = i18n.getFixedT("ur");

const values: MeetingFormValues = { startsAt: "2026-05-04T18:00", endsAt: "2026-05-04T20:00", location: "Committee room 2", hoursBefore: 72, hoursAfter: 24, attendeeIds: [] };
const bodyOf = (form: MeetingFormValues) => ({
  startsAt: instantOf(form.startsAt),
  endsAt: instantOf(form.endsAt),
  location: form.location,
  minutesBefore: minutesOf(form.hoursBefore),
  minutesAfter: minutesOf(form.hoursAfter),
  attendeeIds: form.attendeeIds,
  version: 3,
});
const errorsOf = (form: MeetingFormValues, t = english) => meetingFormErrors(updateMeetingBodySchema, bodyOf(form), form, t);

describe("panel.meetingForm", () => {
  it("opens a meeting for editing at the wall-clock times it was scheduled for, and the window in hours", () => {
    expect(localInputOf(instantOf("2026-05-04T18:00"))).toBe("2026-05-04T18:00");
    expect(localInputOf(instantOf("2026-11-01T09:30"))).toBe("2026-11-01T09:30");
    expect(hoursOf(72 * 60)).toBe(72);
    expect(hoursOf(90)).toBe(1.5);
    expect(minutesOf(hoursOf(90))).toBe(90);
  });

  it("accepts a well-formed change and puts each complaint on the field the lead typed, in their language", () => {
    expect(errorsOf(values)).toEqual({});
    expect(errorsOf({ ...values, endsAt: "2026-05-04T17:00" })).toEqual({ endsAt: "The meeting must end after it starts." });
    expect(errorsOf({ ...values, endsAt: "2026-05-05T08:00" })).toEqual({ endsAt: "A meeting can last at most 12 hours." });
    // The API counts the window in minutes; the complaint lands on the hours the lead typed.
    expect(errorsOf({ ...values, hoursBefore: 200 })).toEqual({ hoursBefore: "At most 168 hours (a week)." });
    expect(errorsOf({ ...values, hoursAfter: "" })).toEqual({ hoursAfter: english("validation.required") });
    expect(errorsOf({ ...values, endsAt: "2026-05-04T17:00" }, urdu).endsAt).toBe("اجلاس شروع ہونے کے بعد ہی ختم ہو سکتا ہے۔");
  });

  it("moves the server's field errors onto the form's fields and keeps anything else as it came", () => {
    const refused = new ApiError("unprocessable", "Invalid input.", 422, [
      { path: "body.minutesAfter", message: "The time after must be at most a week (10080 minutes)." },
      { path: "body.attendeeIds", message: "Every attendee must be a member of this site's panel." },
    ]);
    const placed = onFormFields(refused, urdu) as ApiError;
    expect(placed.code).toBe("unprocessable");
    expect(placed.fields).toEqual([
      { path: "hoursAfter", message: "زیادہ سے زیادہ 168 گھنٹے (ایک ہفتہ)۔" },
      { path: "attendeeIds", message: "شریک ہونے والا ہر شخص اس مقام کے پینل کا رکن ہونا چاہیے۔" },
    ]);
    const stale = new ApiError("conflict", "The meeting has changed since you opened it.", 409);
    expect(onFormFields(stale, english)).toBe(stale);
  });
});
