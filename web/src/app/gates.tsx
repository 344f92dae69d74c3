/**
 * Route gates. A page is shown only in the session state it belongs to; anyone else is sent where
 * they belong (sign-in, second factor, enrolment). Pages for an ability the session lacks say so
 * rather than pretend not to exist — the server refuses the data either way.
 */
import { Navigate, Outlet, useLocation } from "react-router-dom";
import type { Session } from "../../../core/api/auth.js";
import { destinationFor, useSession } from "../session/session-context.js";
import { ForbiddenPage } from "./not-found-page.js";

export function RequireSessionState({ state }: { state: Session["mfaState"] }) {
  const { session } = useSession();
  const location = useLocation();
  if (session?.mfaState === state) return <Outlet />;
  const from = `${location.pathname}${location.search}`;
  return <Navigate to={destinationFor(session)} replace state={session ? undefined : { from }} />;
}

export function RequireAbility({ ability }: { ability: keyof Session["abilities"] }) {
  const { session } = useSession();
  return session?.abilities[ability] ? <Outlet /> : <ForbiddenPage />;
}
