import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { scheduleWords } from "./schedule-words.js";

const words: Record<string, string> = {
  "instruments.schedule.atStart": "At the start",
  "instruments.schedule.atExit": "before closing",
  "instruments.schedule.separator": " · ",
  "instruments.schedule.none": "Not scheduled",
};
const t = ((key: string, values?: { count?: number }) => (key === "instruments.schedule.everyWeeks" ? `every ${values?.count} weeks` : words[key])) as unknown as TFunction;

describe("instruments.schedule-words", () => {
  it("lists the parts of a schedule in order", () => {
    expect(scheduleWords({ atStart: true, everyWeeks: 12, atExit: true }, t)).toBe("At the start · every 12 weeks · before closing");
    expect(scheduleWords({ atStart: false, everyWeeks: 4, atExit: false }, t)).toBe("every 4 weeks");
  });

  it("says when an instrument is not scheduled at all", () => {
    expect(scheduleWords({ atStart: false, everyWeeks: null, atExit: false }, t)).toBe("Not scheduled");
  });
});
