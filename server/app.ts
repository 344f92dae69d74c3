/**
 * Builds the HTTP application from its dependencies. Tests call this directly and talk to it with
 * `app.inject`, with no network; `main.ts` adds the listener, the job runner and the demo data.
 *
 * Every request runs the same pipeline: session lookup and access check (onRequest) → schema
 * validation → handler (transaction → load in scope → authorise → use case → present) → response
 * schema → one error shape.
 */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { auditRoutes } from "./audit/routes.js";
import { authRoutes } from "./auth/routes.js";
import { ssoRoutes } from "./sso/routes.js";
import { signInSettingsRoutes } from "./sso/settings-routes.js";
import { registerAuthentication } from "./http/authenticate.js";
import { registerNulGuard } from "./http/nul-guard.js";
import type { Access, AppDeps } from "./http/context.js";
import { registerErrorHandler } from "./http/error-handler.js";
import { AppError, toErrorBody } from "./http/errors.js";
import { registerSecurityHeaders } from "./http/security.js";
import { healthRoutes } from "./http/health.js";
import { assessmentRoutes } from "./assessments/routes.js";
import { carePlanRoutes } from "./care-plans/routes.js";
import { sessionRoutes } from "./sessions/routes.js";
import { caseRoutes } from "./cases/routes.js";
import { caseOutcomeRoutes } from "./outcomes/routes.js";
import { contentRoutes } from "./content/routes.js";
import { importRoutes } from "./import/routes.js";
import { tokenRoutes } from "./integrations/tokens/routes.js";
import { webhookRoutes } from "./integrations/webhooks/routes.js";
import { retentionRoutes } from "./data-protection/retention/routes.js";
import { dataRightsRoutes } from "./data-rights/routes.js";
import { erasureRoutes } from "./data-protection/erasure/routes.js";
import { fundingRoutes } from "./funding/routes.js";
import { supportVocabularyRoutes } from "./support/routes.js";
import { instrumentRoutes } from "./instruments/routes.js";
import { clientRoutes } from "./clients/routes.js";
import { notificationRoutes } from "./notifications/routes.js";
import { calendarFeedRoutes } from "./calendar-feeds/routes.js";
import { emailPreferenceRoutes } from "./email/preference-routes.js";
import { groupSessionRoutes } from "./programmes/group-session-routes.js";
import { outreachRoutes } from "./outreach/routes.js";
import { reportingContractRoutes } from "./reporting/contracts/routes.js";
import { ndtmsRoutes } from "./reporting/ndtms/routes.js";
import { registerCommissionerAudit } from "./reporting/commissioner-audit.js";
import { reportingReturnRoutes } from "./reporting/returns/routes.js";
import { reportingDashboardRoutes } from "./reporting/dashboard/routes.js";
import { panelRoutes } from "./panel/routes.js";
import { programmeRoutes } from "./programmes/routes.js";
import { publicReferralRoutes } from "./referrals/public-routes.js";
import { referralRoutes } from "./referrals/routes.js";
import { siteRoutes } from "./sites/routes.js";
import { socialValueRoutes } from "./social-value/routes.js";
import { userRoutes } from "./users/routes.js";
import { workerRoutes } from "./workers/routes.js";

export interface RegisteredRoute {
  method: string;
  url: string;
  access: Access;
}

declare module "fastify" {
  interface FastifyInstance {
    routeTable: RegisteredRoute[];
  }
}

export const webRoot = fileURLToPath(new URL("../dist/web", import.meta.url));

/** Logs say which route ran, never the raw URL: paths and queries can hold tokens or search terms. */
const requestSerializer = (request: FastifyRequest) => ({
  id: request.id,
  method: request.method,
  route: request.routeOptions?.url ?? "unmatched",
});

export async function buildApp(
  deps: AppDeps,
  options: { logger?: boolean; logStream?: NodeJS.WritableStream } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: deps.config.logLevel,
            serializers: { req: requestSerializer },
            redact: ["req.headers", "res.headers"],
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    genReqId: () => randomUUID(),
    bodyLimit: 512 * 1024,
    // Only the configured proxies' X-Forwarded-For is believed; otherwise anyone could claim any address.
    trustProxy: deps.config.trustedProxies.length > 0 ? deps.config.trustedProxies : false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  app.decorate("deps", deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Anything outside /api, and the API documentation, is public; API routes default to signed-in.
  // Every API route is also recorded, so the authorisation tests can prove none is left unchecked.
  const routeTable: RegisteredRoute[] = [];
  app.decorate("routeTable", routeTable);
  app.addHook("onRoute", (route) => {
    const isPublic = !route.url.startsWith("/api/") || route.url.startsWith("/api/docs") || route.url === "/api/health" || route.url === "/api/health/ready";
    if (isPublic) route.config = { ...(route.config as object), access: "public" };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (route.url.startsWith("/api/") && method !== "HEAD") {
        routeTable.push({ method, url: route.url, access: route.config?.access ?? "full" });
      }
    }
  });

  registerErrorHandler(app);
  await registerSecurityHeaders(app, { isHttps: deps.config.isSecureCookie });
  await app.register(cookie);
  registerAuthentication(app);
  registerNulGuard(app);
  registerCommissionerAudit(app);

  await app.register(swagger, {
    openapi: {
      info: {
        title: "Pathways API",
        version: "0.1.0",
        description:
          "Case management for community recovery and safeguarding. Cookie sessions; send the session's csrfToken as the x-csrf-token header on every state-changing request. Integrations send an API token instead (Authorization: Bearer pwy_…), with no CSRF token; a read-only token may only read. See docs/INTEGRATIONS.md.",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "pathways_session" },
          apiToken: { type: "http", scheme: "bearer", bearerFormat: "pwy_ token", description: "A personal or service API token; same authority as its user, limited by its scope." },
        },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });

  healthRoutes(app);
  authRoutes(app);
  ssoRoutes(app);
  signInSettingsRoutes(app);
  siteRoutes(app);
  userRoutes(app);
  auditRoutes(app);
  referralRoutes(app);
  publicReferralRoutes(app);
  caseRoutes(app);
  clientRoutes(app);
  notificationRoutes(app);
  calendarFeedRoutes(app);
  emailPreferenceRoutes(app);
  instrumentRoutes(app);
  assessmentRoutes(app);
  carePlanRoutes(app);
  workerRoutes(app);
  sessionRoutes(app);
  supportVocabularyRoutes(app);
  caseOutcomeRoutes(app);
  programmeRoutes(app);
  groupSessionRoutes(app);
  panelRoutes(app);
  outreachRoutes(app);
  reportingContractRoutes(app);
  ndtmsRoutes(app);
  reportingReturnRoutes(app);
  reportingDashboardRoutes(app);
  fundingRoutes(app);
  socialValueRoutes(app);
  contentRoutes(app);
  importRoutes(app);
  dataRightsRoutes(app);
  erasureRoutes(app);
  retentionRoutes(app);
  tokenRoutes(app);
  webhookRoutes(app);

  const hasWebApp = existsSync(webRoot);
  if (hasWebApp) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
    app.get("/", (_request, reply) => reply.sendFile("index.html"));
  }
  // The single-page app owns every GET path outside /api; anything else unknown is a 404.
  app.setNotFoundHandler((request, reply) => {
    if (hasWebApp && request.method === "GET" && !request.url.startsWith("/api/")) return reply.sendFile("index.html");
    return reply.status(404).send(toErrorBody(new AppError("not_found", "Not found.")));
  });
  return app;
}
