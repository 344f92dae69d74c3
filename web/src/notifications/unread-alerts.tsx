/**
 * How many alerts the signed-in user has not read, shared by the header and the alerts page. It is
 * asked for when the user moves between pages and once a minute, so a new alert shows without
 * reloading; the alerts page sets it from the server's answer when alerts are marked read.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useLocation } from "react-router-dom";
import { notificationsApi } from "./notifications-api.js";

interface UnreadAlerts {
  unread: number | null;
  setUnread: (count: number) => void;
}

const UnreadAlertsContext = createContext<UnreadAlerts>({ unread: null, setUnread: () => undefined });

const refreshEveryMs = 60_000;

export function UnreadAlertsProvider({ children }: { children: ReactNode }) {
  const [unread, setUnread] = useState<number | null>(null);
  const { pathname } = useLocation();
  const refresh = useCallback(() => {
    // A failed count leaves the last one shown; the next page change or minute tries again.
    notificationsApi.unread().then(setUnread, () => undefined);
  }, []);
  useEffect(refresh, [refresh, pathname]);
  useEffect(() => {
    const timer = window.setInterval(refresh, refreshEveryMs);
    return () => window.clearInterval(timer);
  }, [refresh]);
  const value = useMemo(() => ({ unread, setUnread }), [unread]);
  return <UnreadAlertsContext.Provider value={value}>{children}</UnreadAlertsContext.Provider>;
}

export function useUnreadAlerts(): UnreadAlerts {
  return useContext(UnreadAlertsContext);
}
