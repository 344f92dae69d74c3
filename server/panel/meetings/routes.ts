/** HTTP routes for panel meetings: the list, scheduling and changing, cancelling, one meeting, attendance and conflicts. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../../core/api/common.js";
import {
  attendanceBodySchema,
  cancelMeetingBodySchema,
  conflictBodySchema,
  createMeetingBodySchema,
  meetingDetailSchema,
  meetingListQuerySchema,
  meetingListSchema,
  meetingParamsSchema,
  updateMeetingBodySchema,
} from "../../../core/api/panel.js";
import { requireActor } from "../../authz/authorize.js";
import { sitesWhere } from "../../authz/site-roles.js";
import { inTransaction, type Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { errorResponses } from "../../http/route-schema.js";
import { declareConflict, recordAttendance } from "./attendance-and-conflicts.js";
import { canScheduleAt } from "./policy.js";
import { presentMeetingSummary } from "./presenter.js";
import { findMeetingFor, listMeetingsFor } from "./queries.js";
import { meetingDetail, readMeeting, type MeetingContext } from "./read-meeting.js";
import { cancelMeeting, scheduleMeeting, updateMeeting } from "./schedule-meeting.js";

export function meetingRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["panel"];
  const { db, vault } = app.deps;
  const errors = { ...errorResponses, 422: errorBodySchema };
  const context = (requestId: string): MeetingContext => ({ vault, now: app.deps.now(), requestId });
  const detail = async (tx: Db, actor: Actor, meetingId: string, ctx: MeetingContext) => meetingDetail(tx, actor, await findMeetingFor(tx, actor, meetingId), ctx);
  const path = "/api/panel/meetings/:meetingId";

  route.get(
    "/api/panel/meetings",
    { schema: { tags, summary: "Panel meetings: every meeting of the sites the viewer manages, and the meetings a member attends", querystring: meetingListQuerySchema, response: { 200: meetingListSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const rows = await listMeetingsFor(db, actor, request.query, app.deps.now());
      const schedulable = request.query.siteId ? [request.query.siteId] : sitesWhere(actor, ["safeguarding_lead"]);
      return { items: rows.map((row) => presentMeetingSummary(row.meeting, row)), abilities: { schedule: schedulable.some((siteId) => canScheduleAt(actor, siteId)) } };
    },
  );

  route.post(
    "/api/panel/meetings",
    { schema: { tags, summary: "Schedule a meeting of a site's panel, with its attendees and access window", body: createMeetingBodySchema, response: { 201: meetingDetailSchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      const created = await inTransaction(db, async (tx) => detail(tx, actor, await scheduleMeeting(tx, actor, request.body, ctx), ctx));
      return reply.status(201).send(created);
    },
  );

  route.get(
    path,
    { schema: { tags, summary: "One meeting: attendees and the agenda cases the viewer may see now", params: meetingParamsSchema, response: { 200: meetingDetailSchema, ...errors } } },
    async (request) => inTransaction(db, (tx) => readMeeting(tx, requireActor(request.actor), request.params.meetingId, context(request.id))),
  );

  route.put(
    path,
    { schema: { tags, summary: "Change a meeting's time, place, window or attendees (with the version seen)", params: meetingParamsSchema, body: updateMeetingBodySchema, response: { 200: meetingDetailSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      return inTransaction(db, async (tx) => {
        await updateMeeting(tx, actor, request.params.meetingId, request.body, ctx);
        return detail(tx, actor, request.params.meetingId, ctx);
      });
    },
  );

  route.post(
    `${path}/cancel`,
    { schema: { tags, summary: "Cancel a meeting (with the version seen): its cases close to members at once", params: meetingParamsSchema, body: cancelMeetingBodySchema, response: { 200: meetingDetailSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      return inTransaction(db, async (tx) => {
        await cancelMeeting(tx, actor, request.params.meetingId, request.body, ctx);
        return detail(tx, actor, request.params.meetingId, ctx);
      });
    },
  );

  route.put(
    `${path}/attendance`,
    { schema: { tags, summary: "Record who attended and who sent apologies, once the meeting has started", params: meetingParamsSchema, body: attendanceBodySchema, response: { 200: meetingDetailSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      return inTransaction(db, async (tx) => {
        await recordAttendance(tx, actor, request.params.meetingId, request.body, ctx);
        return detail(tx, actor, request.params.meetingId, ctx);
      });
    },
  );

  route.post(
    `${path}/conflicts`,
    { schema: { tags, summary: "Declare a conflict of interest on an agenda case (a member's own, or for an attendee by the lead); declaring twice changes nothing", params: meetingParamsSchema, body: conflictBodySchema, response: { 200: meetingDetailSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      return inTransaction(db, async (tx) => {
        await declareConflict(tx, actor, request.params.meetingId, request.body, ctx);
        return detail(tx, actor, request.params.meetingId, ctx);
      });
    },
  );
}
