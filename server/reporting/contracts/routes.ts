/** Every HTTP route for funders, contracts, KPIs and disclosure settings, registered together. */
import type { FastifyInstance } from "fastify";
import { contractRoutes } from "./contract-routes.js";
import { disclosureSettingsRoutes } from "./disclosure-settings-routes.js";
import { funderRoutes } from "./funder-routes.js";
import { kpiRoutes } from "./kpi-routes.js";

export function reportingContractRoutes(app: FastifyInstance): void {
  funderRoutes(app);
  contractRoutes(app);
  kpiRoutes(app);
  disclosureSettingsRoutes(app);
}
