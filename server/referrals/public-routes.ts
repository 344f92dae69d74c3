/**
 * The public referral form (no sign-in): the form's details, submission, and a status check with
 * which a referrer learns only what their source may know. Rate-limited per address; spam is
 * stopped by a keyed form token and a honeypot field.
 */
import { and, eq, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  publicFormSchema,
  publicReferralBodySchema,
  publicReferralReceivedSchema,
  referralStatusQuerySchema,
  referralStatusSchema,
} from "../../core/api/referrals.js";
import { feedbackFor, type ReferralStatus } from "../../core/referrals/referral-status.js";
import type { FeedbackLevel } from "../../core/referrals/vocabulary.js";
import { inTransaction } from "../db/client.js";
import { referralSources, referrals, sites } from "../db/schema.js";
import { AppError } from "../http/errors.js";
import { consumeRateLimit } from "../http/rate-limit.js";
import { errorResponses } from "../http/route-schema.js";
import { newReference } from "../references.js";
import { contactKey, createReferral, referrerContactPurpose } from "./create-referral.js";
import { checkFormToken, issueFormToken } from "./form-token.js";
import { publicOrganisation } from "./public-organisation.js";

const limits = {
  // Generous enough for a shared connection (a mosque, a school, a mobile network), tight enough to stop floods.
  submitPerHour: { name: "public-referral:ip:hour", limit: 10, windowSeconds: 3600 },
  submitPerDay: { name: "public-referral:ip:day", limit: 50, windowSeconds: 86_400 },
  statusPerHour: { name: "referral-status:ip", limit: 20, windowSeconds: 3600 },
};

export function publicReferralRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["public"];
  const config = { access: "public" as const };
  const { db, vault } = app.deps;

  route.get(
    "/api/public/referral-form",
    { config, schema: { tags, summary: "What the public referral form needs", response: { 200: publicFormSchema, ...errorResponses } } },
    async () => {
      const organisation = await publicOrganisation(db, app.deps.config);
      const siteRows = await db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.organisationId, organisation.id)).orderBy(sites.name);
      return { organisationName: organisation.name, sites: siteRows, formToken: issueFormToken(vault, app.deps.now()) };
    },
  );

  route.post(
    "/api/public/referrals",
    { config, schema: { tags, summary: "Send a referral (self or someone else)", body: publicReferralBodySchema, response: { 201: publicReferralReceivedSchema, ...errorResponses } } },
    async (request, reply) => {
      const now = app.deps.now();
      await consumeRateLimit(db, limits.submitPerHour, request.ip, now);
      await consumeRateLimit(db, limits.submitPerDay, request.ip, now);
      const { formToken, website, isConsentGiven, ...input } = request.body;
      const problem = checkFormToken(vault, formToken, now);
      if (problem) {
        throw new AppError("validation_failed", problem === "expired" ? "The form was open too long. Please reload it and send again." : "The form could not be sent. Please reload it and try again.", {
          fields: [{ path: "body.formToken", message: problem }],
        });
      }
      // A filled honeypot means a script: answer as if accepted, store nothing, so it learns nothing.
      if (website) return reply.status(201).send({ reference: newReference("R") });
      const organisation = await publicOrganisation(db, app.deps.config);
      const referral = await inTransaction(db, (tx) =>
        createReferral(tx, { vault, now, organisationId: organisation.id, actorUserId: null, requestId: request.id }, {
          ...input,
          isReferrerConsentGiven: isConsentGiven,
          channel: "public_form",
        }),
      );
      return reply.status(201).send({ reference: referral.reference });
    },
  );

  route.post(
    "/api/public/referral-status",
    { config, schema: { tags, summary: "What a referrer may know about their referral", body: referralStatusQuerySchema, response: { 200: referralStatusSchema, ...errorResponses } } },
    async (request) => {
      await consumeRateLimit(db, limits.statusPerHour, request.ip, app.deps.now());
      const contactIndex = vault.blindIndex(referrerContactPurpose, contactKey(request.body.contact));
      // Unscoped by organisation on purpose: the reference and the referrer's own contact are the key.
      const [row] = await db
        .select({ status: referrals.status, feedbackLevel: referralSources.feedbackLevel })
        .from(referrals)
        .innerJoin(referralSources, eq(referralSources.id, referrals.sourceId))
        .where(and(eq(referrals.reference, request.body.reference), sql`${referrals.referrerContactIndex} = ${contactIndex}`))
        .limit(1);
      if (!row) throw new AppError("not_found", "We could not find a referral with that reference and contact.");
      return { status: feedbackFor(row.status as ReferralStatus, row.feedbackLevel as FeedbackLevel) };
    },
  );
}
