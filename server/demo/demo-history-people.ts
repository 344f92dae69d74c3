/**
 * The invented people of the demo history, drawn from the communities each site serves: South
 * Asian (Pakistani and Kashmiri, Bangladeshi, Punjabi Sikh and Hindu), Arab, Somali, Eastern
 * European, White British, Black Caribbean and mixed heritage. Demographics follow the community
 * (ethnicity, religion, first language); names come from the community's common names.
 *
 * Every name here has at least four letters, is not an ordinary English word (Grant, Green, Amber,
 * May…), and is not a demo staff member's name, so a test can look for seeded names in exported
 * files without tripping over report wording or the staff who released them.
 */
import type { Ethnicity } from "../../core/clients/demographics.js";
import type { HistoryRandom } from "./demo-history-random.js";

export const demoSiteNames = ["Birmingham", "Manchester", "Luton"] as const;
export type DemoSiteName = (typeof demoSiteNames)[number];

type Religion = "none" | "christian" | "hindu" | "muslim" | "sikh" | "not_stated";
type Weighted<T> = readonly (readonly [T, number])[];

interface Community {
  ethnicity: Weighted<Ethnicity>;
  religion: Weighted<Religion>;
  /** First languages (support language codes). */
  languages: Weighted<string>;
  male: readonly string[];
  female: readonly string[];
  family: readonly string[];
  /** A woman's form of a family name, where the language has one. */
  feminine?: (family: string) => string;
}

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

const communities = {
  pakistani: {
    ethnicity: [["asian_pakistani", 92], ["asian_other", 5], ["not_stated", 3]],
    religion: [["muslim", 94], ["none", 2], ["not_stated", 4]],
    languages: [["ur", 45], ["pa", 20], ["en", 35]],
    male: words("Usman Hamza Zubair Haroon Rizwan Adnan Kamran Faisal Waqas Junaid Saqib Fahad Shoaib Awais Rehan Taimur Nabeel Sufyan Talha Owais Zeeshan Arslan Haris Mubeen"),
    female: words("Ayesha Zainab Maryam Hira Saima Nazia Shazia Samina Bushra Khadija Hafsa Iqra Mehwish Rabia Aleena Sadia Tahira Uzma Anam Sidra Mahnoor Laiba"),
    family: words("Chaudhry Mirza Malik Siddiqui Sheikh Aslam Anwar Bashir Hanif Latif Majeed Nawaz Rafiq Riaz Saleem Sadiq Shafiq Yousaf Zaman Abbasi Awan Bhatti Kazmi Mughal Naqvi Pervez Rauf Sattar Shahzad Janjua Minhas"),
  },
  bangladeshi: {
    ethnicity: [["asian_bangladeshi", 94], ["asian_other", 3], ["not_stated", 3]],
    religion: [["muslim", 95], ["none", 1], ["not_stated", 4]],
    languages: [["bn", 55], ["en", 45]],
    male: words("Shahid Jamal Kamal Nazrul Habib Jahangir Saiful Mizanur Rubel Sohel Tanvir Rezaul Aminul Ashraf Dilwar Enamul Harun Mahbub Masum Monir Shakil"),
    female: words("Nasima Rehana Shamima Taslima Rokeya Jesmin Sultana Halima Momtaz Shahana Tahmina Ruksana"),
    family: words("Miah Uddin Choudhury Chowdhury Hoque Rahim Kabir Sarkar Talukder Mollah Bhuiyan Sikder Haque Mridha"),
  },
  punjabiIndian: {
    ethnicity: [["asian_indian", 93], ["asian_other", 4], ["not_stated", 3]],
    religion: [["sikh", 55], ["hindu", 35], ["none", 6], ["not_stated", 4]],
    languages: [["pa", 35], ["gu", 15], ["en", 50]],
    male: words("Gurpreet Harjit Jaspal Manpreet Ravinder Sandeep Vikram Rohit Nikhil Arjun Jagdeep Kuldip"),
    female: words("Harpreet Simran Jasvir Kulwinder Priya Anjali Pooja Neha Kavita Navneet"),
    family: words("Sandhu Dhillon Bains Johal Sidhu Sharma Mistry Parmar Chauhan Joshi Grewal Atwal"),
  },
  arab: {
    ethnicity: [["other_arab", 90], ["other_any", 6], ["not_stated", 4]],
    religion: [["muslim", 90], ["christian", 5], ["not_stated", 5]],
    languages: [["ar", 60], ["en", 40]],
    male: words("Khalid Hassan Mustafa Ibrahim Yousef Nasser Mahmoud Karim Samir Walid Tarek Bassam"),
    female: words("Layla Huda Rania Dalia Samira Yasmin Mariam Nadine Lubna Rasha"),
    family: words("Haddad Mansour Saleh Hamdan Khalil Darwish Jaber Qasim Sabbagh Abdelaziz Nassar Shami"),
  },
  somali: {
    ethnicity: [["black_african", 92], ["other_any", 4], ["not_stated", 4]],
    religion: [["muslim", 97], ["not_stated", 3]],
    languages: [["so", 60], ["en", 40]],
    male: words("Abdirahman Abdullahi Mohamed Liban Guled Mahad Abdiwali Hussein Mukhtar Sharmarke"),
    female: words("Hodan Ifrah Sagal Hibo Fadumo Ubah Nimco Hamdi Sahra Asli"),
    family: words("Warsame Jama Hersi Osman Aden Dualeh Egal Abdi Ismail Elmi Guleid Samatar"),
  },
  easternEuropean: {
    ethnicity: [["white_other", 88], ["white_roma", 6], ["not_stated", 6]],
    religion: [["christian", 70], ["none", 25], ["not_stated", 5]],
    languages: [["pl", 55], ["ro", 25], ["en", 20]],
    male: words("Piotr Krzysztof Tomasz Pawel Marcin Michal Jakub Mateusz Lukasz Kacper Andrei Ionut Florin Mihai"),
    female: words("Agnieszka Katarzyna Magdalena Joanna Aleksandra Natalia Zofia Ioana Elena Andreea"),
    family: words("Nowak Wisniewski Wojcik Kaminski Lewandowski Zielinski Szymanski Dabrowski Kozlowski Popescu Ionescu Dumitru Stoica Constantin"),
    feminine: (family: string) => family.replace(/ski$/, "ska").replace(/cki$/, "cka"),
  },
  whiteBritish: {
    ethnicity: [["white_british", 94], ["white_irish", 3], ["not_stated", 3]],
    religion: [["none", 50], ["christian", 40], ["not_stated", 10]],
    languages: [["en", 100]],
    male: words("Connor Liam Callum Kyle Jordan Lewis Ryan Bradley Jamie Declan Ethan Harvey Nathan Reece"),
    female: words("Chloe Jessica Megan Bethany Courtney Shannon Leanne Kirsty Jodie Danielle Gemma Stacey"),
    family: words("Harrison Robinson Thompson Hughes Edwards Lloyd Jenkins Barker Holmes Ashworth Parkinson Hartley Dawson Bennett Gibbons Hollins Atkinson Fairbrother"),
  },
  blackCaribbean: {
    ethnicity: [["black_caribbean", 90], ["mixed_white_black_caribbean", 6], ["not_stated", 4]],
    religion: [["christian", 60], ["none", 32], ["not_stated", 8]],
    languages: [["en", 100]],
    male: words("Marcus Dwayne Tyrone Jerome Delroy Andre Kemar Leon Winston Shane"),
    female: words("Shanice Keisha Tanisha Monique Latoya Simone Marcia Janelle"),
    family: words("Campbell Francis Morgan Bailey Forbes Gayle Clarke Henry Reid McKenzie Stewart Lindo"),
  },
  mixed: {
    ethnicity: [["mixed_white_black_caribbean", 45], ["mixed_white_asian", 30], ["mixed_white_black_african", 15], ["mixed_other", 10]],
    religion: [["none", 50], ["christian", 30], ["muslim", 12], ["not_stated", 8]],
    languages: [["en", 100]],
    male: words("Tyler Kieran Jayden Rhys Malachi Elijah"),
    female: words("Kayla Aaliyah Tiana Jasmine Leah Keira"),
    family: words("Thompson Campbell Robinson Bennett Forbes Hughes Anwar Malik"),
  },
} as const satisfies Record<string, Community>;
type CommunityKey = keyof typeof communities;

/** Who each site's referrals come from, by community (the demo's invented mix). */
const siteCommunities: Record<DemoSiteName, Weighted<CommunityKey>> = {
  Birmingham: [["pakistani", 33], ["bangladeshi", 9], ["punjabiIndian", 6], ["arab", 5], ["somali", 7], ["blackCaribbean", 8], ["mixed", 4], ["easternEuropean", 6], ["whiteBritish", 22]],
  Manchester: [["pakistani", 22], ["bangladeshi", 5], ["arab", 8], ["somali", 8], ["blackCaribbean", 6], ["mixed", 4], ["easternEuropean", 12], ["whiteBritish", 35]],
  Luton: [["pakistani", 30], ["bangladeshi", 18], ["somali", 5], ["blackCaribbean", 5], ["easternEuropean", 10], ["whiteBritish", 32]],
};

const postcodeDistricts: Record<DemoSiteName, readonly string[]> = {
  Birmingham: ["B6", "B8", "B9", "B10", "B11", "B12", "B19", "B20", "B21", "B23"],
  Manchester: ["M8", "M12", "M13", "M14", "M16", "M19", "M40"],
  Luton: ["LU1", "LU2", "LU3", "LU4"],
};
// Letters used in the inward part of UK postcodes (never C, I, K, M, O or V).
const inwardLetters = [..."ABDEFGHJLNPQRSTUWXYZ"];

export type Sex = "female" | "male" | "not_stated";

export interface HistoryPerson {
  givenName: string;
  familyName: string;
  sex: Sex;
  dateOfBirth: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  ethnicity: Ethnicity;
  religion: Religion;
  firstLanguage: string;
  preferredLanguage: string;
  isInterpreterNeeded: boolean;
  preferredWorkerGender: "no_preference" | "female" | "male";
  disability: "yes" | "no" | "not_stated";
  community: CommunityKey;
}

export interface PersonName {
  givenName: string;
  familyName: string;
}

const ageBands: Weighted<readonly [number, number]> = [[[12, 17], 28], [[18, 24], 30], [[25, 34], 20], [[35, 44], 13], [[45, 64], 9]];

/** Someone referred at `site` on `day` (`YYYY-MM-DD`). */
export function drawPerson(random: HistoryRandom, site: DemoSiteName, day: string): HistoryPerson {
  const community = random.weighted(siteCommunities[site]);
  const sex: Sex = random.weighted([["male", 56], ["female", 42], ["not_stated", 2]]);
  const name = drawName(random, community, sex === "female" ? "female" : sex === "male" ? "male" : random.pick(["female", "male"] as const));
  const spec: Community = communities[community];
  const firstLanguage = random.weighted(spec.languages);
  const preferredLanguage = firstLanguage !== "en" && random.chance(0.4) ? firstLanguage : "en";
  const [youngest, oldest] = random.weighted(ageBands);
  const postcode = random.chance(0.92) ? `${random.pick(postcodeDistricts[site])} ${random.int(1, 9)}${random.pick(inwardLetters)}${random.pick(inwardLetters)}` : null;
  return {
    ...name,
    sex,
    dateOfBirth: random.chance(0.95) ? birthday(random, day, random.int(youngest, oldest)) : null,
    postcode,
    phone: random.chance(0.7) ? `07700 900${String(random.int(0, 999)).padStart(3, "0")}` : null,
    email: random.chance(0.25) ? `${name.givenName}.${name.familyName}${random.int(10, 99)}@example.org`.toLowerCase() : null,
    ethnicity: random.weighted(spec.ethnicity),
    religion: random.weighted(spec.religion),
    firstLanguage,
    preferredLanguage,
    isInterpreterNeeded: preferredLanguage !== "en" && random.chance(0.4),
    preferredWorkerGender: sex === "female" && random.chance(0.35) ? "female" : sex === "male" && random.chance(0.1) ? "male" : "no_preference",
    disability: random.weighted([["no", 72], ["yes", 8], ["not_stated", 20]]),
    community,
  };
}

/** A name from `community` (a relative shares the family name; a professional gets their own). */
export function drawName(random: HistoryRandom, community: CommunityKey, sex: "female" | "male"): PersonName {
  const spec: Community = communities[community];
  const family = random.pick(spec.family);
  return { givenName: random.pick(sex === "female" ? spec.female : spec.male), familyName: sex === "female" && spec.feminine ? spec.feminine(family) : family };
}

/** A relative of `person`: their family name (in the relative's form of it) and a given name from the same community. */
export function relativeOf(random: HistoryRandom, person: HistoryPerson, sex: "female" | "male"): PersonName {
  const spec: Community = communities[person.community];
  const family = spec.feminine ? person.familyName.replace(/ska$/, "ski").replace(/cka$/, "cki") : person.familyName;
  return { givenName: drawName(random, person.community, sex).givenName, familyName: sex === "female" && spec.feminine ? spec.feminine(family) : family };
}

/** A professional at `site` (teacher, officer, GP…), from the site's communities. */
export function professionalAt(random: HistoryRandom, site: DemoSiteName): PersonName {
  return drawName(random, random.weighted(siteCommunities[site]), random.pick(["female", "male"] as const));
}

/** Every name the history can draw, for checking the lists' rules. */
export function allHistoryNames(): string[] {
  return Object.values(communities).flatMap((spec: Community) => [...spec.male, ...spec.female, ...spec.family, ...spec.family.map((family) => spec.feminine?.(family) ?? family)]);
}

function birthday(random: HistoryRandom, day: string, age: number): string {
  const on = new Date(`${day}T12:00:00Z`);
  on.setUTCFullYear(on.getUTCFullYear() - age);
  on.setUTCDate(on.getUTCDate() - random.int(1, 364));
  return on.toISOString().slice(0, 10);
}
