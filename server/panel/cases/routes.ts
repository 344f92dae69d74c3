/** HTTP routes for a case as the panel sees it: the redacted summary, the decision, and the actions that follow. */
import type { FastifyInstance } from "fastify";

export function panelCaseRoutes(app: FastifyInstance): void {
  void app;
}
