/** Every HTTP route of community outreach, registered together. */
import type { FastifyInstance } from "fastify";
import { outreachOptionRoutes } from "./options.js";

export function outreachRoutes(app: FastifyInstance): void {
  outreachOptionRoutes(app);
}
