import { describe, expect, it } from "vitest";
import { nameMatchKeys, type PersonName } from "./match-keys.js";

// "Given | Family"; without a bar the whole string is the given name.
function person(written: string, dateOfBirth?: string): PersonName {
  const [givenName = "", familyName = ""] = written.split("|").map((part) => part.trim());
  return { givenName, familyName, dateOfBirth };
}

function sharedKeys(a: PersonName, b: PersonName, kinds?: readonly string[]): string[] {
  const keys = (p: PersonName) =>
    nameMatchKeys(p)
      .filter((key) => kinds === undefined || kinds.includes(key.kind))
      .map((key) => `${key.kind}:${key.value}`);
  const keysOfB = new Set(keys(b));
  return keys(a).filter((key) => keysOfB.has(key));
}

// Each row is a requirement: these are different names and must not share a name key.
const differentNames: readonly (readonly [string, string, string])[] = [
  ["Hassan", "Hussain", "Hasan (حسن) and Husain (حسین) are different names"],
  ["Hasan", "Husain", "Hasan (حسن) and Husain (حسین) are different names"],
  ["Hassan", "Hasnain", "Hasnain is a third name"],
  ["Ali", "Alia", "Ali is a man's name, Alia a woman's"],
  ["Amir", "Amira", "masculine and feminine forms are different people"],
  ["Karim", "Karima", "masculine and feminine forms are different people"],
  ["Jamil", "Jamila", "masculine and feminine forms are different people"],
  ["Samir", "Samira", "masculine and feminine forms are different people"],
  ["Shahid", "Shahida", "masculine and feminine forms are different people"],
  ["Tahir", "Tahira", "masculine and feminine forms are different people"],
  ["Amin", "Amina", "masculine and feminine forms are different people"],
  ["Ahmed", "Hamid", "same root, different names"],
  ["Ahmed", "Mahmood", "same root, different names"],
  ["Hamid", "Hamad", "Hamid (حامد) and Hamad (حمد) are different names"],
  ["Mohamed", "Mohamud", "Somali Mohamud is Mahmud, not Muhammad"],
  ["Muhammad", "Mehmet", "the Turkish form is spelt one way by the people who hold it"],
  ["Aisha", "Asha", "Asha is also a distinct Hindi name; a Somali Asha is found by date-of-birth keys"],
  ["Sana", "Sara", "one consonant apart, different names"],
  ["Khan", "Kahn", "Kahn is a different surname; a mistyped Khan is found by date-of-birth keys"],
  ["Joseph", "Yusuf", "cognates in different languages, not spellings of one name"],
  ["Ibrahim", "Abraham", "cognates in different languages, not spellings of one name"],
  ["Imran", "Omran", "the initial vowel is kept, so Omran stays a surname of its own"],
  ["Saeed", "Syed", "Saeed (سعید) and Syed (سید) are different names"],
  ["Zaid", "Zahid", "Zaid and Zahid are different names"],
  ["Rehman", "Raman", "Raman is a Hindu name; the h of Rehman is kept"],
  ["Yasin", "Yasmin", "different names"],
  ["Zain", "Zainab", "different names"],
  ["Noor", "Nora", "different names"],
  ["Nadia", "Nadir", "different names"],
  ["Siddiqui", "Sadiqi", "Siddiqi (صدیقی) and Sadiqi (صادقی) are different surnames"],
  ["Sean", "Sian", "Sian is a Welsh woman's name"],
  ["Shaun", "Shane", "different names"],
  ["Ellie", "Ali", "e is not merged with a"],
  ["Ellen", "Alan", "e is not merged with a"],
  ["Louise", "Louis", "the final e is kept: feminine and masculine forms"],
  ["Simone", "Simon", "the final e is kept: feminine and masculine forms"],
  ["Justine", "Justin", "the final e is kept: feminine and masculine forms"],
  ["Jane", "Jan", "the final e is kept: Jan is a Polish man's name"],
  ["Jen", "Jan", "e is not merged with a"],
  ["Dawn", "Don", "aw and o are different vowels"],
  ["Pete", "Pat", "e is not merged with a"],
  ["Daniel", "Danielle", "masculine and feminine forms are different people"],
  ["Kowalski", "Kowalska", "Polish surnames are gendered: husband and wife are different people"],
  ["Aleksandra", "Aleksander", "feminine and masculine forms are different people"],
  ["Katarzyna", "Katarina", "different names"],
  ["Catherine", "Caroline", "different names"],
  ["Abdi | Hassan", "Abdirahman | Hassan", "Abdi is a given name in its own right, not the start of Abdirahman"],
  ["Abdullah | Khan", "Abdul Rahman | Khan", "different attributes after Abd"],
  ["John | Smith", "Jane | Smith", "different given names with one family name"],
  ["Ali | Khan", "Ali | Hassan", "one given name with different family names"],
  ["Mohammed | Khan", "Mohammed | Hussain", "one given name with different family names"],
  ["Fatima | Begum", "Fatima | Khatun", "one given name with different family names"],
];

describe("identity.name-matching", () => {
  describe("different names share no name key", () => {
    it.each(differentNames)("%s does not match %s: %s", (a, b) => {
      expect(sharedKeys(person(a), person(b), ["name_exact", "name_phonetic"])).toEqual([]);
    });
  });

  it("shares no key at all between people with one given name, different family names and birthdays", () => {
    expect(sharedKeys(person("Mohammed | Khan", "1980-01-01"), person("Mohammed | Hussain", "1992-03-04"))).toEqual([]);
    expect(sharedKeys(person("Fatima | Begum", "1975-06-30"), person("Fatima | Khatun", "1975-07-30"))).toEqual([]);
  });

  it("links a misspelt surname with the same date of birth through date-of-birth keys, not name keys", () => {
    const shared = sharedKeys(person("Imran | Khan", "1990-02-03"), person("Imran | Kahn", "1990-02-03"));
    expect(shared).toEqual(["dob_initials:1990-02-03|ik", "given_phonetic_dob:1990-02-03|imran"]);
  });

  it("links a Somali Asha to Aisha only when the date of birth and family name agree", () => {
    const shared = sharedKeys(person("Asha | Mohamed", "1988-11-12"), person("Aisha | Mohamed", "1988-11-12"));
    expect(shared.map((key) => key.split(":")[0])).toEqual(["dob_initials", "family_phonetic_dob"]);
  });
});
