/**
 * The courses an organisation's catalogue starts with, so the first training can be recorded
 * without setting anything up: cross-vulnerabilities for imams and madrasa staff, drugs awareness
 * for teachers, grooming awareness for parents. They are the organisation's own from then on, to
 * reword, retire or add to. Written once, the first time the catalogue is read.
 */
import { count, eq, sql } from "drizzle-orm";
import type { CourseBody } from "../../../core/api/outreach-training.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import { trainingCourses } from "../../db/schema.js";

export const defaultCourses: readonly CourseBody[] = [
  {
    title: "Cross-vulnerabilities: seeing the whole picture",
    audience: "Imams, madrasa teachers and mosque volunteers",
    description:
      "How drugs, gangs, knife crime, grooming and radicalisation can meet in one young person's life; the signs that may show at the mosque or in the madrasa; and how to pass on a worry so the young person and their family get help early.",
    topics: ["drugs", "gangs", "knife_crime", "grooming", "radicalisation", "referral_pathways"],
    confidenceQuestions: [
      "I can recognise signs that a young person may be being exploited or drawn into harm.",
      "I understand how drugs, gangs, grooming and radicalisation can be linked.",
      "I know who to speak to and how to make a referral.",
      "I would feel able to raise a worry with a young person's family.",
    ],
    refresherMonths: 24,
    isActive: true,
  },
  {
    title: "Drugs awareness for school staff",
    audience: "Teachers and school support staff",
    description:
      "What young people in the area are being offered, how pupils are drawn into carrying and selling drugs, the early signs in class and around school, and how the school and we can help.",
    topics: ["drugs", "alcohol", "gangs", "referral_pathways"],
    confidenceQuestions: [
      "I know which substances pupils here are most likely to come across.",
      "I can spot early signs that a pupil may be using, carrying or selling drugs.",
      "I know how to respond when a pupil tells me about drugs.",
      "I know how to refer a pupil for support.",
    ],
    refresherMonths: 24,
    isActive: true,
  },
  {
    title: "Grooming awareness for parents",
    audience: "Parents and carers",
    description:
      "How people who groom children build trust, online and face to face; the changes at home that can be warning signs; talking with children about staying safe online; and where to turn when worried.",
    topics: ["grooming", "sexual_exploitation", "online_safety", "referral_pathways"],
    confidenceQuestions: [
      "I understand how grooming happens, online and in person.",
      "I can recognise warning signs in my child's behaviour.",
      "I feel able to talk with my child about staying safe online.",
      "I know where to get help if I am worried about a child.",
    ],
    refresherMonths: null,
    isActive: true,
  },
];

/**
 * Gives an organisation with no courses the default ones. Courses are never deleted (only taken out
 * of use), so an empty catalogue has never been started. A lock per organisation keeps two first
 * readers from both writing them.
 */
export async function ensureCourseCatalogue(tx: Db, input: { organisationId: string; actorUserId: string; now: Date; requestId: string }): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`training_courses:${input.organisationId}`}, 0))`);
  const [existing] = await tx.select({ n: count() }).from(trainingCourses).where(eq(trainingCourses.organisationId, input.organisationId));
  if ((existing?.n ?? 0) > 0) return;
  const created = await tx
    .insert(trainingCourses)
    .values(defaultCourses.map((course) => ({ ...course, organisationId: input.organisationId, createdBy: input.actorUserId, createdAt: input.now, updatedAt: input.now })))
    .returning({ id: trainingCourses.id });
  await recordAudit(tx, {
    organisationId: input.organisationId,
    actorUserId: input.actorUserId,
    action: "outreach.training_courses_started",
    entityType: "training_course",
    requestId: input.requestId,
    details: { courseIds: created.map((course) => course.id) },
  });
}
