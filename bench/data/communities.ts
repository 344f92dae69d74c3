/**
 * The communities the synthetic organisation serves, and how a person's name is drawn from one:
 * common names far more often than rare ones, a quarter of names written in another spelling, the
 * double given names of many Muslim men ("Mohammed Imran", "Md Shahid"), Polish feminine surnames,
 * and a few Arab clients recorded in Arabic script.
 */
import type { Random } from "../lib/prng.js";
import { arab, blackAfrican, somali } from "./communities-arab-african.js";
import { blackCaribbean, easternEuropean, feminineSurname, whiteBritish } from "./communities-european-caribbean.js";
import { bangladeshi, hindu, pakistani, sikh } from "./communities-south-asian.js";
import { namesOf, spellingVariants, zipfWeights, type Community } from "./community.js";

export const communities: readonly Community[] = [
  pakistani, bangladeshi, sikh, hindu, arab, somali, blackAfrican, whiteBritish, blackCaribbean, easternEuropean,
];

export interface NameDrawer {
  draw(random: Random, sex: "female" | "male"): { givenName: string; familyName: string };
}

const muslimCommunities = new Set(["pakistani", "bangladeshi", "arab", "somali"]);
const devotionalPrefixes: Record<string, readonly string[]> = {
  pakistani: ["Mohammed", "Muhammad"],
  bangladeshi: ["Md", "Mohammed", "Abdul"],
  arab: ["Mohammed"],
  somali: ["Mohamed"],
};

const arabicScript: Record<string, string> = {
  Mohammed: "محمد", Ahmed: "أحمد", Ali: "علي", Omar: "عمر", Hassan: "حسن", Hussein: "حسين", Yousef: "يوسف",
  Ibrahim: "إبراهيم", Khalid: "خالد", Fatima: "فاطمة", Aisha: "عائشة", Mariam: "مريم", Noor: "نور", Layla: "ليلى",
  Huda: "هدى", Saleh: "صالح", Nasser: "ناصر", Mahmoud: "محمود", Mustafa: "مصطفى", Abdullah: "عبدالله", Salem: "سالم",
};

const drawers = new Map<string, NameDrawer>();

export function namesFor(community: Community): NameDrawer {
  const cached = drawers.get(community.key);
  if (cached) return cached;
  const male = zipfWeights(namesOf(community.male));
  const female = zipfWeights(namesOf(community.female));
  const family = zipfWeights(namesOf(community.family));
  const drawer: NameDrawer = {
    draw(random, sex) {
      let given = respellSometimes(random, random.weighted(sex === "female" ? female : male));
      let familyName = respellSometimes(random, random.weighted(family));
      if (sex === "male" && muslimCommunities.has(community.key) && random.chance(0.22)) {
        const prefix = respellSometimes(random, random.pick(devotionalPrefixes[community.key] ?? ["Mohammed"]));
        if (!given.startsWith(prefix)) given = `${prefix} ${given}`;
      }
      if (sex === "female" && community.key === "eastern_european") familyName = feminineSurname(familyName);
      if (community.key === "arab" && random.chance(0.015)) {
        const inScript = (name: string) => name.split(" ").map((word) => arabicScript[word]);
        const givenWords = inScript(given);
        const familyWords = inScript(familyName);
        if (![...givenWords, ...familyWords].includes(undefined)) {
          given = givenWords.join(" ");
          familyName = familyWords.join(" ");
        }
      }
      return { givenName: given, familyName };
    },
  };
  drawers.set(community.key, drawer);
  return drawer;
}

function respellSometimes(random: Random, name: string): string {
  const variants = spellingVariants(name);
  return variants.length > 0 && random.chance(0.25) ? random.pick(variants) : name;
}
