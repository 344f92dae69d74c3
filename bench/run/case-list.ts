/**
 * Benchmark: a caseworker's list of open cases at their site, through the real application
 * (buildApp listening on 127.0.0.1: session cookie, grants, site check, listCasesFor, presenter,
 * response schema), each caseworker signed in with a complete session made by createSession.
 * Limit: the same listCasesFor query behind a bare Fastify route on the same pool, with the actor
 * built in memory (no session, grants or site lookups, no schemas).
 */
import Fastify, { type FastifyInstance } from "fastify";
import type { AddressInfo } from "node:net";
import { buildApp } from "../../server/app.js";
import { loadCommonPasswords } from "../../server/auth/passwords.js";
import { createSession, sessionCookieName } from "../../server/auth/sessions.js";
import { listCasesFor } from "../../server/cases/queries.js";
import { loadConfig } from "../../server/config.js";
import type { Actor } from "../../server/http/context.js";
import type { Vault } from "../../server/vault/vault.js";
import type { BenchDatabase } from "../lib/database.js";
import type { Manifest } from "../lib/manifest.js";
import { httpClient } from "./http-client.js";
import type { BenchmarkSpec } from "./spec.js";

export const caseListQuery = { state: "open", page: 1, pageSize: 25 } as const;

export function caseworkerActor(manifest: Manifest, siteIndex: number): Actor {
  const site = manifest.sites[siteIndex];
  if (!site) throw new Error(`no site ${siteIndex}`);
  return {
    userId: site.caseworker,
    organisationId: manifest.organisationId,
    organisationName: "Pathways Bench Trust",
    email: `caseworker.${siteIndex + 1}@bench.example.org`,
    displayName: "Caseworker",
    language: "en",
    isSecondFactorEnrolled: true,
    grants: [{ role: "caseworker", siteId: site.siteId }],
    session: { tokenHash: "", mfaState: "complete", csrfToken: "", idleMinutes: 30 },
  };
}

export async function caseList(database: BenchDatabase, vault: Vault, manifest: Manifest, concurrency: number): Promise<BenchmarkSpec> {
  const config = loadConfig({ PATHWAYS_DATA_DIR: manifest.label, PATHWAYS_PUBLIC_URL: "http://127.0.0.1", PATHWAYS_DEMO: "off", LOG_LEVEL: "silent" });
  const app = await buildApp({ db: database.db, config, vault, commonPasswords: loadCommonPasswords(), now: () => new Date() }, { logger: false });
  const bare = bareCaseListServer(database, manifest);
  const [appUrl, bareUrl] = await Promise.all([listen(app), listen(bare)]);
  const sessions = await Promise.all(
    manifest.sites.map(async (site) => {
      const session = await createSession(database.db, { userId: site.caseworker, mfaState: "complete", maxHours: 12, now: new Date() });
      return { siteId: site.siteId, headers: { cookie: `${sessionCookieName}=${session.token}`, "x-csrf-token": session.csrfToken } };
    }),
  );
  const appClient = httpClient(appUrl, concurrency);
  const bareClient = httpClient(bareUrl, concurrency);
  const sessionAt = (i: number) => sessions[i % sessions.length]!;
  const path = (siteId: string) => `/api/cases?siteId=${siteId}&state=${caseListQuery.state}&page=${caseListQuery.page}&pageSize=${caseListQuery.pageSize}`;
  const expectList = (response: { status: number; body: string }) => {
    if (response.status !== 200) throw new Error(`case list answered ${response.status}: ${response.body.slice(0, 200)}`);
    return response;
  };
  return {
    key: "case_list",
    title: "Caseworker's case list for a site (HTTP)",
    targetP95Ms: 25,
    limitDescription: "the same listCasesFor query behind a bare Fastify route on the same pool",
    real: async (i) => expectList(await appClient.get(path(sessionAt(i).siteId), sessionAt(i).headers)),
    limit: async (i) => expectList(await bareClient.get(`/cases?site=${i % sessions.length}`)),
    async quality() {
      const first = JSON.parse(expectList(await appClient.get(path(sessionAt(0).siteId), sessionAt(0).headers)).body) as { items: unknown[]; total: number };
      return { itemsOnPage: first.items.length, openCasesAtSite: first.total };
    },
    async close() {
      appClient.close();
      bareClient.close();
      await Promise.all([app.close(), bare.close()]);
    },
  };
}

function bareCaseListServer(database: BenchDatabase, manifest: Manifest): FastifyInstance {
  const bare = Fastify({ logger: false });
  bare.get("/cases", async (request) => {
    const siteIndex = Number((request.query as { site?: string }).site ?? 0);
    const actor = caseworkerActor(manifest, siteIndex);
    const { rows, total, keyWorkers } = await listCasesFor(database.db, actor, { siteId: manifest.sites[siteIndex]!.siteId, ...caseListQuery }, new Date());
    return { items: rows, total, keyWorkers };
  });
  return bare;
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}
