import { describe, expect, it } from "vitest";
import { logSessionBodySchema } from "../../../../core/api/outreach-sessions.js";
import { fieldOfFor, initialValues, occurrenceBody, oneOffBody, recordOf } from "./session-form-values.js";

const kits = "0b6b7c0e-1d2a-4c3b-8e9f-0a1b2c3d4e5f";
const leaflets = "1c7c8d1f-2e3b-4d4c-9f0a-1b2c3d4e5f60";
const worker = "2d8d9e20-3f4c-4e5d-8a1b-2c3d4e5f6071";
const schedule = "3e9eaf31-404d-4f6e-9b2c-3d4e5f607182";

const filled = () => ({
  ...initialValues({ topics: ["drugs"], staffIds: [worker] }),
  headcount: { total: 42, byAgeBand: { under_11: "", "16_17": 10 }, byGender: { female: "", male: "" } },
  resources: { [kits]: "", [leaflets]: 10 },
});

describe("outreach.sessionForm", () => {
  it("sends only the bands filled in and the items with a quantity, in the stock list's order", () => {
    const { record, lineItems } = recordOf(filled(), [kits, leaflets]);
    expect(record.headcount).toEqual({ total: 42, byAgeBand: { "16_17": 10 } });
    expect(record.resources).toEqual([{ itemId: leaflets, quantity: 10 }]);
    expect(lineItems).toEqual([leaflets]);
    expect(logSessionBodySchema.safeParse(occurrenceBody(filled(), [kits, leaflets], schedule, "2026-11-20")).success).toBe(true);
  });

  it("puts a problem with the request's first resource line on the item it was, not the first item listed", () => {
    const fieldOf = fieldOfFor([leaflets]);
    expect(fieldOf("resources.0")).toBe(`resources.${leaflets}`);
    expect(fieldOf("headcount.byAgeBand")).toBe("headcount.byAgeBand");
    expect(fieldOf("staffIds.1")).toBe("staffIds");
    expect(fieldOf("startsAt")).toBe("time");
    expect(fieldOf("occurrenceDay")).toBeNull();
  });

  it("reads a one-off's day and time as London's, in summer and in winter", () => {
    const values = { ...filled(), venue: "Small Heath Park", sessionType: "stall", durationMinutes: 60 };
    expect(oneOffBody({ ...values, day: "2026-07-03", time: "13:00" }, [], "4fa0b042-515e-4a7f-8c3d-4e5f60718293").startsAt).toBe("2026-07-03T12:00:00.000Z");
    expect(oneOffBody({ ...values, day: "2026-12-04", time: "13:00" }, [], "4fa0b042-515e-4a7f-8c3d-4e5f60718293").startsAt).toBe("2026-12-04T13:00:00.000Z");
    expect(oneOffBody({ ...values, time: "" }, [], "4fa0b042-515e-4a7f-8c3d-4e5f60718293").startsAt).toBeUndefined();
  });
});
