/**
 * Training the community to recognise cross-vulnerabilities: courses (cross-vulnerabilities for
 * imams and madrasa staff, drugs awareness for teachers, grooming awareness for parents), their
 * deliveries, the professionals who attend (held with their own consent), the confidence they
 * report before and after, and when a refresher falls due. Pure.
 */
import { z } from "zod";
import { addDays } from "../instruments/reassessment.js";

/** Confidence on a five-point scale: 1 not at all confident, 5 very confident. */
export const confidenceScale = { min: 1, max: 5 } as const;

const rating = z
  .number({ message: "Give a rating from 1 to 5." })
  .int({ message: "Give a rating from 1 to 5." })
  .min(confidenceScale.min, { message: "Give a rating from 1 to 5." })
  .max(confidenceScale.max, { message: "Give a rating from 1 to 5." });

/**
 * One attendee: a professional (an imam, a teacher, a youth worker), not a client. Their details
 * are held only with their consent; their ratings before and after, per question, when given.
 */
export const attendeeSchema = z
  .strictObject({
    name: z.string().trim().min(1, { message: "Give the attendee's name." }).max(120, { message: "At most 120 characters." }),
    role: z.string().trim().max(120, { message: "At most 120 characters." }),
    organisation: z.string().trim().max(200, { message: "At most 200 characters." }),
    email: z.email({ message: "Must be an email address." }).max(254).nullable(),
    hasConsented: z.literal(true, { message: "An attendee's details are kept only with their consent." }),
    before: z.array(rating.nullable()).max(20),
    after: z.array(rating.nullable()).max(20),
  })
  .superRefine((attendee, context) => {
    if (attendee.before.length !== attendee.after.length) context.addIssue({ code: "custom", path: ["after"], message: "Give an answer (or none) for each question, before and after." });
  });
export type Attendee = z.infer<typeof attendeeSchema>;

export interface ConfidenceSummary {
  /** Attendees who rated a question both before and after. */
  answered: number;
  meanBefore: number | null;
  meanAfter: number | null;
  /** Share (0 to 1) of those answered whose rating rose. */
  shareImproved: number | null;
}

const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

/** Per question: how confident attendees were before and after, over those who answered both. */
export function confidenceSummary(attendees: readonly Pick<Attendee, "before" | "after">[], questionCount: number): ConfidenceSummary[] {
  return Array.from({ length: questionCount }, (_unused, question) => {
    const pairs = attendees.flatMap(({ before, after }) => {
      const [was, now] = [before[question], after[question]];
      return typeof was === "number" && typeof now === "number" ? [{ was, now }] : [];
    });
    return {
      answered: pairs.length,
      meanBefore: mean(pairs.map((pair) => pair.was)),
      meanAfter: mean(pairs.map((pair) => pair.now)),
      shareImproved: pairs.length === 0 ? null : pairs.filter((pair) => pair.now > pair.was).length / pairs.length,
    };
  });
}

/** The day a refresher falls due: `months` after the training, on the same day of the month (or the month's last day). */
export function refresherDueOn(deliveredOn: string, months: number): string {
  if (!Number.isInteger(months) || months < 1) throw new RangeError("A refresher comes at least a month later.");
  const [year, month, day] = deliveredOn.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Due within `days` of `today`, or overdue: when a reminder goes to the trainer and the partner's contact. */
export function isRefresherDue(dueOn: string, today: string, days: number): boolean {
  return dueOn <= addDays(today, days);
}
