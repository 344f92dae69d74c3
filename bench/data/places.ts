/**
 * The ten sites of the synthetic organisation and the postcode districts each serves: real district
 * prefixes (Birmingham B, Manchester M, Luton LU, Cardiff CF, Bradford BD, Coventry CV) with random
 * inward codes, so no generated address is anyone's real one.
 */
import type { Random } from "../lib/prng.js";

export interface SiteSpec {
  name: string;
  /** Share of the organisation's clients. */
  weight: number;
  districts: readonly string[];
}

export const siteSpecs: readonly SiteSpec[] = [
  { name: "Birmingham – Sparkbrook", weight: 14, districts: ["B11", "B12", "B10", "B9", "B5", "B13"] },
  { name: "Birmingham – Handsworth", weight: 11, districts: ["B20", "B21", "B19", "B6", "B18", "B66"] },
  { name: "Birmingham – Alum Rock", weight: 11, districts: ["B8", "B7", "B33", "B34", "B36", "B25"] },
  { name: "Manchester – Longsight", weight: 11, districts: ["M13", "M12", "M14", "M19", "M16", "M15"] },
  { name: "Manchester – Cheetham Hill", weight: 9, districts: ["M8", "M9", "M40", "M7", "M25", "M4"] },
  { name: "Luton", weight: 9, districts: ["LU1", "LU2", "LU3", "LU4", "LU5"] },
  { name: "Cardiff", weight: 8, districts: ["CF10", "CF11", "CF24", "CF5", "CF14", "CF3"] },
  { name: "Bradford – Manningham", weight: 10, districts: ["BD8", "BD9", "BD1", "BD2", "BD3"] },
  { name: "Bradford – Keighley", weight: 7, districts: ["BD20", "BD21", "BD22", "BD4", "BD5", "BD7"] },
  { name: "Coventry", weight: 9, districts: ["CV1", "CV2", "CV3", "CV5", "CV6", "CV4"] },
];

export const siteWeights: [number, number][] = siteSpecs.map((site, index) => [index, site.weight]);

// Inward codes never use C, I, K, M, O or V.
const inwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

export function postcodeIn(random: Random, siteIndex: number): string {
  const site = siteSpecs[siteIndex];
  if (!site) throw new Error(`no site ${siteIndex}`);
  const letter = () => inwardLetters[random.int(0, inwardLetters.length - 1)] ?? "A";
  return `${random.pick(site.districts)} ${random.int(1, 9)}${letter()}${letter()}`;
}

const streets = [
  "Stratford Road", "Ladypool Road", "Coventry Road", "Alum Rock Road", "Soho Road", "Church Street", "Victoria Road",
  "Park Lane", "Station Road", "Green Lane", "Albert Road", "Queens Road", "High Street", "Manor Road", "Grange Road",
  "Mill Lane", "Springfield Road", "Cheetham Hill Road", "Dickenson Road", "Oak Street", "Cemetery Road", "Lumb Lane",
  "Leagrave Road", "Dunstable Road", "Clifton Street", "City Road", "Foleshill Road", "Stoney Stanton Road", "Brook Street",
  "Heaton Road", "Whitefield Road", "Carlton Road", "Westbourne Road", "Moseley Road", "Warwick Road",
];

export function addressIn(random: Random): string {
  const flat = random.chance(0.25) ? `Flat ${random.int(1, 40)}, ` : "";
  return `${flat}${random.int(1, 240)} ${random.pick(streets)}`;
}
