/**
 * Who is signed in. Loads the session once at start, keeps the CSRF token in step with it, and
 * offers sign-out and "session expired". A 401 from any non-auth call lands here too.
 */
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Session } from "../../../core/api/auth.js";
import { ApiError } from "../api/api-error.js";
import { setCsrfToken, setUnauthenticatedHandler } from "../api/client.js";
import { authApi } from "../auth/auth-api.js";
import { forgetOfflineStore } from "../outreach/offline/offline-store.js";

/** Why the user is on the sign-in page, if they did not choose to be. */
export type SignInNotice = "expired" | "signedOut" | null;

type LoadState = { status: "loading" } | { status: "failed"; error: unknown } | { status: "ready" };

interface SessionContextValue {
  session: Session | null;
  load: LoadState;
  notice: SignInNotice;
  setSession: (session: Session | null) => void;
  /** Asks the server again; `null` when the session has ended. */
  refresh: () => Promise<Session | null>;
  signOut: () => Promise<void>;
  /** Ends the session on this side after inactivity or a 401. */
  expire: () => void;
  retry: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSessionState] = useState<Session | null>(null);
  const [load, setLoad] = useState<LoadState>({ status: "loading" });
  const [notice, setNotice] = useState<SignInNotice>(null);

  const setSession = useCallback((next: Session | null) => {
    // Set synchronously so that a request made straight after carries the new token.
    setCsrfToken(next?.csrfToken ?? null);
    setSessionState(next);
    if (next) setNotice(null);
  }, []);

  const expire = useCallback(() => {
    setSession(null);
    setNotice("expired");
  }, [setSession]);

  const refresh = useCallback(async () => {
    try {
      const next = await authApi.session();
      setSession(next);
      return next;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setSession(null);
        return null;
      }
      throw error;
    }
  }, [setSession]);

  const start = useCallback(() => {
    setLoad({ status: "loading" });
    refresh().then(
      () => setLoad({ status: "ready" }),
      (error: unknown) => setLoad({ status: "failed", error }),
    );
  }, [refresh]);

  useEffect(start, [start]);

  useEffect(() => {
    setUnauthenticatedHandler(expire);
    return () => setUnauthenticatedHandler(null);
  }, [expire]);

  const signOut = useCallback(async () => {
    try {
      await authApi.signOut();
    } catch (error) {
      // Whatever the server said, this tab stops acting for the user; an unreachable server's
      // session ends by itself at the idle timeout.
      console.warn("Sign-out did not reach the server", error);
    }
    try {
      // Outreach kept on this device for use with no signal goes with the session.
      await forgetOfflineStore();
    } catch (error) {
      console.warn("The device's offline outreach could not be deleted", error);
    }
    setSession(null);
    setNotice("signedOut");
  }, [setSession]);

  const value = useMemo(
    () => ({ session, load, notice, setSession, refresh, signOut, expire, retry: start }),
    [session, load, notice, setSession, refresh, signOut, expire, start],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error("useSession must be used inside SessionProvider");
  return value;
}

/** The session of a page behind the sign-in gate, where there always is one. */
export function useSignedInSession(): Session {
  const { session } = useSession();
  if (!session) throw new Error("useSignedInSession used outside the signed-in area");
  return session;
}

/** Where a user with this session belongs right now. */
export function destinationFor(session: Session | null): string {
  if (!session) return "/sign-in";
  if (session.mfaState === "pending") return "/second-factor";
  if (session.mfaState === "enrolment_required") return "/second-factor/enrol";
  return "/";
}
