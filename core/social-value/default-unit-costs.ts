/**
 * The unit costs an organisation starts with: every figure of the shared reference "domain facts"
 * §4.2 (GMCA's Unit Cost Database v1.4, fiscal values), carried over exactly with its price year
 * and agency, and HM Treasury's WELLBY and QALY values of §4.4. Descriptions are our own words.
 *
 * Left out on purpose: the Home Office's "Economic and social costs of crime" (2018) figures. The
 * reference marks them unverified, and they include the police and court costs that the UCD's
 * fiscal crime figures already count (§4.3: never add the two for the same crime). An organisation
 * that adds them should give them the `crime_fiscal` overlap group so that no outcome counts both.
 *
 * Overlap groups keep one outcome from counting the same thing twice: the drug-treatment saving and
 * its criminal-justice part, the average crime and each crime, a year of being NEET and a lifetime.
 */
import type { CostBearingAgency, CostUnit, UnitCostEntry } from "./catalogue.js";

const ucd = { citation: "Unit Cost Database v1.4 (March 2015), New Economy for the Greater Manchester Combined Authority", url: "https://www.greatermanchester-ca.gov.uk/what-we-do/research/research-cost-benefit-analysis" };
const wellbeingGuidance = { citation: "HM Treasury, Wellbeing guidance for appraisal: supplementary Green Book guidance (2021), as cited by Measure Up", url: "https://measure-up.org/mu-outcomes/increased-physical-activity/" };

// Every UCD figure is an official national figure more than five years old: grade 3, or 4 where a
// detail of the entry could not be checked (its caveat says which).
const olderOfficial = 3;
const unchecked = 4;

interface UcdFigure {
  code: string;
  description: string;
  unit: CostUnit;
  agency: CostBearingAgency;
  pounds: number;
  priceYear: string;
  overlapGroup?: string;
  caveat?: string;
}

function fromUcd(figure: UcdFigure): UnitCostEntry {
  return {
    code: figure.code,
    version: 1,
    description: figure.description,
    unit: figure.unit,
    agency: figure.agency,
    fiscalPence: figure.pounds * 100,
    economicPence: null,
    socialPence: null,
    priceYear: figure.priceYear,
    source: ucd,
    confidenceGrade: figure.caveat ? unchecked : olderOfficial,
    discountClass: "standard",
    overlapGroup: figure.overlapGroup ?? null,
    caveat: figure.caveat ?? null,
  };
}

const crimeCode = "The reference gives this figure under the group code CR8.x; check the workbook's own sub-code before citing it.";

/** One fiscal cost per crime of each kind, 2010-11 prices, borne by the criminal justice system and the NHS. */
const crimes: readonly [slug: string, what: string, pounds: number][] = [
  ["homicide", "A homicide", 174_363],
  ["serious_wounding", "A serious wounding", 18_608],
  ["other_wounding", "A wounding other than a serious one", 2_765],
  ["sexual_offence", "A sexual offence", 3_597],
  ["robbery", "A robbery", 3_674],
  ["common_assault", "A common assault", 455],
  ["dwelling_burglary", "A burglary of a home", 1_361],
  ["theft", "A theft", 358],
  ["shoplifting", "A shoplifting offence", 26],
];

const ucdFigures: readonly UcdFigure[] = [
  // Drugs and alcohol
  { code: "HE2.2", description: "A year of structured community drug treatment for one person", unit: "per_person_per_year", agency: "nhs", pounds: 2_604, priceYear: "2012-13" },
  {
    code: "HE2.0",
    description: "What effective drug treatment saves in a year, mostly through less drug-related offending",
    unit: "per_person_per_year",
    agency: "multiple",
    pounds: 3_614,
    priceYear: "2013-14",
    overlapGroup: "drug_treatment_savings",
  },
  {
    code: "HE2.0.1",
    description: "The criminal-justice part of what effective drug treatment saves in a year (included in HE2.0)",
    unit: "per_person_per_year",
    agency: "criminal_justice",
    pounds: 1_408,
    priceYear: "2010-11",
    overlapGroup: "drug_treatment_savings",
  },
  { code: "HE1.0", description: "What one dependent drinker costs the NHS in a year", unit: "per_person_per_year", agency: "nhs", pounds: 1_800, priceYear: "2009-10" },
  {
    code: "HE1.9",
    description: "A week of residential rehabilitation",
    unit: "per_week",
    agency: "nhs",
    pounds: 633,
    priceYear: "2013-14",
    caveat: "The reference lists this with methadone under the agencies \"NHS, LA\", read here in order (NHS); check the code and agency against the workbook.",
  },
  {
    code: "HE2.14",
    description: "A week of methadone treatment",
    unit: "per_week",
    agency: "council",
    pounds: 59,
    priceYear: "2008-09",
    caveat: "The reference lists this with residential rehabilitation under the agencies \"NHS, LA\", read here in order (local authority); check the agency against the workbook.",
  },
  // Hospital and mental health
  { code: "HE4.0", description: "An attendance at A&E, admitted or not", unit: "per_attendance", agency: "nhs", pounds: 109, priceYear: "2011-12", overlapGroup: "a_and_e" },
  { code: "HE4.1", description: "An attendance at A&E that leads to admission", unit: "per_attendance", agency: "nhs", pounds: 147, priceYear: "2011-12", overlapGroup: "a_and_e" },
  { code: "HE4.2", description: "An attendance at A&E that does not lead to admission", unit: "per_attendance", agency: "nhs", pounds: 95, priceYear: "2011-12", overlapGroup: "a_and_e" },
  { code: "HE7.0.2", description: "An emergency (non-elective) hospital inpatient episode", unit: "per_episode", agency: "nhs", pounds: 1_542, priceYear: "2013-14" },
  { code: "HE14.0.1", description: "A day in an adult mental health inpatient bed", unit: "per_bed_day", agency: "nhs", pounds: 410, priceYear: "2011-12" },
  { code: "HE16.0", description: "A contact with a community mental health team", unit: "per_contact", agency: "nhs", pounds: 156, priceYear: "2011-12" },
  // Crime and justice
  { code: "CR7.0", description: "An arrest after which the person is detained", unit: "per_incident", agency: "police", pounds: 593, priceYear: "2006-07", overlapGroup: "arrest" },
  { code: "CR7.1", description: "An arrest followed by no further action", unit: "per_incident", agency: "police", pounds: 285, priceYear: "2006-07", overlapGroup: "arrest" },
  { code: "CR8.0", description: "A crime of any kind, on average", unit: "per_incident", agency: "multiple", pounds: 609, priceYear: "2010-11", overlapGroup: "crime_fiscal" },
  { code: "CR2.0", description: "An incident of domestic violence", unit: "per_incident", agency: "multiple", pounds: 2_470, priceYear: "2008-09", overlapGroup: "crime_fiscal" },
  ...crimes.map(([slug, what, pounds]): UcdFigure => ({
    code: `CR8.x:${slug}`,
    description: what,
    unit: "per_incident",
    agency: "multiple",
    pounds,
    priceYear: "2010-11",
    overlapGroup: "crime_fiscal",
    caveat: crimeCode,
  })),
  { code: "CR3.0", description: "A prison place for a year", unit: "per_person_per_year", agency: "prisons", pounds: 33_785, priceYear: "2013-14", overlapGroup: "custody" },
  { code: "CR4.2", description: "A young offender institution place for a year, ages 15 to 17", unit: "per_person_per_year", agency: "youth_justice", pounds: 94_780, priceYear: "2013-14", overlapGroup: "custody" },
  { code: "CR4.0", description: "A young person entering the criminal justice system for the first time: the first year", unit: "per_person", agency: "criminal_justice", pounds: 3_152, priceYear: "2008-09" },
  // Children, education and employment, housing
  { code: "SS1.0", description: "A child in care for a year, on average", unit: "per_person_per_year", agency: "childrens_services", pounds: 51_080, priceYear: "2013-14", overlapGroup: "looked_after_child" },
  { code: "SS3.0", description: "A week in a children's home", unit: "per_week", agency: "childrens_services", pounds: 2_995, priceYear: "2013-14", overlapGroup: "looked_after_child" },
  { code: "E&E10.0", description: "A year not in education, employment or training, ages 18 to 24", unit: "per_person_per_year", agency: "dwp_hmrc", pounds: 4_257, priceYear: "2010-11", overlapGroup: "neet" },
  { code: "E&E10.4", description: "A lifetime's cost of being not in education, employment or training at 18 to 24", unit: "per_person_lifetime", agency: "dwp_hmrc", pounds: 64_483, priceYear: "2010-11", overlapGroup: "neet" },
  { code: "HO3.0", description: "A homelessness application to a council", unit: "per_application", agency: "council", pounds: 2_501, priceYear: "2010-11" },
  { code: "HO6.0", description: "A person sleeping rough for a year", unit: "per_person_per_year", agency: "council", pounds: 7_900, priceYear: "2010-11" },
  { code: "E&S2.0", description: "A year after a permanent exclusion from school", unit: "per_person_per_year", agency: "multiple", pounds: 9_219, priceYear: "2005-06" },
];

const wellbeingValues: readonly UnitCostEntry[] = [
  {
    code: "WELLBY",
    version: 1,
    description: "One point of life satisfaction (on a 0 to 10 scale) for one person for one year",
    unit: "per_wellby",
    agency: null,
    fiscalPence: null,
    economicPence: null,
    socialPence: 13_000 * 100,
    priceYear: "2019",
    source: wellbeingGuidance,
    confidenceGrade: 2,
    discountClass: "health",
    // Not to be added to another wellbeing value for the same outcome (HACT's proxies, a QALY).
    overlapGroup: "wellbeing",
    caveat: null,
  },
  {
    code: "QALY",
    version: 1,
    description: "One year of life in full health",
    unit: "per_qaly",
    agency: null,
    fiscalPence: null,
    economicPence: null,
    socialPence: 70_000 * 100,
    priceYear: "2019",
    source: wellbeingGuidance,
    confidenceGrade: 2,
    discountClass: "health",
    overlapGroup: "wellbeing",
    caveat: null,
  },
];

export const defaultUnitCosts: readonly UnitCostEntry[] = Object.freeze([...ucdFigures.map(fromUcd), ...wellbeingValues]);
