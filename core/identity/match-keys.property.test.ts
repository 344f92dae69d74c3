import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxMatchKeys, nameMatchKeys, type PersonName } from "./match-keys.js";
import { maxNameTokens } from "./normalise-name.js";
import { nameSimilarity } from "./name-similarity.js";

const latinWord = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), minLength: 1, maxLength: 10 });
const latinName = fc.array(latinWord, { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));
const dateOfBirth = fc.option(fc.constantFrom("1990-05-17", "2000-02-29", "1975-12-31"), { nil: undefined });
const person = fc.record({
  givenName: latinName,
  familyName: latinName,
  otherNames: fc.array(latinName, { maxLength: 4 }),
  dateOfBirth,
});

// Accented forms that fold back to the plain letter.
const accented: Readonly<Record<string, readonly string[]>> = {
  a: ["á", "à", "â", "ä", "ã", "å", "ą"],
  e: ["é", "è", "ê", "ë", "ę"],
  i: ["í", "ì", "î", "ï"],
  o: ["ó", "ò", "ô", "ö", "õ"],
  u: ["ú", "ù", "û", "ü"],
  c: ["ç", "ć"],
  n: ["ñ", "ń"],
  s: ["ś", "š"],
  z: ["ż", "ź", "ž"],
  l: ["ł"],
};

/** Rewrites a name the way a different form or keyboard might: case, accents, spacing, punctuation. */
const restyled = (name: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(fc.nat(), { minLength: name.length, maxLength: name.length }),
      fc.constantFrom(" ", "  ", " - ", "-", ". ", ", ", "\t"),
      fc.constantFrom("", " ", "  ", "."),
    )
    .map(([choices, separator, edge]) => {
      const words = name.split(" ").map((word, wordIndex) =>
        [...word]
          .map((letter, index) => {
            const choice = choices[(wordIndex * 7 + index) % choices.length] ?? 0;
            const forms = accented[letter] ?? [];
            const styled = choice % 3 === 0 ? letter : (forms[choice % (forms.length || 1)] ?? letter);
            const cased = choice % 2 === 0 ? styled.toUpperCase() : styled;
            return choice % 11 === 0 ? `${cased}'` : cased;
          })
          .join(""),
      );
      return edge + words.join(separator) + edge;
    });

const scriptText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(..."ابتثجحخدذرزسشصضطظعغفقکگلمنوہھیےءآأإؤئةىٹڈڑںژپچۃ"),
    fc.constantFrom(..."কখগঘচছজঝটঠডঢণতথদধনপফবভমযরলশষসহািীুূেৈোৌ্ংঃঁ়ৎঅআইঈউঊএঐওঔ"),
    fc.constantFrom(..."ਕਖਗਘਚਛਜਝਟਠਡਢਣਤਥਦਧਨਪਫਬਭਮਯਰਲਵਸਹੜਾਿੀੁੂੇੈੋੌ੍ੰਂੱ਼ਅਆਇਈਉਊਏਐਓਔੳੲ"),
    fc.constantFrom(..."абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґЁЖЩ"),
    fc.constantFrom(..."AZaz éłßÆ'-. "),
  ),
  maxLength: 40,
});

// Unassigned code points, printable graphemes of every script, and the scripts handled here.
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 120 }),
  scriptText,
);

const keyStrings = (p: PersonName) => nameMatchKeys(p).map((key) => `${key.kind}:${key.value}`);

describe("identity.name-matching", () => {
  describe("match key properties", () => {
    it("gives the same keys every time, whatever order other names are listed in", () => {
      fc.assert(
        fc.property(person, (p) => {
          expect(nameMatchKeys(p)).toEqual(nameMatchKeys(p));
          expect(nameMatchKeys({ ...p, otherNames: [...p.otherNames].reverse() })).toEqual(nameMatchKeys(p));
        }),
      );
    });

    it("gives the same keys whatever the case, accents, spacing or punctuation", () => {
      const restyledPerson = person.chain((p) =>
        fc.tuple(fc.constant(p), restyled(p.givenName), restyled(p.familyName)),
      );
      fc.assert(
        fc.property(restyledPerson, ([p, givenName, familyName]) => {
          expect(nameMatchKeys({ ...p, givenName, familyName })).toEqual(nameMatchKeys(p));
          expect(nameSimilarity(`${givenName} ${familyName}`, `${p.givenName} ${p.familyName}`)).toBe(1);
        }),
      );
    });

    it("keeps at least one shared key when given and family name are swapped", () => {
      fc.assert(
        fc.property(fc.oneof(person, fc.record({ givenName: scriptText, familyName: scriptText, dateOfBirth })), (p) => {
          const keys = keyStrings(p);
          const swapped = new Set(keyStrings({ ...p, givenName: p.familyName, familyName: p.givenName }));
          if (keys.length > 0) expect(keys.some((key) => swapped.has(key))).toBe(true);
        }),
      );
    });

    it("keys Latin and transliterated names with nothing but lower-case a–z, digits of the date or year and separators", () => {
      fc.assert(
        fc.property(fc.record({ givenName: scriptText, familyName: scriptText, dateOfBirth }), (p) => {
          for (const key of nameMatchKeys(p)) expect(key.value).toMatch(/^[a-z]+( [a-z]+)*$|^\d{4}-\d{2}-\d{2}\|[a-z]+$|^\d{4}\|[a-z]+ [a-z]+$/u);
        }),
      );
    });

    it("never throws, and stays bounded, sorted and free of duplicates for any text at all", () => {
      const fuzzed = fc.record({
        givenName: anyText,
        familyName: anyText,
        otherNames: fc.array(anyText, { maxLength: 8 }),
        dateOfBirth: fc.option(anyText, { nil: undefined }),
      });
      fc.assert(
        fc.property(fuzzed, (p) => {
          const keys = nameMatchKeys(p);
          const strings = keys.map((key) => `${key.kind}:${key.value}`);
          expect(keys.length).toBeLessThanOrEqual(maxMatchKeys);
          expect(new Set(strings).size).toBe(strings.length);
          expect([...strings].sort()).toEqual(strings);
          for (const key of keys) {
            // Two fields of at most maxNameTokens words; a phonetic word at most doubles (x → ks).
            expect([...key.value].length).toBeLessThanOrEqual(2 * maxNameTokens * 90);
            expect(key.value).toBe(key.value.toLowerCase());
            expect(key.value).not.toMatch(/[\u0300-\u036f]|\s\s|^\s|\s$|[\t\n\r]/u);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
