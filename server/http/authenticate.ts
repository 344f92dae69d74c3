/**
 * The first step of every request: find the session from its cookie, refuse requests that need a
 * session or a completed second factor they do not have (401), and check the CSRF token on every
 * state-changing request made with a session. A request with an `Authorization` header is an API
 * token's instead (integrations/tokens/bearer.ts). Runs before body validation, so an anonymous
 * caller learns nothing about a route's inputs.
 */
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { loadGrants } from "../auth/grants.js";
import { loadSession, sessionCookieName, touchSession } from "../auth/sessions.js";
import type { Db } from "../db/client.js";
import type { Actor } from "./context.js";
import { AppError } from "./errors.js";
import { authenticateBearer } from "../integrations/tokens/bearer.js";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Without a session, a state-changing request must come from our own origin (login CSRF). */
function isForeignOrigin(request: FastifyRequest, publicUrl: string): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  const host = request.headers.host;
  return origin !== new URL(publicUrl).origin && (host === undefined || new URL(origin).host !== host);
}

/** The actor behind a session token, or null when there is no live session. */
export async function loadActor(db: Db, token: string, now: Date): Promise<Actor | null> {
  const session = await loadSession(db, token, now);
  if (!session) return null;
  await touchSession(db, session, now);
  return {
    userId: session.userId,
    organisationId: session.user.organisationId,
    organisationName: session.organisationName,
    email: session.user.email,
    displayName: session.user.displayName,
    language: session.user.language,
    isSecondFactorEnrolled: session.user.totpEnabledAt !== null,
    grants: await loadGrants(db, session.userId),
    session: {
      tokenHash: session.tokenHash,
      mfaState: session.mfaState,
      csrfToken: session.csrfToken,
      idleMinutes: session.idleMinutes,
    },
  };
}

export function registerAuthentication(app: FastifyInstance): void {
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request) => {
    const { db, now } = app.deps;
    // Unknown routes answer 404 whoever asks; there is nothing there to protect.
    if (request.is404) return;
    const access = request.routeOptions.config?.access ?? "full";
    const authorization = request.headers.authorization;
    if (authorization !== undefined && /^bearer\s/i.test(authorization) && request.url.startsWith("/api/")) {
      // An API token: the cookie is ignored (never a fallback), and no CSRF token is asked for,
      // since a browser never adds this header by itself.
      request.actor = await authenticateBearer(db, { authorization, method: request.method, url: request.url, access, ip: request.ip }, now());
      return;
    }
    const token = request.cookies[sessionCookieName];
    request.actor = token ? await loadActor(db, token, now()) : null;
    if (access !== "public") {
      if (!request.actor) throw new AppError("unauthenticated", "Please sign in.");
      if (access === "full" && request.actor.session.mfaState !== "complete") {
        throw new AppError("second_factor_required", "Please finish signing in with your second factor.");
      }
    }
    if (safeMethods.has(request.method)) return;
    if (request.actor) {
      const sent = request.headers["x-csrf-token"];
      if (typeof sent !== "string" || !sameSecret(sent, request.actor.session.csrfToken)) {
        throw new AppError("csrf_failed", "This request could not be verified. Reload the page and try again.");
      }
    } else if (isForeignOrigin(request, app.deps.config.publicUrl)) {
      throw new AppError("csrf_failed", "This request could not be verified. Reload the page and try again.");
    }
  });
}
