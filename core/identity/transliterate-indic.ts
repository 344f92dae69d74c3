/**
 * Bengali (Sylheti and Bangladeshi names) and Gurmukhi (Punjabi Sikh names) to Latin, using the
 * spellings common in UK records: the inherent vowel is written "a" (রহমান → rahman), ਸ਼ is "sh",
 * ৌ is "ou" (চৌধুরী → choudhuri). Rough on purpose: the phonetic key absorbs the remaining
 * differences (aa/a, ee/i, dh/d).
 */
import { type AbugidaTable, transliterateAbugida } from "./abugida.js";

const bengali: AbugidaTable = {
  consonants: {
    ক: "k", খ: "kh", গ: "g", ঘ: "gh", ঙ: "ng", চ: "ch", ছ: "chh", জ: "j", ঝ: "jh", ঞ: "n",
    ট: "t", ঠ: "th", ড: "d", ঢ: "dh", ণ: "n", ত: "t", থ: "th", দ: "d", ধ: "dh", ন: "n",
    প: "p", ফ: "f", ব: "b", ভ: "bh", ম: "m", য: "j", র: "r", ল: "l", শ: "sh", ষ: "sh",
    স: "s", হ: "h",
  },
  nuktaConsonants: { ড: "r", ঢ: "rh", য: "y" },
  independentVowels: { অ: "a", আ: "a", ই: "i", ঈ: "i", উ: "u", ঊ: "u", ঋ: "ri", এ: "e", ঐ: "oi", ও: "o", ঔ: "ou" },
  vowelSigns: { "া": "a", "ি": "i", "ী": "i", "ু": "u", "ূ": "u", "ৃ": "ri", "ে": "e", "ৈ": "oi", "ো": "o", "ৌ": "ou" },
  // Khanda ta (ৎ) is a final t with no vowel of its own.
  syllableEndings: { "ং": "ng", "ঃ": "h", "ঁ": "", ৎ: "t" },
  virama: "্",
  nukta: "়",
};

const gurmukhi: AbugidaTable = {
  consonants: {
    ਕ: "k", ਖ: "kh", ਗ: "g", ਘ: "gh", ਙ: "ng", ਚ: "ch", ਛ: "chh", ਜ: "j", ਝ: "jh", ਞ: "n",
    ਟ: "t", ਠ: "th", ਡ: "d", ਢ: "dh", ਣ: "n", ਤ: "t", ਥ: "th", ਦ: "d", ਧ: "dh", ਨ: "n",
    ਪ: "p", ਫ: "ph", ਬ: "b", ਭ: "bh", ਮ: "m", ਯ: "y", ਰ: "r", ਲ: "l", ਵ: "v", ਸ: "s",
    ਹ: "h", ੜ: "r",
  },
  nuktaConsonants: { ਖ: "kh", ਗ: "gh", ਜ: "z", ਫ: "f", ਸ: "sh", ਲ: "l" },
  // ੳ and ੲ are vowel bearers: the vowel sign that follows them gives the sound.
  independentVowels: {
    ਅ: "a", ਆ: "a", ਇ: "i", ਈ: "i", ਉ: "u", ਊ: "u", ਏ: "e", ਐ: "ai", ਓ: "o", ਔ: "au", ੳ: "u", ੲ: "i",
  },
  vowelSigns: { "ਾ": "a", "ਿ": "i", "ੀ": "i", "ੁ": "u", "ੂ": "u", "ੇ": "e", "ੈ": "ai", "ੋ": "o", "ੌ": "au" },
  syllableEndings: { "ੰ": "n", "ਂ": "n", "ਃ": "h" },
  virama: "੍",
  nukta: "਼",
  gemination: "ੱ",
};

/** Transliterates one word of Bengali script. */
export function transliterateBengali(word: string): string {
  return transliterateAbugida(word, bengali);
}

/** Transliterates one word of Gurmukhi script. */
export function transliterateGurmukhi(word: string): string {
  return transliterateAbugida(word, gurmukhi);
}
