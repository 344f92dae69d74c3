import { describe, expect, it } from "vitest";
import { redact, withholdableItems, type SubjectAccessRecord } from "./export-record.js";

const record = (): SubjectAccessRecord => ({
  format: "pathways.subject-access/1",
  organisation: "Org",
  generatedOn: "2026-11-25",
  request: { reference: "D-1", receivedOn: "2026-11-01" },
  person: {
    reference: "C-1",
    identity: { givenName: "Amir", familyName: "Khan", otherNames: [], dateOfBirth: null, address: null, postcode: null, phone: null, email: null, nhsNumber: null },
    demographics: {},
  },
  consents: [],
  relationships: [
    { relation: "mother", relatedClientReference: null, contactName: { itemKey: "relationship:1:contact_name", value: "Farah Khan" }, contactPhone: { itemKey: "relationship:1:contact_phone", value: "07700 900111" }, since: "2026-01-01", endedOn: null },
    { relation: "brother", relatedClientReference: "C-2", contactName: { itemKey: "relationship:2:contact_name", value: null }, contactPhone: { itemKey: "relationship:2:contact_phone", value: null }, since: "2026-01-01", endedOn: null },
  ],
  referrals: [],
  outreachFollowUps: [],
  cases: [],
  accessLog: [],
});

describe("subject access redaction", () => {
  it("lists the withholdable items that hold something", () => {
    expect(withholdableItems(record()).map((item) => item.itemKey)).toEqual(["relationship:1:contact_name", "relationship:1:contact_phone"]);
  });

  it("replaces a withheld item by its key and reason, and keeps the rest as plain values", () => {
    const released = redact(record(), [{ itemKey: "relationship:1:contact_phone", reason: "third_party" }]);
    expect(released.relationships[0]!.contactName).toBe("Farah Khan");
    expect(released.relationships[0]!.contactPhone).toEqual({ itemKey: "relationship:1:contact_phone", withheld: "third_party" });
    expect(JSON.stringify(released)).not.toContain("07700 900111");
    expect(released.relationships[1]!.contactPhone).toBeNull();
  });

  it("changes nothing when nothing is withheld, but unwraps the values", () => {
    const released = redact(record(), []);
    expect(released.relationships[0]!.contactPhone).toBe("07700 900111");
    expect(released.person.identity.givenName).toBe("Amir");
  });
});
