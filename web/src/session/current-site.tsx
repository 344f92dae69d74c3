/**
 * The site the user is working at now, chosen in the header. Remembered on this device; falls back
 * to the first of the session's sites when the remembered one is no longer theirs. People with only
 * organisation-wide roles are at no site (site-to-work-at.ts).
 */
import { createContext, use, useMemo, useState, type ReactNode } from "react";
import { useSignedInSession } from "./session-context.js";
import { siteToWorkAt, worksAtSites } from "./site-to-work-at.js";

const storageKey = "pathways.siteId";

interface CurrentSiteValue {
  site: { id: string; name: string } | null;
  /** False when all the user's roles are organisation-wide: they work for the whole organisation. */
  worksAtSites: boolean;
  chooseSite: (siteId: string) => void;
}

const CurrentSiteContext = createContext<CurrentSiteValue | null>(null);

export function CurrentSiteProvider({ children }: { children: ReactNode }) {
  const session = useSignedInSession();
  const [chosenId, setChosenId] = useState<string | null>(readStored);
  const site = siteToWorkAt(session, chosenId);
  const isAtSites = worksAtSites(session.grants);

  const value = useMemo(
    () => ({
      site,
      worksAtSites: isAtSites,
      chooseSite: (siteId: string) => {
        setChosenId(siteId);
        try {
          localStorage.setItem(storageKey, siteId);
        } catch {
          // Storage may be blocked; the choice then lasts until the page is reloaded.
        }
      },
    }),
    [site, isAtSites],
  );
  return <CurrentSiteContext value={value}>{children}</CurrentSiteContext>;
}

export function useCurrentSite(): CurrentSiteValue {
  const value = use(CurrentSiteContext);
  if (!value) throw new Error("useCurrentSite must be used inside CurrentSiteProvider");
  return value;
}

function readStored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
