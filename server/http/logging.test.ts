import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { agentFor, sessionCookieOf } from "../../test/http.js";
import { buildApp } from "../app.js";

describe("structured logs", () => {
  it("are JSON with request ids, and carry no emails, passwords, tokens or search terms", async () => {
    const { deps } = await testApp();
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split("\n").filter(Boolean));
        done();
      },
    });
    const app = await buildApp({ ...deps, config: { ...deps.config, logLevel: "debug" } }, { logStream: stream });
    const organisation = await createOrganisation(deps.db);
    const admin = await createUser(deps.db, deps.vault, organisation, { role: "administrator", isEnrolled: false });
    const signIn = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: admin.email, password: admin.password } });
    const token = sessionCookieOf(signIn)!;
    const agent = agentFor(app, token, signIn.json().csrfToken);
    await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: admin.email, password: "a wrong secret phrase" } });
    await agent.request("GET", "/api/users?search=Zainab%20Siddiqui");
    await app.inject({ method: "GET", url: `/api/auth/invitations/${"t".repeat(43)}` });
    await app.close();

    expect(lines.length).toBeGreaterThan(5);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.filter((entry) => entry.msg === "incoming request").every((entry) => typeof entry.reqId === "string")).toBe(true);
    const all = lines.join("\n");
    for (const secret of [admin.email, admin.password, "a wrong secret phrase", "Zainab", token, "t".repeat(43)]) {
      expect(all).not.toContain(secret);
    }
  });
});
