import { describe, expect, it } from "vitest";
import { nameMatchKeys } from "./match-keys.js";

// "Given | Family"; without a bar the whole string is the given name.
function person(written: string): { givenName: string; familyName: string } {
  const [givenName = "", familyName = ""] = written.split("|").map((part) => part.trim());
  return { givenName, familyName };
}

function sharedNameKeys(a: string, b: string): string[] {
  const nameKeys = (written: string) =>
    nameMatchKeys(person(written))
      .filter((key) => key.kind === "name_exact" || key.kind === "name_phonetic")
      .map((key) => `${key.kind}:${key.value}`);
  const keysOfB = new Set(nameKeys(b));
  return nameKeys(a).filter((key) => keysOfB.has(key));
}

// Each row is a requirement: the two spellings must share a name key, for the reason given.
const sameName: readonly (readonly [string, string, string])[] = [
  ["Mohammed", "Muhammad", "the Mohammed family is one name however it is transliterated"],
  ["Mohammed", "Mohamed", "the Mohammed family is one name however it is transliterated"],
  ["Mohammed", "Mohammad", "the Mohammed family is one name however it is transliterated"],
  ["Mohammed", "Muhammed", "the Mohammed family is one name however it is transliterated"],
  ["Muhammad", "Mohd", "Mohd is the Malaysian and South Asian abbreviation of Muhammad"],
  ["Muhammad", "Md.", "Md is the Bangladeshi abbreviation of Muhammad"],
  ["Muhammad", "Mohammod", "Mohammod is a Bangladeshi spelling of Muhammad"],
  ["Mohamed", "Mahamed", "Mahamed is a Somali spelling of Mohamed"],
  ["Mohammed | Ali", "Muhammad | Aly", "Aly is the Egyptian spelling of Ali"],
  ["Mohamud", "Mahamud", "both are Somali spellings of Mahmud"],
  ["Mahmoud", "Mohamud", "Somali Mohamud is Mahmud"],
  ["Mehmood", "Mahmood", "Urdu spellings write a+h as eh"],
  ["Ahmed", "Ahmad", "the second vowel is written a or e"],
  ["Abdul Rahman", "Abdulrahman", "compound names are written with or without a space"],
  ["Abdul Rahman", "Abd al-Rahman", "the article is written al, ul or el"],
  ["Abdul Rahman", "Abdur Rehman", "the article assimilates to ar-Rahman and Rahman is written Rehman in Urdu"],
  ["Abdul Rahman", "Abdel Rahman", "Egyptian spellings write el for al"],
  ["Abdul Rahman", "Abdirahman", "Somali spellings join with i"],
  ["Abdi Rahman | Hassan", "Abdirahman | Hassan", "Somali Abdirahman is also written as two words"],
  ["Abdullah", "Abdulla", "the final h is silent"],
  ["Abdullahi", "Abdulahi", "the doubled l is written once or twice"],
  ["Abdul Aziz", "Abdelaziz", "compound with an attribute starting with a vowel"],
  ["Abdul Qadir", "Abdulkadir", "q is written k"],
  ["Fatima", "Fatimah", "the final h is silent"],
  ["Fatima", "Faatima", "long vowels are written doubled or single"],
  ["Fatima", "Fatema", "Fatema is the Bangladeshi spelling"],
  ["Fatima", "Fathima", "Fathima is the South Indian spelling"],
  ["Fatima", "Faduma", "Faduma is the Somali form"],
  ["Fatima", "فاطمہ", "Urdu script reaches the Latin spelling"],
  ["Fatima", "فاطمة", "Arabic script with ta marbuta reaches the Latin spelling"],
  ["Aisha", "Ayesha", "ai, ay and aye are one diphthong"],
  ["Aisha", "Aysha", "ai, ay and aye are one diphthong"],
  ["Aisha", "Ayisha", "ai, ay and aye are one diphthong"],
  ["Aisha", "عائشہ", "Urdu script reaches the Latin spelling"],
  ["Hussain", "Hussein", "ai and ei are one diphthong"],
  ["Hussain", "Husain", "doubled letters are one sound"],
  ["Hussain", "Hossain", "o and u are one vowel (Bangladeshi Hossain)"],
  ["Hussain", "Husayn", "ay is ai"],
  ["Hussain", "Hussian", "Hussian is the commonest misspelling"],
  ["Hussain", "حسین", "Urdu script reaches the Latin spelling"],
  ["Hussain", "হোসেন", "Bengali script reaches the Latin spelling"],
  ["Chowdhury", "Choudhury", "one surname, many spellings"],
  ["Chowdhury", "Chaudhry", "one surname, many spellings"],
  ["Chowdhury", "Chaudhary", "one surname, many spellings"],
  ["Chowdhury", "চৌধুরী", "Bengali script reaches the Latin spelling"],
  ["Khadija", "Khadijah", "the final h is silent"],
  ["Khadija", "Khadeeja", "ee is i"],
  ["Yusuf", "Yousuf", "ou is u"],
  ["Yusuf", "Yousef", "the second vowel varies between spellings"],
  ["Yusuf", "Yusef", "the second vowel varies between spellings"],
  ["Yusuf", "Yousaf", "Yousaf is the Pakistani spelling"],
  ["Ibrahim", "Ebrahim", "Ebrahim is the Gujarati and South African spelling"],
  ["Ibrahim", "Ibraheem", "ee is i"],
  ["Zainab", "Zaynab", "ai and ay are one diphthong"],
  ["Zainab", "Zeinab", "ai and ei are one diphthong"],
  ["Usman", "Osman", "o and u are one vowel"],
  ["Usman", "Uthman", "ث is th in Arabic spellings and s in Urdu ones"],
  ["Siddiqui", "Siddiqi", "qui is qi"],
  ["Qureshi", "Kureshi", "q is written k"],
  ["Qureshi", "Quraishi", "the diphthong is written e or ai"],
  ["Sheikh", "Shaikh", "one surname, ei or ai"],
  ["Sheikh", "Shaykh", "one surname, ei or ay"],
  ["Syed", "Sayyid", "one name, Urdu and Arabic spellings"],
  ["Begum", "Baigum", "one name, e or ai"],
  ["Begum", "বেগম", "Bengali script reaches the Latin spelling"],
  ["Rehman", "Rahman", "Urdu spellings write a+h as eh"],
  ["Omar", "Umar", "o and u are one vowel"],
  ["Maryam", "Mariam", "y between vowels is i"],
  ["Tariq", "Tarique", "-que endings are q"],
  ["Farooq", "Farouk", "q is k and ou/oo are u"],
  ["Suleiman", "Sulayman", "ei and ay are one diphthong"],
  ["Mustafa", "Mostafa", "o and u are one vowel"],
  ["Ayub", "Ayoub", "oo, ou and u are one vowel"],
  ["Showkat", "Shaukat", "Bengali ow is Urdu au"],
  ["Rizwan", "Rizvan", "w and v are one sound"],
  ["Uddin", "Ud-Din", "hyphenated and joined forms of one surname"],
  ["Kowalski", "Kovalski", "Polish w is v"],
  ["Nowak", "Novak", "Polish w is v"],
  ["Aleksandra", "Alexandra", "x is ks"],
  ["Aleksandra", "Александра", "Cyrillic reaches the Latin spelling"],
  ["Katarzyna", "Katazyna", "Polish rz sounds as ż, and English ears write z"],
  ["Łukasz", "Lukasz", "diacritics are dropped"],
  ["Sean", "Shaun", "one Irish name"],
  ["Sean", "Shawn", "one Irish name"],
  ["Catherine", "Katherine", "c before a is k"],
  ["Catherine", "Kathryn", "one name family"],
  ["John | Smith", "Jon | Smyth", "John/Jon and Smith/Smyth are spelling variants that records confuse"],
  ["Sarah | Smith", "Sara | Smith", "the final h is silent"],
  ["Mohammed", "محمد", "Arabic script reaches the Latin spelling"],
  ["Ali", "علی", "Urdu ye"],
  ["Ali", "علي", "Arabic ya"],
  ["Khan", "خان", "Urdu script reaches the Latin spelling"],
  ["Mohammed Ali | Khan", "محمد علی | خان", "a whole name in Urdu script"],
  ["Mohammad | Rahman", "মোহাম্মদ | রহমান", "a whole name in Bengali script"],
  ["Harpreet | Singh", "ਹਰਪ੍ਰੀਤ | ਸਿੰਘ", "a whole name in Gurmukhi"],
  ["Abdur Rahman", "আবদুর রহমান", "a Bengali compound name"],
  ["Islam", "ইসলাম", "Bengali drops the inherent vowel between syllables"],
  ["Khatun", "খাতুন", "Bengali reaches the Latin spelling"],
  ["Akhtar", "আক্তার", "Bengali conjunct kt and Latin kh"],
  ["Kaur", "ਕੌਰ", "Gurmukhi reaches the Latin spelling"],
  ["Karamjit", "ਕਰਮਜੀਤ", "Gurmukhi keeps the vowel that avoids three consonants together"],
  ["Randhawa", "ਰੰਧਾਵਾ", "Gurmukhi v and Latin w"],
  ["Dhillon", "ਢਿੱਲੋਂ", "Gurmukhi with gemination and nasal"],
  ["Ali | Khan", "Khan | Ali", "given and family name swapped"],
  ["Fatima Zahra | Khan", "Fatima | Khan", "a middle name on one form only"],
  ["Mohammed Ali | Khan", "Ali | Khan", "a leading Muhammad on one form only"],
  ["Md Rahim | Uddin", "Rahim | Uddin", "a leading Md on one form only"],
  ["Anna-Maria | Nowak", "Anna Maria | Nowak", "a hyphen is a space"],
  ["FATIMA | BEGUM", "fatima | begum", "case does not matter"],
  ["Zoë | Brontë", "Zoe | Bronte", "diacritics are dropped"],
  ["Siobhán | O'Brien", "Siobhan | OBrien", "apostrophes are dropped"],
  ["Mr Ali | Khan", "Ali | Khan", "titles are dropped"],
  ["Haji Abdul Rahman | Khan", "Abdulrahman | Khan", "Haji is a title"],
  ["Mohammed | Al-Amin", "Mohammed | Al Amin", "the article is joined with or without a hyphen"],
  ["Mohammed bin Rashid | Maktoum", "Mohammed Rashid | Maktoum", "bin (son of) is left out on some forms"],
];

describe("identity.name-matching", () => {
  describe("spellings of the same name share a name key", () => {
    it.each(sameName)("%s matches %s: %s", (a, b) => {
      expect(sharedNameKeys(a, b)).not.toEqual([]);
    });
  });
});
