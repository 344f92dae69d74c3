import { describe, expect, it } from "vitest";
import type { ClientIdentity } from "../panel/redaction.js";
import { identityWarnings } from "./identity-check.js";

const aisha: ClientIdentity = {
  givenName: "Aisha",
  familyName: "Begum",
  otherNames: [],
  dateOfBirth: "2007-09-02",
  address: "12 Acacia Road, Sparkbrook, Birmingham",
  postcode: "B11 4AB",
  phone: "07700 900123",
  email: "aisha@example.org",
};

const kindsIn = (text: string) => identityWarnings(text, aisha).map((warning) => [warning.kind, warning.match]);

describe("content.identity-check", () => {
  it("finds the client's names, date of birth, contact details and postcode, with the passage that matched", () => {
    expect(kindsIn("When Aisha BEGUM, born 2 September 2007, first called 07700 900 123 from B11 4AB…")).toEqual([
      ["name", "Aisha"],
      ["name", "BEGUM"],
      ["date_of_birth", "2 September 2007"],
      ["phone", "07700 900 123"],
      ["postcode", "B11 4AB"],
    ]);
  });

  it("finds places from the address: the street without its number, the district, the town, the postcode district", () => {
    expect(kindsIn("She lived off Acacia Road in Sparkbrook, Birmingham (B11).")).toEqual([
      ["place", "Acacia Road"],
      ["place", "Sparkbrook"],
      ["place", "Birmingham"],
      ["place", "B11"],
    ]);
  });

  it("gives the offsets of each passage in the writer's own text", () => {
    const text = "Our client, Aisha, found work.";
    const [warning] = identityWarnings(text, aisha);
    expect(text.slice(warning!.start, warning!.end)).toBe("Aisha");
  });

  it("says nothing of a text that names none of it", () => {
    expect(identityWarnings("A young woman in the Midlands found her way back to college.", aisha)).toEqual([]);
  });
});
