/**
 * The other parts of the data protection officer's work, each a small card on the dashboard that
 * links to its own page (the retention review's count of records due, unusual-access alerts). A
 * feature adds its card here, as one entry: the dashboard renders them in this order.
 */
import type { ComponentType } from "react";
import { AuditAlertsCard } from "../audit/alerts-card.js";
import { RetentionCard } from "./retention/retention-card.js";

export interface DashboardSection {
  /** A stable name, for React's key. */
  key: string;
  Card: ComponentType;
}

export const dashboardSections: DashboardSection[] = [
  { key: "retention", Card: RetentionCard },
  { key: "audit-alerts", Card: AuditAlertsCard },
];
