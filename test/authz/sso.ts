/** Declared expectations for single sign-on: the sign-in page's public calls and the administrators' settings. */
import { randomUUID } from "node:crypto";
import type { EndpointExpectation } from "./types.js";

const administrators = ["administrator"] as const;

export const ssoExpectations: Record<string, EndpointExpectation> = {
  "POST /api/auth/oidc/lookup": { allowed: "public", success: 200, call: async () => ({ url: "/api/auth/oidc/lookup", body: { email: "someone@example.org" } }) },
  // No provider serves the domain here; the flow itself is tested in server/sso/sign-in.test.ts.
  "POST /api/auth/oidc/start": { allowed: "public", success: 404, call: async () => ({ url: "/api/auth/oidc/start", body: { email: `someone@${randomUUID().slice(0, 8)}.test` } }) },
  // A return with no attempt in this browser is sent back to the sign-in page with the reason.
  "GET /api/auth/oidc/callback": { allowed: "public", success: 302, call: async () => ({ url: `/api/auth/oidc/callback?state=${randomUUID()}&code=x` }) },
  "GET /api/sign-in-settings": { allowed: administrators, success: 200, call: async () => ({ url: "/api/sign-in-settings" }) },
  "PUT /api/sign-in-settings/provider": {
    allowed: administrators,
    success: 200,
    call: async () => ({
      url: "/api/sign-in-settings/provider",
      body: {
        displayName: "Microsoft 365",
        issuer: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
        clientId: "client",
        clientSecret: "secret",
        allowedDomains: [`authz-${randomUUID().slice(0, 8)}.test`],
        isProviderMfaTrusted: false,
      },
    }),
  },
  "PUT /api/sign-in-settings/password-sign-in": { allowed: administrators, success: 200, call: async () => ({ url: "/api/sign-in-settings/password-sign-in", body: { isEnabled: true } }) },
  // Removal and the test sign-in need a provider; with none set up they answer 404 (both tested in server/sso/).
  "DELETE /api/sign-in-settings/provider": { allowed: administrators, success: 404, call: async () => ({ url: "/api/sign-in-settings/provider" }) },
  "POST /api/sign-in-settings/test": { allowed: administrators, success: 404, call: async () => ({ url: "/api/sign-in-settings/test" }) },
};
