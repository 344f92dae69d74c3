/**
 * The first page after sign-in. A user whose only role is panel member lands on their meetings and
 * never on a case list or the staff home page; a commissioner lands on its contracts and returns;
 * everyone else gets the usual home page.
 */
import type { ReactNode } from "react";
import { Navigate } from "react-router-dom";
import { HomePage } from "../home/home-page.js";
import { useSignedInSession } from "../session/session-context.js";
import { isCommissionerOnly } from "../shell/navigation.js";
import { isPanelOnly, overseesPanelAnywhere } from "./panel-here.js";

export function Landing() {
  const session = useSignedInSession();
  if (isPanelOnly(session)) return <Navigate to="/panel/meetings" replace />;
  // A commissioner has one place in the app: its funder's contracts and returns.
  if (isCommissionerOnly(session)) return <Navigate to="/commissioning" replace />;
  return <HomePage />;
}

/** "/panel": the dashboard for those who oversee the panel; a member goes to their meetings. */
export function PanelIndex({ dashboard }: { dashboard: ReactNode }) {
  const session = useSignedInSession();
  return overseesPanelAnywhere(session) ? <>{dashboard}</> : <Navigate to="/panel/meetings" replace />;
}
