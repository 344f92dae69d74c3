/**
 * Signed-in demo staff for the soak: each signs in with the demo password and enrols an
 * authenticator app, exactly as a person would on first sign-in, then keeps the session cookie
 * and CSRF token for the requests the workload sends.
 */
import { enrolmentConfirmedSchema, enrolmentSchema } from "../../core/api/auth.js";
import { siteListSchema } from "../../core/api/admin.js";
import { demoPassword } from "../../server/demo/seed-demo.js";
import { ApiClient } from "../../e2e/support/api-client.js";
import { nextCode } from "../../e2e/support/one-time-codes.js";

export async function signInDemoStaff(baseUrl: string, email: string): Promise<ApiClient> {
  const client = new ApiClient(baseUrl);
  const signedIn = await client.sendForSession("POST", "/api/auth/sign-in", { email, password: demoPassword });
  if (signedIn.mfaState === "enrolment_required") {
    const { secret } = await client.send("POST", "/api/auth/second-factor/enrolment", enrolmentSchema, {});
    const confirmed = await client.send("POST", "/api/auth/second-factor/enrolment/confirm", enrolmentConfirmedSchema, {
      code: nextCode(secret, null).code,
    });
    client.adopt(confirmed.session);
  }
  return client;
}

export async function siteIds(client: ApiClient): Promise<Map<string, string>> {
  const { items } = await client.send("GET", "/api/sites", siteListSchema);
  return new Map(items.map((site) => [site.name, site.id]));
}
