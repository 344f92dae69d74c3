/**
 * The programmes every organisation starts with; an administrator may change them or add others.
 * The wording is our own. The twelve-step programme keeps each step's theme general and does not
 * reproduce any published twelve-step text; a partner mosque's adviser fills in the faith content.
 */
import type { ProgrammeDefinition, ProgrammePhase } from "./programme.js";

const criterion = (id: string, label: string) => ({ id, label });

export const multilingualRecovery: ProgrammeDefinition = {
  key: "multilingual_recovery",
  version: 1,
  title: "Five-phase recovery programme",
  description:
    "Recovery from drug or alcohol use in five phases, delivered one to one and in groups in the client's preferred language (for example Urdu, Punjabi, Bengali, Arabic, Somali or English), with interpreters where no worker speaks it.",
  kind: "recovery",
  phases: [
    {
      id: "engage",
      title: "Getting started",
      description: "Building trust with a keyworker, agreeing what the client wants from the programme, and making things safer straight away.",
      expectedWeeks: 4,
      criteria: [
        criterion("one_to_ones", "Attended at least 3 of the first 4 one-to-one sessions"),
        criterion("goals_agreed", "Recovery goals agreed and written in the client's own words"),
        criterion("harm_reduction", "Harm-reduction advice given and understood"),
      ],
    },
    {
      id: "prepare",
      title: "Preparing for change",
      description: "Understanding patterns of use and their triggers, and planning how to cut down or stop.",
      expectedWeeks: 4,
      criteria: [
        criterion("triggers_mapped", "Main triggers and high-risk situations named with the keyworker"),
        criterion("change_plan", "A plan to reduce or stop agreed, with a start date"),
      ],
    },
    {
      id: "change",
      title: "Making the change",
      description: "Group work and one-to-one support while reducing or stopping use, with help for cravings.",
      expectedWeeks: 8,
      criteria: [
        criterion("group_sessions", "Attended at least 6 of 8 group sessions"),
        criterion("abstinent_28_days", "28 days abstinent, or the agreed reduction held for 28 days (self-report)"),
      ],
    },
    {
      id: "strengthen",
      title: "Keeping it going",
      description: "Strengthening recovery: a plan for slips, people to call on, and things to do instead.",
      expectedWeeks: 8,
      criteria: [
        criterion("relapse_plan", "Relapse-prevention plan written"),
        criterion("support_network", "At least two people or groups named to call on for support"),
        criterion("meaningful_activity", "Taking part in a regular activity: education, work, volunteering, faith or community"),
      ],
    },
    {
      id: "move_on",
      title: "Moving on",
      description: "Preparing to leave the programme with ongoing support in place, and a way back if it is needed.",
      expectedWeeks: 4,
      criteria: [
        criterion("exit_review", "Exit review held with the keyworker"),
        criterion("aftercare", "Aftercare agreed: a peer group, a mentor or a check-in date"),
      ],
    },
  ],
};

/** Each step: its id, title and what is worked on in it, in our own words. */
const stepThemes = [
  ["honesty", "Being honest about the problem", "Looking openly at how drugs or alcohol have affected the client's life and the lives of people close to them."],
  ["hope", "Finding hope", "Coming to believe that change is possible, drawing on faith and on others who have recovered."],
  ["trust", "Trusting in faith", "Choosing to rely on faith and on the support of others rather than on willpower alone."],
  ["self_reflection", "Taking stock", "An honest personal reflection, guided by a mentor, on strengths as well as wrongs."],
  ["opening_up", "Opening up", "Sharing that reflection with a trusted person, such as a mentor or an adviser at the mosque."],
  ["readiness", "Becoming ready to change", "Recognising the habits and attitudes the client wants to leave behind."],
  ["seeking_help", "Asking for help", "Seeking help to change, in prayer and from others, with humility."],
  ["harm_done", "Recognising harm done", "Thinking about the people who have been hurt and what putting things right could mean."],
  ["making_amends", "Putting things right", "Making amends where it is safe and will not cause further harm, with a mentor's advice."],
  ["daily_reflection", "Reflecting each day", "Keeping up a daily habit of reflection, and owning mistakes promptly."],
  ["deepening_faith", "Deepening faith", "Strengthening spiritual practice as a source of steadiness in recovery."],
  ["giving_back", "Giving back", "Supporting others on the same path and carrying what has been learned into daily life."],
] as const;

const twelveSteps: ProgrammePhase[] = stepThemes.map(([id, title, description], s) => ({
  id,
  title: `Step ${s + 1}: ${title}`,
  description,
  expectedWeeks: 2,
  criteria: [
    criterion("circle_meetings", "Attended at least 3 of 4 weekly circle meetings"),
    criterion("mentor_discussed", "Talked the step through with a mentor"),
    ...(id === "self_reflection" ? [criterion("reflection_written", "Written (or recorded) reflection completed")] : []),
    ...(id === "giving_back" ? [criterion("relapse_plan", "Relapse-prevention plan written")] : []),
  ],
}));

export const faithAdaptedTwelveStep: ProgrammeDefinition = {
  key: "faith_adapted_twelve_step",
  version: 1,
  title: "Faith-adapted twelve-step programme",
  description:
    "A twelve-step recovery programme adapted for Muslim clients and delivered with partner mosques: weekly circle meetings at the mosque, a mentor for each client, and a qualified adviser for questions of faith.",
  kind: "faith_adapted_twelve_step",
  phases: twelveSteps,
};

export const preventionMentoring: ProgrammeDefinition = {
  key: "prevention_mentoring",
  version: 1,
  title: "Prevention mentoring",
  description:
    "One-to-one mentoring for a young person or adult at risk of exploitation or of being drawn into harm, building trust, critical thinking and positive routes forward.",
  kind: "prevention_mentoring",
  phases: [
    {
      id: "getting_to_know",
      title: "Getting to know each other",
      description: "Meeting regularly, agreeing how mentoring will work, and understanding what matters to the person.",
      expectedWeeks: 4,
      criteria: [
        criterion("meetings", "Met the mentor at least 3 times"),
        criterion("agreement", "Mentoring agreement made, including how to get in touch"),
      ],
    },
    {
      id: "exploring",
      title: "Exploring influences",
      description: "Talking about identity, belonging, grievances and the people and online spaces that shape them.",
      expectedWeeks: 6,
      criteria: [
        criterion("influences_discussed", "Influences and pressures talked through with the mentor"),
        criterion("safe_spaces", "At least one safe place or trusted person identified"),
      ],
    },
    {
      id: "building_resilience",
      title: "Building resilience",
      description: "Practising critical thinking, handling conflict and recognising manipulation, with a theology adviser where faith is part of it.",
      expectedWeeks: 8,
      criteria: [
        criterion("sessions", "Attended at least 6 of 8 mentoring sessions"),
        criterion("goals_progressing", "Personal goals reviewed and progressing"),
      ],
    },
    {
      id: "positive_pathways",
      title: "Positive routes forward",
      description: "Linking up with education, work, volunteering, sport or community activity.",
      expectedWeeks: 6,
      criteria: [criterion("activity_started", "Started at least one regular positive activity")],
    },
    {
      id: "moving_on",
      title: "Moving on",
      description: "Reviewing progress together and planning support after mentoring ends.",
      expectedWeeks: 2,
      criteria: [
        criterion("exit_review", "Exit review held with the mentor and, where appropriate, family"),
        criterion("ongoing_support", "Ongoing support or a contact for the future agreed"),
      ],
    },
  ],
};

export const builtInProgrammes: readonly ProgrammeDefinition[] = [multilingualRecovery, faithAdaptedTwelveStep, preventionMentoring];
