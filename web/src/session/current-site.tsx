/**
 * The site the user is working at now, chosen in the header. Remembered on this device; falls back
 * to the first of the session's sites when the remembered one is no longer theirs.
 */
import { createContext, use, useMemo, useState, type ReactNode } from "react";
import { useSignedInSession } from "./session-context.js";

const storageKey = "pathways.siteId";

interface CurrentSiteValue {
  site: { id: string; name: string } | null;
  chooseSite: (siteId: string) => void;
}

const CurrentSiteContext = createContext<CurrentSiteValue | null>(null);

export function CurrentSiteProvider({ children }: { children: ReactNode }) {
  const { sites } = useSignedInSession();
  const [chosenId, setChosenId] = useState<string | null>(readStored);
  const site = sites.find((candidate) => candidate.id === chosenId) ?? sites[0] ?? null;

  const value = useMemo(
    () => ({
      site,
      chooseSite: (siteId: string) => {
        setChosenId(siteId);
        try {
          localStorage.setItem(storageKey, siteId);
        } catch {
          // Storage may be blocked; the choice then lasts until the page is reloaded.
        }
      },
    }),
    [site],
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
