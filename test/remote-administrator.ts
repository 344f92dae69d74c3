/**
 * The demo administrator signed in over real HTTP to an app process (test/app-process.ts), holding
 * the session cookie and CSRF token as a browser would. `baseUrl` can be pointed at another process
 * of the same installation: the session is the database's, not the process's.
 */
import { stepAt, totpCode } from "../server/auth/totp.js";
import { demoPassword } from "../server/demo/seed-demo.js";

export class RemoteAdministrator {
  private cookie = "";
  private csrf = "";
  private lastStep = 0;
  private secret = "";
  baseUrl = "";

  send(method: string, url: string, body?: unknown): Promise<{ status: number; json: () => Promise<unknown> }> {
    return this.sendTo(this.baseUrl, method, url, body);
  }

  /** Sends through the process at `baseUrl`, which need not be the one signed in through. */
  async sendTo(baseUrl: string, method: string, url: string, body?: unknown): Promise<{ status: number; json: () => Promise<unknown> }> {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), cookie: this.cookie, "x-csrf-token": this.csrf, origin: baseUrl },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    return { status: response.status, json: () => response.json() as Promise<unknown> };
  }

  private async session(response: { status: number; json: () => Promise<unknown> }) {
    const session = (await response.json()) as { csrfToken: string; mfaState: string };
    this.csrf = session.csrfToken;
    return session;
  }

  /** Signs in as the demo administrator, enrolling an authenticator on first use. */
  async signIn(): Promise<void> {
    const signedIn = await this.session(await this.send("POST", "/api/auth/sign-in", { email: "admin@pathways.demo", password: demoPassword }));
    if (signedIn.mfaState === "enrolment_required") {
      this.secret = ((await (await this.send("POST", "/api/auth/second-factor/enrolment", {})).json()) as { secret: string }).secret;
      await this.session(await this.send("POST", "/api/auth/second-factor/enrolment/confirm", { code: this.nextCode() }));
      const confirmed = await this.send("GET", "/api/auth/session");
      await this.session(confirmed);
    } else {
      await this.session(await this.send("POST", "/api/auth/second-factor/verify", { code: this.nextCode() }));
    }
  }

  private nextCode(): string {
    // A code step can be used once; wait for the next one if this one was spent.
    let step = stepAt(new Date());
    if (step <= this.lastStep) step = this.lastStep + 1;
    this.lastStep = step;
    return totpCode(this.secret, step);
  }
}

