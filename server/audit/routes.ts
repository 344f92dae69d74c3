/**
 * HTTP routes for reviewing the audit trail (administrators and the data protection officer): the
 * filtered event list and its CSV export, finding a client by reference or name, why emergency
 * access was used (the data protection officer only), chain verification and its history, and
 * unusual-access alerts with their thresholds.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  alertSettingsSchema,
  auditAlertListQuerySchema,
  auditAlertListSchema,
  auditAlertSchema,
  auditClientMatchesSchema,
  auditClientSearchBodySchema,
  auditExportQuerySchema,
  auditListQuerySchema,
  auditListSchema,
  auditPeopleSchema,
  breakGlassReasonSchema,
  chainCheckListSchema,
  chainVerificationSchema,
  reviewAlertBodySchema,
  updateAlertSettingsBodySchema,
} from "../../core/api/audit.js";
import { idSchema, noBodySchema } from "../../core/api/common.js";
import { actorAllowedBy } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses as errors } from "../http/route-schema.js";
import { readAlertSettings, updateAlertSettings } from "./alert-settings.js";
import { listAlerts, readAlert, reviewAlert } from "./alerts.js";
import { chainCheckHistory, checkChain } from "./chain-checks.js";
import { findAuditClients } from "./find-audit-client.js";
import { auditPeople, auditSites } from "./people.js";
import { canReadBreakGlassReason, canReviewAudit } from "./policy.js";
import { readBreakGlassReason } from "./read-break-glass-reason.js";
import { exportAuditEvents, listAuditEvents } from "./read-events.js";
import { sealOrganisationChain } from "./seal-chain.js";

const eventParams = z.strictObject({ eventId: z.coerce.number({ message: "Must be an event number." }).int().min(1).max(Number.MAX_SAFE_INTEGER) });
const alertParams = z.strictObject({ alertId: idSchema });

export function auditRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["audit"];
  const { db, vault } = app.deps;
  const context = (requestId: string) => ({ vault, now: app.deps.now(), requestId });
  const reviewer = actorAllowedBy(canReviewAudit, "Only administrators and the data protection officer review the audit trail.");
  const officer = actorAllowedBy(canReadBreakGlassReason, "Only the data protection officer reads why emergency access was used.");

  route.get(
    "/api/audit/events",
    { schema: { tags, summary: "Audit events, newest first, filtered by person, client, site, action, days and emergency access (reading is audited)", querystring: auditListQuerySchema, response: { 200: auditListSchema, ...errors } } },
    async (request) => {
      const actor = reviewer(request.actor);
      const page = await inTransaction(db, (tx) => listAuditEvents(tx, actor, request.query, context(request.id)));
      return { ...page, abilities: { readBreakGlassReason: canReadBreakGlassReason(actor) } };
    },
  );

  route.get(
    "/api/audit/events.csv",
    {
      schema: {
        tags,
        summary: "The filtered audit events as a CSV file, in plain words with client references (the export is audited)",
        querystring: auditExportQuerySchema,
        produces: ["text/csv"],
        response: { 200: z.string().meta({ description: "A CSV file (RFC 4180)." }), ...errors },
      },
    },
    async (request, reply) => {
      const actor = reviewer(request.actor);
      const file = await inTransaction(db, (tx) => exportAuditEvents(tx, actor, request.query, context(request.id)));
      return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="${file.fileName}"`).send(file.csv);
    },
  );

  route.get(
    "/api/audit/events/:eventId/break-glass-reason",
    { schema: { tags, summary: "Why emergency access was used, for an event made under it (the data protection officer; an audited read)", params: eventParams, response: { 200: breakGlassReasonSchema, ...errors, 410: errors[404] } } },
    async (request) => {
      const actor = officer(request.actor);
      return inTransaction(db, (tx) => readBreakGlassReason(tx, actor, request.params.eventId, context(request.id)));
    },
  );

  route.post(
    "/api/audit/client-search",
    { schema: { tags, summary: "Find a client for the audit filter by reference, or by name and date of birth (sent in the body; answers references only; audited)", body: auditClientSearchBodySchema, response: { 200: auditClientMatchesSchema, ...errors } } },
    async (request) => {
      const actor = reviewer(request.actor);
      return inTransaction(db, (tx) => findAuditClients(tx, actor, request.body, context(request.id)));
    },
  );

  route.get(
    "/api/audit/people",
    { schema: { tags, summary: "The organisation's staff and sites, for the audit filter", response: { 200: auditPeopleSchema, ...errors } } },
    async (request) => {
      const { organisationId } = reviewer(request.actor);
      return { items: await auditPeople(db, organisationId), sites: await auditSites(db, organisationId) };
    },
  );

  route.post(
    "/api/audit/verification",
    { schema: { tags, summary: "Verify the organisation's audit chain now and keep the result in its history (audited)", body: noBodySchema, response: { 200: chainVerificationSchema, ...errors } } },
    async (request) => {
      const actor = reviewer(request.actor);
      // Seal what is waiting first, outside the check, so the report covers everything written until now.
      await sealOrganisationChain(db, actor.organisationId);
      return inTransaction(db, (tx) => checkChain(tx, actor.organisationId, { trigger: "on_demand", requestedBy: { userId: actor.userId, requestId: request.id }, now: app.deps.now() }));
    },
  );

  route.get(
    "/api/audit/verifications",
    { schema: { tags, summary: "The latest verifications of the audit chain, nightly and asked for, newest first", response: { 200: chainCheckListSchema, ...errors } } },
    async (request) => ({ items: await chainCheckHistory(db, reviewer(request.actor).organisationId) }),
  );

  route.get(
    "/api/audit/alerts",
    { schema: { tags, summary: "Unusual-access alerts, newest first, by status (never those about the reader)", querystring: auditAlertListQuerySchema, response: { 200: auditAlertListSchema, ...errors } } },
    async (request) => listAlerts(db, vault, reviewer(request.actor), request.query),
  );

  route.get(
    "/api/audit/alerts/:alertId",
    { schema: { tags, summary: "One unusual-access alert", params: alertParams, response: { 200: auditAlertSchema, ...errors } } },
    async (request) => readAlert(db, vault, reviewer(request.actor), request.params.alertId),
  );

  route.post(
    "/api/audit/alerts/:alertId/review",
    { schema: { tags, summary: "Acknowledge or close an unusual-access alert with a note, with the version seen (audited)", params: alertParams, body: reviewAlertBodySchema, response: { 200: auditAlertSchema, ...errors } } },
    async (request) => {
      const actor = reviewer(request.actor);
      return inTransaction(db, async (tx) => {
        await reviewAlert(tx, actor, request.params.alertId, request.body, context(request.id));
        return readAlert(tx, vault, actor, request.params.alertId);
      });
    },
  );

  route.get(
    "/api/audit/alert-settings",
    { schema: { tags, summary: "The organisation's unusual-access thresholds and working hours", response: { 200: alertSettingsSchema, ...errors } } },
    async (request) => readAlertSettings(db, reviewer(request.actor).organisationId),
  );

  route.put(
    "/api/audit/alert-settings",
    { schema: { tags, summary: "Change the unusual-access thresholds and working hours, with the version seen (audited)", body: updateAlertSettingsBodySchema, response: { 200: alertSettingsSchema, ...errors } } },
    async (request) => {
      const actor = reviewer(request.actor);
      return inTransaction(db, async (tx) => {
        await updateAlertSettings(tx, actor, request.body, context(request.id));
        return readAlertSettings(tx, actor.organisationId);
      });
    },
  );
}
