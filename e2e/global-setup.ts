/**
 * Once per end-to-end run: makes sure the web app is built, starts the real server on a free port
 * with a fresh embedded database and the demo organisation, and prepares the demo administrator
 * (second factor enrolled through the API) whose session provisions each journey's own staff
 * accounts. The server is stopped at the end, and also if anything here fails.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { enrolmentConfirmedSchema, enrolmentSchema } from "../core/api/auth.js";
import { demoPassword } from "../server/demo/seed-demo.js";
import { ApiClient } from "./support/api-client.js";
import { nextCode } from "./support/one-time-codes.js";
import type { EnrolledAccount } from "./support/provided.js";
import { screenshotDir } from "./support/screenshots.js";
import { startServer } from "./support/server-process.js";

const root = fileURLToPath(new URL("..", import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(root, "dist/web/index.html"))) {
    execFileSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  }
  await rm(screenshotDir, { recursive: true, force: true });
  await rm(path.join(root, ".test-data/accessibility-notes.jsonl"), { force: true });
  await mkdir(screenshotDir, { recursive: true });

  const server = await startServer({ root, logFile: path.join(root, ".test-data/e2e-server.log"), startTimeoutMs: 400_000 });
  try {
    const administrator = await enrolDemoAdministrator(server.apiUrl);
    project.provide("baseUrl", server.baseUrl);
    project.provide("apiUrl", server.apiUrl);
    project.provide("provisioner", administrator.credentials);
    project.provide("demoAdministrator", administrator.account);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server.stop;
}

/** Signs the demo administrator in and enrols their authenticator app, all through the API. */
async function enrolDemoAdministrator(apiUrl: string) {
  const email = "admin@pathways.demo";
  const client = new ApiClient(apiUrl);
  const signedIn = await client.sendForSession("POST", "/api/auth/sign-in", { email, password: demoPassword });
  if (signedIn.mfaState !== "enrolment_required") throw new Error(`expected ${email} to need enrolment, got ${signedIn.mfaState}`);
  const { secret } = await client.send("POST", "/api/auth/second-factor/enrolment", enrolmentSchema, {});
  const { code, step } = nextCode(secret, null);
  const confirmed = await client.send("POST", "/api/auth/second-factor/enrolment/confirm", enrolmentConfirmedSchema, { code });
  const session = client.adopt(confirmed.session);
  const account: EnrolledAccount = { email, password: demoPassword, displayName: session.user.displayName, totpSecret: secret, lastStep: step };
  return { credentials: client.credentials(), account };
}
