/** Calls for single sign-on: the sign-in page's look-up and start, and the administrator's settings. */
import { type z } from "zod";
import {
  signInSettingsSchema,
  ssoLookupSchema,
  ssoRedirectSchema,
  type SignInSettings,
  type SsoProviderBody,
} from "../../../core/api/sso.js";
import { api } from "../api/client.js";

export type SsoLookup = z.infer<typeof ssoLookupSchema>;

export const ssoApi = {
  lookup: (email: string): Promise<SsoLookup> => api.post("/api/auth/oidc/lookup", { email }, ssoLookupSchema),
  start: (email: string): Promise<{ authorizationUrl: string }> => api.post("/api/auth/oidc/start", { email }, ssoRedirectSchema),
  settings: (): Promise<SignInSettings> => api.get("/api/sign-in-settings", signInSettingsSchema),
  saveProvider: (body: SsoProviderBody): Promise<SignInSettings> => api.put("/api/sign-in-settings/provider", body, signInSettingsSchema),
  removeProvider: (): Promise<void> => api.deleteNoContent("/api/sign-in-settings/provider"),
  setPasswordSignIn: (isEnabled: boolean): Promise<SignInSettings> =>
    api.put("/api/sign-in-settings/password-sign-in", { isEnabled }, signInSettingsSchema),
  startTest: (): Promise<{ authorizationUrl: string }> => api.post("/api/sign-in-settings/test", {}, ssoRedirectSchema),
};
