import { describe, expect, it } from "vitest";
import { emailedKinds, emailText } from "./messages.js";

const facts = { reference: "BIR-2025-0042", date: "2025-03-05", siteName: "Birmingham", personName: "Sana Mirza", link: "https://pathways.example.org/cases/1" };

describe("email.messages", () => {
  for (const language of ["en", "ur"] as const) {
    it(`writes every emailed alert in ${language} with its facts and the link, and a footer saying no client is named`, () => {
      for (const kind of emailedKinds) {
        const { subject, body } = emailText({ kind, ...facts }, language);
        expect(subject.trim(), kind).not.toBe("");
        // Records due for deletion are counted, not named: that alert carries no reference.
        if (kind !== "retention_due") expect(`${subject} ${body}`, kind).toMatch(/BIR-2025-0042|Sana Mirza/);
        expect(body, kind).toContain(facts.link);
        expect(body, kind).not.toMatch(/undefined|null|\$\{/);
      }
    });
  }

  it("writes dates as people read them and falls back to plain words for missing names", () => {
    expect(emailText({ kind: "vetting_expired", ...facts, personName: null }, "en").body).toContain("A member of staff's DBS check ran out on 5 March 2025.");
    expect(emailText({ kind: "urgent_referral", ...facts, siteName: null }, "ur").body).toContain("آپ کی سائٹ");
  });

  it("counts records due for deletion without naming them, in English and Urdu", () => {
    const retention = { newlyDue: 3, stillDue: 1, due: 4 };
    const english = emailText({ kind: "retention_due", ...facts, retention }, "en");
    expect(english.body).toContain("3 records are newly due for deletion under the retention schedule. One record has waited over a week for your decision. Open the retention queue to approve or hold them (4 due in all).");
    expect(emailText({ kind: "retention_due", ...facts, retention: { newlyDue: 1, stillDue: 0, due: 1 } }, "en").body).toContain("One record is newly due for deletion under the retention schedule. Open the retention queue to approve or hold it.");
    const urdu = emailText({ kind: "retention_due", ...facts, retention }, "ur");
    expect(urdu.body).toContain(`${new Intl.NumberFormat("ur-PK").format(3)} ریکارڈ اب`);
    expect(urdu.body).toContain(`کل ${new Intl.NumberFormat("ur-PK").format(4)} واجب`);
  });
});
