/**
 * The mappings an organisation starts with: one for each of the standard closure outcomes
 * (core/support/vocabulary.ts), each valued with figures from `defaultUnitCosts`.
 *
 * These are assumptions, not findings. No study behind them measured what would have happened to
 * this organisation's clients without its work; each figure is a cautious judgement, written down
 * beside it so that a commissioner can see it and an administrator can change it. Where evidence
 * was thin we chose the lower value and the weaker confidence grade, which brings a larger
 * optimism-bias reduction. An outcome counted for the same person under two codes (abstinent and no
 * further offending) is valued twice; the lines keep their claims small partly for that reason.
 */
import type { defaultClosureOutcomes } from "../support/vocabulary.js";
import type { OutcomeMapping } from "./mappings.js";

type StandardOutcome = (typeof defaultClosureOutcomes)[number];

const noDisplacement = "One person's change does not push the same harm onto someone else in a way we can count; none is assumed.";
const oneYear = "Counted for one year only, so no drop-off applies.";

const drugSavingDeadweight = "Some people stop or cut down without help; we assume 30% would have anyway. A comparison group would replace this guess.";
const drugSavingAttribution = "Most clients are also supported by NHS or council-funded treatment, mutual aid or family; we credit others with 40%.";

const mappings: Record<StandardOutcome, Omit<OutcomeMapping, "outcomeCode" | "version">> = {
  abstinent_28_days: {
    lines: [
      {
        entryCode: "HE2.0.1",
        valueKinds: ["fiscal"],
        quantity: 1,
        durationYears: 2,
        deadweight: 0.3,
        attribution: 0.4,
        displacement: 0,
        dropOff: 0.5,
        confidenceGrade: 4,
        rationale: {
          quantity:
            "Each person abstinent for 28 days counts as one person in effective treatment for a year, valued at the criminal-justice saving only (not the NHS's). Clients recovering from alcohol alone are valued the same way, which may misstate their savings.",
          duration: "Two years at most: 28 days is an early milestone, and we do not claim lasting recovery from it.",
          deadweight: drugSavingDeadweight,
          attribution: drugSavingAttribution,
          displacement: noDisplacement,
          dropOff: "Half the value is lost in the second year, for relapse, which is common after early abstinence.",
          confidence: "The saving is an official figure; that 28 days' abstinence brings it is our assumption.",
        },
      },
    ],
  },
  reduced_use: {
    lines: [
      {
        entryCode: "HE2.0.1",
        valueKinds: ["fiscal"],
        quantity: 0.25,
        durationYears: 1,
        deadweight: 0.3,
        attribution: 0.4,
        displacement: 0,
        dropOff: 0,
        confidenceGrade: 5,
        rationale: {
          quantity: "A quarter of the criminal-justice saving of effective treatment: reduced use is worth something, but much less than stopping, and by how much is not known.",
          duration: "One year: a reduction is easily lost.",
          deadweight: drugSavingDeadweight,
          attribution: drugSavingAttribution,
          displacement: noDisplacement,
          dropOff: oneYear,
          confidence: "Our assumption with little evidence.",
        },
      },
    ],
  },
  no_longer_at_risk_of_exploitation: {
    lines: [
      {
        entryCode: "CR4.0",
        valueKinds: ["fiscal"],
        quantity: 0.1,
        durationYears: 1,
        deadweight: 0.5,
        attribution: 0.5,
        displacement: 0.25,
        dropOff: 0,
        confidenceGrade: 5,
        rationale: {
          quantity: "We assume one in ten young people at risk of exploitation would otherwise have entered the criminal justice system within a year. Our assumption, not from a study; no value is claimed for the harm of exploitation itself.",
          duration: "One year: the catalogue figure is the cost of the first year only.",
          deadweight: "Risk often passes with age, a move or a change of school; we assume half would no longer have been at risk anyway.",
          attribution: "Safeguarding is shared with the police, children's social care and schools; we credit them with half.",
          displacement: "Those who exploit young people recruit others; we assume a quarter of the harm avoided moves to someone else.",
          dropOff: oneYear,
          confidence: "Our assumption with little evidence.",
        },
      },
    ],
  },
  disengaged_from_extremist_group: {
    lines: [
      {
        entryCode: "CR7.0",
        valueKinds: ["fiscal"],
        quantity: 0.1,
        durationYears: 1,
        deadweight: 0.5,
        attribution: 0.5,
        displacement: 0,
        dropOff: 0,
        confidenceGrade: 5,
        rationale: {
          quantity:
            "A deliberately small proxy: no published unit cost values leaving an extremist group, so we count one arrest avoided for every ten people and claim nothing for harms prevented. The case for this work rests on the cases, not on this figure.",
          duration: "One year.",
          deadweight: "Many people drift away from such groups without help; we assume half would have.",
          attribution: "This work is usually shared with Prevent, Channel and the police; we credit them with half.",
          displacement: noDisplacement,
          dropOff: oneYear,
          confidence: "Our assumption with little evidence.",
        },
      },
    ],
  },
  entered_education_or_employment: {
    lines: [
      {
        entryCode: "E&E10.0",
        valueKinds: ["fiscal"],
        quantity: 1,
        durationYears: 2,
        deadweight: 0.4,
        attribution: 0.3,
        displacement: 0.1,
        dropOff: 0.3,
        confidenceGrade: 3,
        rationale: {
          quantity: "Each person who enters education or work spends a year not being NEET. The figure is for people aged 18 to 24 and is applied to every age, which may misstate it for older clients.",
          duration: "Two years: a first place or job is often not kept for longer.",
          deadweight: "Many spells out of education and work are short; we assume 40% would have started within the year anyway.",
          attribution: "Colleges, employers and Jobcentre Plus share the credit; we give them 30%.",
          displacement: "A job taken may be one someone else would have had; we assume 10%. Places in education are rarely displaced.",
          dropOff: "30% of the value is lost in the second year as some leave their course or job.",
          confidence: "An official figure and a direct link from the outcome to it, though both are dated and for a younger group.",
        },
      },
    ],
  },
  secured_housing: {
    lines: [
      {
        entryCode: "HO3.0",
        valueKinds: ["fiscal"],
        quantity: 0.5,
        durationYears: 1,
        deadweight: 0.3,
        attribution: 0.5,
        displacement: 0,
        dropOff: 0,
        confidenceGrade: 4,
        rationale: {
          quantity:
            "We assume half of those housed would otherwise have made a homelessness application to the council within the year. Where the housing itself came through such an application, nothing is saved, so such outcomes should lower this.",
          duration: "One year: the figure is the cost of one application.",
          deadweight: "Some would have found housing without help; we assume 30%.",
          attribution: "Housing providers and the council do much of this work; we credit them with half.",
          displacement: noDisplacement,
          dropOff: oneYear,
          confidence: "The cost is official; how many applications are avoided is our assumption.",
        },
      },
    ],
  },
  no_further_offending: {
    lines: [
      {
        entryCode: "CR8.0",
        valueKinds: ["fiscal"],
        quantity: 1,
        durationYears: 2,
        deadweight: 0.5,
        attribution: 0.3,
        displacement: 0.1,
        dropOff: 0.5,
        confidenceGrade: 4,
        rationale: {
          quantity: "One crime of an average kind avoided a year: low beside what persistent offending amounts to, because this outcome records that no offending is known at closure, not that it has stopped.",
          duration: "Two years.",
          deadweight: "Many people stop offending as they grow older or their circumstances change; we assume half would have anyway.",
          attribution: "Probation, youth offending teams and others work with the same people; we credit them with 30%.",
          displacement: "Some crime is taken up by others (another dealer, another thief); we assume 10%.",
          dropOff: "Half the value is lost in the second year, for reoffending.",
          confidence: "The cost is official; the number of crimes avoided is our assumption.",
        },
      },
    ],
  },
  family_relationship_improved: {
    lines: [
      {
        entryCode: "WELLBY",
        valueKinds: ["social"],
        quantity: 0.1,
        durationYears: 1,
        deadweight: 0.3,
        attribution: 0.3,
        displacement: 0,
        dropOff: 0,
        confidenceGrade: 5,
        rationale: {
          quantity:
            "A small wellbeing gain: a tenth of a point of life satisfaction (0 to 10) for the person for one year. No family member's gain is counted. Life satisfaction measured before and after support should replace this when it is recorded.",
          duration: "One year.",
          deadweight: "Family relationships often mend with time; we assume 30% would have anyway.",
          attribution: "Family members themselves, faith communities and other services share the credit; we give them 30%.",
          displacement: noDisplacement,
          dropOff: oneYear,
          confidence: "Our assumption with little evidence.",
        },
      },
    ],
  },
};

export const defaultOutcomeMappings: readonly OutcomeMapping[] = Object.freeze(
  Object.entries(mappings).map(([outcomeCode, mapping]) => ({ outcomeCode, version: 1, lines: mapping.lines })),
);
