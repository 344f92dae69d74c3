/** The sign-in settings as they leave the server: every field listed, the client secret only as "set". */
import type { SignInSettings } from "../../core/api/sso.js";
import { reportsSecondFactor } from "../../core/sso/rules.js";
import type { ProviderWithDomains } from "./queries.js";

export function presentSignInSettings(
  found: ProviderWithDomains | null,
  input: { isPasswordSignInEnabled: boolean; redirectUrl: string },
): SignInSettings {
  return {
    provider: found && {
      displayName: found.provider.displayName,
      issuer: found.provider.issuer,
      clientId: found.provider.clientId,
      isClientSecretSet: found.provider.clientSecret.length > 0,
      allowedDomains: found.allowedDomains,
      isProviderMfaTrusted: found.provider.isProviderMfaTrusted,
      testedAt: found.provider.testedAt?.toISOString() ?? null,
      didTestReportMfa: found.provider.testedAmr === null ? null : reportsSecondFactor(found.provider.testedAmr),
    },
    isPasswordSignInEnabled: input.isPasswordSignInEnabled,
    redirectUrl: input.redirectUrl,
  };
}
