import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";

const { app, deps } = await testApp();

function directives(header: string | string[] | number | undefined): Map<string, string[]> {
  return new Map(
    String(header)
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = "", ...values]) => [name, values]),
  );
}

describe("security headers", () => {
  it("send a strict policy on signed-in answers, public answers and errors alike", async () => {
    const organisation = await createOrganisation(deps.db);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const answers = {
      "a signed-in list": await caseworker.request("GET", `/api/cases?siteId=${organisation.siteIds[0]}`),
      "the public form": await app.inject({ method: "GET", url: "/api/public/referral-form" }),
      "an unknown route": await app.inject({ method: "GET", url: "/api/no-such-thing" }),
      "malformed JSON": await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: "{not json", headers: { "content-type": "application/json" } }),
    };
    for (const [where, answer] of Object.entries(answers)) {
      const csp = directives(answer.headers["content-security-policy"]);
      expect(csp.get("script-src"), where).toEqual(["'self'"]);
      expect(csp.get("default-src"), where).toEqual(["'self'"]);
      expect(csp.get("frame-ancestors"), where).toEqual(["'none'"]);
      expect(csp.get("object-src"), where).toEqual(["'none'"]);
      expect(csp.get("base-uri"), where).toEqual(["'none'"]);
      expect(answer.headers["x-content-type-options"], where).toBe("nosniff");
      expect(answer.headers["referrer-policy"], where).toBe("no-referrer");
      expect(answer.headers["x-frame-options"], where).toBe("DENY");
      expect(answer.headers["cache-control"], where).toBe("no-store");
      // Over plain HTTP the browser must not be told to insist on TLS.
      expect(answer.headers["strict-transport-security"], where).toBeUndefined();
    }
  });

  it("tells browsers to insist on HTTPS when the app is served over HTTPS", async () => {
    const secure = await buildApp(
      { ...deps, config: loadConfig({ PATHWAYS_DATA_DIR: ".test-data", PATHWAYS_PUBLIC_URL: "https://pathways.example.org" }) },
      { logger: false },
    );
    try {
      const answer = await secure.inject({ method: "GET", url: "/api/public/referral-form" });
      expect(answer.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    } finally {
      await secure.close();
    }
  });
});
