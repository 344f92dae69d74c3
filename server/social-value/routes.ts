/**
 * Every social-value route (issue 10), registered together: the unit-cost catalogue, the outcome
 * mappings, the deflators and discounting settings, calculations, and the commissioner's reports.
 */
import type { FastifyInstance } from "fastify";
import { calculationRoutes } from "./calculation-routes.js";
import { catalogueRoutes } from "./catalogue-routes.js";
import { mappingRoutes } from "./mapping-routes.js";
import { reportRoutes } from "./report-routes.js";
import { settingsRoutes } from "./settings-routes.js";

export function socialValueRoutes(app: FastifyInstance): void {
  catalogueRoutes(app);
  mappingRoutes(app);
  settingsRoutes(app);
  calculationRoutes(app);
  reportRoutes(app);
}
