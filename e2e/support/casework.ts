/**
 * Casework set up through the API, as staff would do it through the pages, for journeys that need
 * an existing client or case to start from: a caseworker records a referral and accepts it.
 */
import type { APIResponse, BrowserContext } from "playwright-core";
import { z } from "zod";
import { sessionSchema } from "../../core/api/auth.js";
import { caseDetailSchema } from "../../core/api/cases.js";
import { idSchema } from "../../core/api/common.js";

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
}

/**
 * In `context` (a caseworker at `siteId`, signed in), records a family referral about `person` and
 * accepts it, so the person becomes a client with an open case. Returns the case as the caseworker sees it.
 */
export async function acceptedReferral(context: BrowserContext, siteId: string, person: KnownPerson) {
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
