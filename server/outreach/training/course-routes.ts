/** HTTP routes for the organisation's training courses: the catalogue (started with the default courses on first reading), adding and changing a course. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../../core/api/common.js";
import { courseBodySchema, courseListSchema, courseParamsSchema, courseSchema, updateCourseBodySchema } from "../../../core/api/outreach-training.js";
import { authorize, requireActor } from "../../authz/authorize.js";
import { inTransaction } from "../../db/client.js";
import { errorResponses } from "../../http/route-schema.js";
import { canManageCourses, canReadCourses } from "../policy.js";
import { createCourse } from "./create-course.js";
import { ensureCourseCatalogue } from "./default-courses.js";
import { presentCourse } from "./presenter.js";
import { coursesOf, findCourseFor } from "./queries.js";
import { updateCourse } from "./update-course.js";

export function trainingCourseRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["outreach"];
  const { db } = app.deps;
  const errors = { ...errorResponses, 422: errorBodySchema };
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });

  route.get(
    "/api/outreach/training/courses",
    { schema: { tags, summary: "The organisation's training courses (the default ones the first time), for everyone who reads outreach", response: { 200: courseListSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(canReadCourses(actor), "Only those who work or read outreach see the training courses.");
      const ctx = context(request.id);
      return inTransaction(db, async (tx) => {
        await ensureCourseCatalogue(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, now: ctx.now, requestId: ctx.requestId });
        return { items: (await coursesOf(tx, actor.organisationId)).map(presentCourse), abilities: { manage: canManageCourses(actor) } };
      });
    },
  );

  route.post(
    "/api/outreach/training/courses",
    { schema: { tags, summary: "Add a training course to the organisation's catalogue", body: courseBodySchema, response: { 201: courseSchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const created = await inTransaction(db, async (tx) => presentCourse(await findCourseFor(tx, actor.organisationId, await createCourse(tx, actor, request.body, context(request.id)))));
      return reply.status(201).send(created);
    },
  );

  route.put(
    "/api/outreach/training/courses/:courseId",
    { schema: { tags, summary: "Change a training course (with the version seen)", params: courseParamsSchema, body: updateCourseBodySchema, response: { 200: courseSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        await updateCourse(tx, actor, request.params.courseId, request.body, context(request.id));
        return presentCourse(await findCourseFor(tx, actor.organisationId, request.params.courseId));
      });
    },
  );
}
