/** Every HTTP route of the Community Safeguarding Panel, registered together. */
import type { FastifyInstance } from "fastify";
import { escalationRoutes } from "./escalations/routes.js";
import { externalReferralRoutes } from "./external-referrals/routes.js";
import { meetingRoutes } from "./meetings/routes.js";
import { memberRoutes } from "./members/routes.js";
import { panelCaseRoutes } from "./cases/routes.js";

export function panelRoutes(app: FastifyInstance): void {
  memberRoutes(app);
  meetingRoutes(app);
  escalationRoutes(app);
  panelCaseRoutes(app);
  externalReferralRoutes(app);
}
