/**
 * Staff accounts for the journeys. Each journey gets people of its own, created by the
 * provisioning administrator through the API, so journeys never share a second factor (the server
 * refuses the same code step twice) and can run in any order or at once. "Sign in through the API"
 * puts a finished session into a browser context's cookies without touching the sign-in pages.
 */
import { randomUUID } from "node:crypto";
import type { APIResponse, BrowserContext } from "playwright-core";
import { inject } from "vitest";
import type { z } from "zod";
import { invitationIssuedSchema, siteListSchema, userSchema } from "../../core/api/admin.js";
import { enrolmentConfirmedSchema, enrolmentSchema, sessionSchema, type Session } from "../../core/api/auth.js";
import type { Role } from "../../core/roles.js";
import { workerDetailSchema, type SaveWorkerProfileBody } from "../../core/api/workers.js";
import { ApiClient } from "./api-client.js";
import { nextCode } from "./one-time-codes.js";
import type { EnrolledAccount } from "./provided.js";
export type SiteName = "Birmingham" | "Manchester" | "Luton";

const deliveryRoles: readonly Role[] = ["caseworker", "mentor", "team_manager", "safeguarding_lead"];

/** A worker profile with a DBS check done last year and valid for two more. */
function currentVetting(): SaveWorkerProfileBody {
  const day = (years: number) => new Date(Date.now() + years * 365 * 86_400_000).toISOString().slice(0, 10);
  return { gender: "not_stated", languages: ["en"], specialisms: [], maxCaseload: 15, vetting: { checkedOn: day(-1), expiresOn: day(2), reference: null }, version: 0 };
}

/** A password the server's policy accepts for any of the journeys' people. */
export const staffPassword = "amber kettle migration";

export interface Invited {
  userId: string;
  email: string;
  displayName: string;
  invitationUrl: string;
}

const provisioner = () => new ApiClient(inject("apiUrl"), inject("provisioner"));

/** A unique address per call, so reruns and parallel journeys never collide. */
export const uniqueEmail = (label: string, domain = "pathways.test"): string => `${label}.${randomUUID().slice(0, 8)}@${domain}`;

export async function siteId(name: SiteName): Promise<string> {
  const { items } = await provisioner().send("GET", "/api/sites", siteListSchema);
  const site = items.find((candidate) => candidate.name === name);
  if (!site) throw new Error(`No site called ${name}`);
  return site.id;
}

export interface StaffInput {
  displayName: string;
  role: Role;
  site: SiteName | null;
  emailLabel: string;
  /** The address's domain; pathways.test unless the journey needs its own (single sign-on). */
  emailDomain?: string;
}

/** Creates an account with one role, as an administrator would, and returns its invitation link. */
export async function invite(input: StaffInput): Promise<Invited> {
  const grants = [{ role: input.role, siteId: input.site ? await siteId(input.site) : null }];
  const body = { email: uniqueEmail(input.emailLabel, input.emailDomain), displayName: input.displayName, grants };
  const issued = await provisioner().send("POST", "/api/users", invitationIssuedSchema, body);
  // People who deliver support need a current DBS check before any case can be given to them.
  if (deliveryRoles.includes(input.role)) await provisioner().send("PUT", `/api/workers/${issued.user.id}`, workerDetailSchema, currentVetting());
  return { userId: issued.user.id, email: issued.user.email, displayName: issued.user.displayName, invitationUrl: issued.invitationUrl };
}

async function json<S extends z.ZodType>(response: APIResponse, schema: S): Promise<z.infer<S>> {
  if (!response.ok()) throw new Error(`${response.url()} answered ${response.status()}: ${await response.text()}`);
  return schema.parse(await response.json());
}

const tokenOf = (invitationUrl: string): string => new URL(invitationUrl).pathname.split("/").pop() ?? "";

/**
 * Accepts the invitation through the API in `context`, leaving the new person signed in there but
 * not yet through the second factor if their role needs one.
 */
export async function acceptThroughApi(context: BrowserContext, invited: Invited): Promise<Session> {
  const response = await context.request.post(`/api/auth/invitations/${tokenOf(invited.invitationUrl)}/accept`, {
    data: { password: staffPassword },
  });
  return json(response, sessionSchema);
}

/** Invites someone, accepts for them and enrols their authenticator app, all through the API: they are signed in in `context`. */
export async function signInAsNewStaff(
  context: BrowserContext,
  input: StaffInput,
): Promise<EnrolledAccount & { userId: string }> {
  return enrolInvited(context, await invite(input));
}

/** Accepts someone's invitation for them and enrols their authenticator app through the API: they are signed in in `context`. */
export async function enrolInvited(context: BrowserContext, invited: Invited): Promise<EnrolledAccount & { userId: string }> {
  const accepted = await acceptThroughApi(context, invited);
  if (accepted.mfaState !== "enrolment_required") throw new Error(`expected enrolment to be required, got ${accepted.mfaState}`);
  const headers = { "x-csrf-token": accepted.csrfToken };
  const { secret } = await json(await context.request.post("/api/auth/second-factor/enrolment", { headers, data: {} }), enrolmentSchema);
  const { code, step } = nextCode(secret, null);
  const confirmed = await json(
    await context.request.post("/api/auth/second-factor/enrolment/confirm", { headers, data: { code } }),
    enrolmentConfirmedSchema,
  );
  if (confirmed.session.mfaState !== "complete") throw new Error("enrolment did not complete the session");
  return { ...invited, password: staffPassword, totpSecret: secret, lastStep: step };
}

/** Signs an enrolled account in within `context` with password and the next code; returns the step used. */
export async function signInThroughApi(context: BrowserContext, account: EnrolledAccount): Promise<EnrolledAccount> {
  const signedIn = await json(
    await context.request.post("/api/auth/sign-in", { data: { email: account.email, password: account.password } }),
    sessionSchema,
  );
  if (signedIn.mfaState !== "pending") throw new Error(`expected a second factor to be asked for, got ${signedIn.mfaState}`);
  const { code, step } = nextCode(account.totpSecret, account.lastStep);
  const verified = await json(
    await context.request.post("/api/auth/second-factor/verify", { headers: { "x-csrf-token": signedIn.csrfToken }, data: { code } }),
    sessionSchema,
  );
  if (verified.mfaState !== "complete") throw new Error("the second factor did not complete the session");
  return { ...account, lastStep: step };
}

/** Deactivates an account as an administrator would: their sessions end and they cannot sign in. */
export async function deactivate(userId: string): Promise<void> {
  await provisioner().send("POST", `/api/users/${userId}/deactivate`, userSchema);
}
