/**
 * The first page after sign-in. A user whose only role is panel member lands on their meetings and
 * never on a case list or the staff home page; everyone else gets the usual home page.
 */
import type { ReactNode } from "react";
import { Navigate } from "react-router-dom";
import { HomePage } from "../home/home-page.js";
import { useSignedInSession } from "../session/session-context.js";
import { isPanelOnly, overseesPanelAnywhere } from "./panel-here.js";

export function Landing() {
  const session = useSignedInSession();
  return isPanelOnly(session) ? <Navigate to="/panel/meetings" replace /> : <HomePage />;
}

/** "/panel": the dashboard for those who oversee the panel; a member goes to their meetings. */
export function PanelIndex({ dashboard }: { dashboard: ReactNode }) {
  const session = useSignedInSession();
  return overseesPanelAnywhere(session) ? <>{dashboard}</> : <Navigate to="/panel/meetings" replace />;
}
