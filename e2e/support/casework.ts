/**
 * Casework set up through the API, as staff would do it through the pages, for journeys that need
 * an existing client or case to start from: a caseworker records a referral and accepts it, and
 * assesses the client with the toolkit.
 */
import type { APIResponse, BrowserContext } from "playwright-core";
import { z } from "zod";
import { sessionSchema } from "../../core/api/auth.js";
import { caseDetailSchema } from "../../core/api/cases.js";
import { idSchema } from "../../core/api/common.js";
import { crossVulnerabilityAnswers } from "../../core/instruments/built-in/cross-vulnerability.js";

// Only what the set-up goes on to use; the full answers are checked by the server's own tests.
const recordedSchema = z.object({ id: idSchema });
const triagedSchema = z.object({ caseId: idSchema.nullable() });

async function json<S extends z.ZodType>(response: APIResponse, schema: S): Promise<z.infer<S>> {
  if (!response.ok()) throw new Error(`${response.url()} answered ${response.status()}: ${await response.text()}`);
  return schema.parse(await response.json());
}

export interface KnownPerson {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  phone?: string;
  postcode?: string;
}

/**
 * In `context` (a caseworker at `siteId`, signed in), records a family referral about `person` and
 * accepts it, so the person becomes a client with an open case. Returns the case as the caseworker sees it.
 */
export async function acceptedReferral(context: BrowserContext, siteId: string, person: KnownPerson, preferences: { preferredWorkerGender?: "female" | "male" } = {}) {
  const { csrfToken } = await json(await context.request.get("/api/auth/session"), sessionSchema);
  const headers = { "x-csrf-token": csrfToken };
  const referral = await json(
    await context.request.post("/api/referrals", {
      headers,
      data: {
        siteId,
        sourceCode: "family",
        person,
        referrer: { name: "Razia Khan", phone: "07700 900321", relationship: "mother" },
        reasons: ["mental_health"],
        concern: "Low mood since leaving college; not sleeping.",
        urgency: "routine",
        preferredLanguage: "ur",
        ...preferences,
        isReferrerConsentGiven: true,
      },
    }),
    recordedSchema,
  );
  const { caseId } = await json(
    await context.request.post(`/api/referrals/${referral.id}/triage`, { headers, data: { decision: "accept", reason: "Needs support with low mood." } }),
    triagedSchema,
  );
  if (!caseId) throw new Error("accepting the referral opened no case");
  return json(await context.request.get(`/api/cases/${caseId}`), caseDetailSchema);
}

const assessmentSchema = z.object({ id: idSchema, version: z.number().int() });

/**
 * Gives the cross-vulnerability toolkit on `caseId` as the caseworker in `caseworker`, with
 * `ratings` (e.g. `{ substance_misuse_push: 2 }`), deciding `tier`; the manager in `manager`
 * approves it, so the tier takes effect and support begins, as it would through the pages.
 */
export async function assessedWithToolkit(caseworker: BrowserContext, manager: BrowserContext, caseId: string, ratings: Record<string, number>, tier: "low_level" | "intensive") {
  const headersOf = async (context: BrowserContext) => ({ "x-csrf-token": (await json(await context.request.get("/api/auth/session"), sessionSchema)).csrfToken });
  const asCaseworker = await headersOf(caseworker);
  const started = await json(await caseworker.request.post(`/api/cases/${caseId}/assessments`, { headers: asCaseworker, data: { instrumentKey: "cross_vulnerability" } }), assessmentSchema);
  const answers = crossVulnerabilityAnswers(ratings, "Talked through with her at the first meeting.");
  const rationale = "Daily use and a controlling older boyfriend; she asked for a woman who speaks Urdu.";
  await json(
    await caseworker.request.post(`/api/assessments/${started.id}/submit`, { headers: asCaseworker, data: { answers, tierDecision: { tier, rationale }, version: started.version } }),
    assessmentSchema,
  );
  await json(await manager.request.post(`/api/assessments/${started.id}/approve`, { headers: await headersOf(manager), data: {} }), assessmentSchema);
}
