import { describe, expect, it } from "vitest";
import { redact, type SubjectAccessRecord } from "../../../core/data-rights/export-record.js";
import { exportDocument } from "./export-document.js";
import { exportTexts } from "./export-text.js";

const record: SubjectAccessRecord = {
  format: "pathways.subject-access/1",
  organisation: "Pathways Community Trust",
  generatedOn: "2026-11-25",
  request: { reference: "D-AAAA-BBBB", receivedOn: "2026-10-30" },
  person: {
    reference: "C-CCCC-DDDD",
    identity: { givenName: "Zain", familyName: "Akhtar", otherNames: [], dateOfBirth: "2007-09-02", address: null, postcode: null, phone: null, email: null, nhsNumber: null },
    demographics: { preferredLanguage: "ur" },
  },
  consents: [],
  relationships: [{ relation: "mother", relatedClientReference: null, contactName: { itemKey: "relationship:1:contact_name", value: "Nasreen Akhtar" }, contactPhone: { itemKey: "relationship:1:contact_phone", value: "07700 900432" }, since: "2026-09-01", endedOn: null }],
  referrals: [],
  outreachFollowUps: [
    {
      referralReference: "R-EEEE-FFFF",
      receivedOn: "2026-09-03",
      partner: { itemKey: "referral_attribution:2:partner", value: "Green Lane Mosque" },
      session: { heldOn: "2026-09-01", sessionType: "drop_in", topics: ["county_lines"], venue: null, staff: ["Bilal Khan"], notes: { itemKey: "outreach_session:3:notes", value: "Twelve young men after Friday prayers." } },
    },
  ],
  cases: [],
  accessLog: [{ at: "2026-11-20T10:00:00.000Z", staff: "Amina Hussain", action: "Opened your record" }],
};
const withheldPhone = redact(record, [{ itemKey: "relationship:1:contact_phone", reason: "third_party" }]);
const words = (language: string) => exportDocument(withheldPhone, language).blocks.map((block) => block.text).join("\n");

describe("data-rights.subject-access printed copy", () => {
  it("is in Urdu, right to left, for a person who prefers Urdu, marking what was withheld in Urdu", () => {
    const model = exportDocument(withheldPhone, "ur");
    expect(model).toMatchObject({ language: "ur", direction: "rtl", isFallback: false, title: exportTexts.ur.title });
    expect(words("ur")).toContain(exportTexts.ur.withheld.third_party);
    expect(words("ur")).toContain(exportTexts.ur.withheldNotice);
    expect(words("ur")).not.toContain("07700 900432");
    expect(words("ur")).toContain("Nasreen Akhtar");
  });

  it("is in English, saying so, for a language without a catalogue, and says when a section is empty", () => {
    const model = exportDocument(withheldPhone, "pl");
    expect(model).toMatchObject({ language: "en", direction: "ltr", isFallback: true });
    expect(words("pl")).toContain(exportTexts.en.fallbackNotice);
    expect(words("pl")).toContain(`${exportTexts.en.headings.consents}\n${exportTexts.en.none}`);
    expect(words("pl")).toContain("Amina Hussain · Opened your record");
  });

  it("has no notice of withholding when nothing was withheld", () => {
    expect(exportDocument(redact(record, []), "en").blocks.map((block) => block.text)).not.toContain(exportTexts.en.withheldNotice);
  });

  it("says where the person was met through outreach, and marks the session's notes where they were withheld", () => {
    const released = redact(record, [{ itemKey: "outreach_session:3:notes", reason: "third_party" }]);
    const text = exportDocument(released, "en").blocks.map((block) => block.text).join("\n");
    expect(text).toContain(`${exportTexts.en.headings.outreach}\n2026-09-03 · R-EEEE-FFFF\n${exportTexts.en.fields.partner}: Green Lane Mosque`);
    expect(text).toContain(`${exportTexts.en.fields.outreachSession}: 2026-09-01 · drop_in`);
    expect(text).toContain("Bilal Khan");
    expect(text).toContain(exportTexts.en.withheld.third_party);
    expect(text).not.toContain("Twelve young men");
  });
});
