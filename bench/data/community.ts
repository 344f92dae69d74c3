/**
 * The shape of a community's name and demographic data, and the spelling variants that make
 * duplicate checks realistic: the same person is written Mohammed on one form and Muhammad or
 * Maxamed on the next. Variants are grouped; any member of a group may be written for any other.
 */
import type { Ethnicity } from "../../core/clients/demographics.js";

type Weighted<T> = readonly (readonly [T, number])[];

export interface Community {
  key: string;
  /** Share of clients, relative to the other communities. */
  weight: number;
  ethnicity: Weighted<Ethnicity>;
  religion: Weighted<string>;
  languages: Weighted<string>;
  /** Whitespace-separated names, most common first; `_` joins the words of one name. */
  male: string;
  female: string;
  family: string;
}

/** The names of a list, most common first. */
export function namesOf(list: string): string[] {
  return list
    .split(/\s+/)
    .filter((name) => name.length > 0)
    .map((name) => name.replace(/_/g, " "));
}

/**
 * Weights falling with rank (a Zipf-like curve, exponent 0.9): the first name of a list is drawn
 * about 12 times as often as the 30th, as in real name frequencies.
 */
export function zipfWeights<T>(names: readonly T[]): [T, number][] {
  return names.map((name, rank) => [name, 1 / Math.pow(rank + 2, 0.9)]);
}

const variantGroups: readonly string[] = [
  "Mohammed Muhammad Mohamed Mohammad Muhammed Mohamad Maxamed Mohd Md",
  "Ahmed Ahmad Axmed Ahmet",
  "Ali Aly Cali",
  "Hassan Hasan Xasan",
  "Hussain Hussein Husain Hossain Xuseen",
  "Abdirahman Abdurahman Abdulrahman Abdelrahman Cabdiraxmaan",
  "Abdullahi Abdullah Abdulla Cabdullaahi",
  "Yusuf Yousuf Yousef Youssef Yusef Yousaf",
  "Ibrahim Ebrahim Ibraheem",
  "Omar Umar Cumar",
  "Osman Usman Uthman Othman Cismaan",
  "Mahmood Mahmud Mehmood Mahmoud Maxamuud",
  "Mohamud Mahamud Maxamuud",
  "Rahman Rehman Raxmaan",
  "Chowdhury Choudhury Chaudhry Chaudhary Choudhary Chaudhury",
  "Siddiqui Siddiqi Siddique",
  "Qureshi Kureshi Qureishi",
  "Khalid Khaled",
  "Fatima Fatimah Fatma Fatema Faduma Fadumo",
  "Aisha Ayesha Aishah Ayisha Aysha Caasha",
  "Khadija Khadijah Khodeja Khadra",
  "Maryam Mariam Maryan Marium",
  "Zainab Zaynab Zeinab",
  "Yasmin Yasmeen Yasmine Jasmin",
  "Nasreen Nasrin Nasreen",
  "Hamza Hamzah Xamsa",
  "Zakariya Zakaria Zakariye Zakariyya Sakariye",
  "Begum Begom",
  "Miah Mia Meah",
  "Hoque Haque Huq Haq",
  "Hossain Hussain",
  "Akhtar Akter Akther",
  "Gurpreet Gurprit",
  "Harpreet Harprit",
  "Jaswinder Jasvinder",
  "Sukhwinder Sukhvinder",
  "Kulwinder Kulvinder",
  "Kaur Kour",
  "Mohinder Mahinder",
  "Rajinder Rajindar",
  "Katarzyna Katarzina Catherine",
  "Aleksander Alexander Aleksandr Oleksandr",
  "Wisniewski Wisnewski",
  "Wojcik Wojtczik",
  "Ionut Ionuț",
  "Catherine Katherine Kathryn Katharine",
  "Stephen Steven Stephan",
  "Philip Phillip Filip",
  "Matthew Mathew",
  "Sean Shaun Shawn",
  "Lee Leigh",
  "Jon John",
  "Rebecca Rebekah",
  "Leanne Lian Leann",
  "Natalie Nathalie",
  "Chloe Chloë",
  "Oluwaseun Seun",
  "Chukwuemeka Emeka",
  "Babatunde Tunde",
  "Mohanad Muhannad",
  "Shanice Shaniece",
  "Jermaine Germaine",
  "Tyrone Tyron",
];

const variantsByName = new Map<string, readonly string[]>();
for (const group of variantGroups) {
  const members = namesOf(group);
  for (const member of members) {
    const others = members.filter((other) => other !== member);
    variantsByName.set(member, [...new Set([...(variantsByName.get(member) ?? []), ...others])]);
  }
}

/** Other spellings of a name word (empty when none is known). */
export function spellingVariants(name: string): readonly string[] {
  return variantsByName.get(name) ?? [];
}
