/** HTTP routes for a site's panel members: the list, adding a member (staff or an outside person), changing one. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../../core/api/common.js";
import { createdMemberSchema, createMemberBodySchema, memberListQuerySchema, memberListSchema, memberParamsSchema, memberSchema, updateMemberBodySchema } from "../../../core/api/panel.js";
import { authorize, requireActor } from "../../authz/authorize.js";
import { managerRoles, sitesWhere } from "../../authz/site-roles.js";
import { inTransaction } from "../../db/client.js";
import { errorResponses } from "../../http/route-schema.js";
import { createMember } from "./create-member.js";
import { canManageMembers, canReadMembers } from "./policy.js";
import { presentMember } from "./presenter.js";
import { findMemberFor, membersOfSite, staffOptions } from "./queries.js";
import { updateMember } from "./update-member.js";

export function memberRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["panel"];
  const { db } = app.deps;
  const errors = { ...errorResponses, 409: errorBodySchema, 422: errorBodySchema };
  const context = (requestId: string) => ({ publicUrl: app.deps.config.publicUrl, now: app.deps.now(), requestId });

  route.get(
    "/api/panel/members",
    { schema: { tags, summary: "A site's panel members with their vetting and access, for its safeguarding lead and team managers", querystring: memberListQuerySchema, response: { 200: memberListSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const siteId = request.query.siteId ?? sitesWhere(actor, managerRoles)[0];
      authorize(siteId !== undefined && canReadMembers(actor, siteId), "Only the site's safeguarding lead and team managers see its panel members.");
      const members = await membersOfSite(db, actor.organisationId, siteId);
      const canManage = canManageMembers(actor, siteId);
      const now = app.deps.now();
      return {
        items: members.map((member) => presentMember(member, now)),
        staffOptions: canManage ? await staffOptions(db, actor.organisationId, siteId, members.map(({ member }) => member.userId)) : [],
        abilities: { manage: canManage },
      };
    },
  );

  route.post(
    "/api/panel/members",
    { schema: { tags, summary: "Add a panel member: staff at the site, or an outside person invited to an account holding only the panel member role", body: createMemberBodySchema, response: { 201: createdMemberSchema, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      const created = await inTransaction(db, async (tx) => {
        const { memberId, invitationUrl } = await createMember(tx, actor, request.body, ctx);
        return { member: presentMember(await findMemberFor(tx, actor, memberId), ctx.now), invitationUrl };
      });
      return reply.status(201).send(created);
    },
  );

  route.put(
    "/api/panel/members/:memberId",
    { schema: { tags, summary: "Change a panel member's details, vetting, term or active state (with the version seen)", params: memberParamsSchema, body: updateMemberBodySchema, response: { 200: memberSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const ctx = context(request.id);
      return inTransaction(db, async (tx) => {
        await updateMember(tx, actor, request.params.memberId, request.body, ctx);
        return presentMember(await findMemberFor(tx, actor, request.params.memberId), ctx.now);
      });
    },
  );
}
