/** Every HTTP route of community outreach, registered together. */
import type { FastifyInstance } from "fastify";
import { attributionRoutes } from "./attribution/routes.js";
import { outreachDashboardRoutes } from "./dashboard/routes.js";
import { outreachOptionRoutes } from "./options.js";
import { partnerRoutes } from "./partners/routes.js";
import { outreachScheduleRoutes } from "./schedules/routes.js";
import { offlineEntryRoutes } from "./sessions/offline-routes.js";
import { outreachSessionRoutes } from "./sessions/routes.js";
import { stockRoutes } from "./stock/routes.js";
import { trainingRoutes } from "./training/routes.js";

export function outreachRoutes(app: FastifyInstance): void {
  outreachOptionRoutes(app);
  outreachDashboardRoutes(app);
  attributionRoutes(app);
  partnerRoutes(app);
  stockRoutes(app);
  outreachScheduleRoutes(app);
  outreachSessionRoutes(app);
  offlineEntryRoutes(app);
  trainingRoutes(app);
}
