/**
 * Outreach at the site the user is working at (chosen in the header): whether they record it there
 * ("works") or only read it ("reads"), by the server's `outreach` ability at that site.
 */
import { useCurrentSite } from "../session/current-site.js";
import { useSignedInSession } from "../session/session-context.js";

export interface OutreachHere {
  siteId: string;
  siteName: string;
  canWork: boolean;
}

export function useOutreachHere(): OutreachHere | null {
  const session = useSignedInSession();
  const { site } = useCurrentSite();
  const part = site ? session.siteAbilities[site.id]?.outreach : null;
  if (!site || !part) return null;
  return { siteId: site.id, siteName: site.name, canWork: part === "works" };
}
