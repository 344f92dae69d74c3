/**
 * A small JSON client for calling the Pathways API from Node, holding one session cookie and its
 * CSRF token the way the browser would. The global set-up uses it to prepare an administrator who
 * provisions each journey's own staff accounts.
 */
import type { z } from "zod";
import { sessionSchema, type Session } from "../../core/api/auth.js";
import { errorBodySchema } from "../../core/api/common.js";

export interface SessionCredentials {
  /** `pathways_session=<token>`, ready for a Cookie header. */
  cookie: string;
  csrfToken: string;
}

export class ApiClient {
  private cookie: string | null;
  private csrfToken: string | null;

  constructor(
    private readonly apiUrl: string,
    credentials?: SessionCredentials,
  ) {
    this.cookie = credentials?.cookie ?? null;
    this.csrfToken = credentials?.csrfToken ?? null;
  }

  credentials(): SessionCredentials {
    if (!this.cookie || !this.csrfToken) throw new Error("this client has no session");
    return { cookie: this.cookie, csrfToken: this.csrfToken };
  }

  /** Sends a request and parses the answer with `schema`; any non-2xx status throws with the error body. */
  async send<S extends z.ZodType>(method: "GET" | "POST" | "PATCH" | "PUT", path: string, schema: S, body?: unknown): Promise<z.infer<S>> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== "GET" && this.csrfToken) headers["x-csrf-token"] = this.csrfToken;
    const response = await fetch(`${this.apiUrl}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const sessionCookie = response.headers.getSetCookie().find((line) => line.startsWith("pathways_session="));
    if (sessionCookie) this.cookie = sessionCookie.split(";")[0] ?? null;
    const text = await response.text();
    const json: unknown = text === "" ? null : JSON.parse(text);
    if (!response.ok) {
      const error = errorBodySchema.safeParse(json);
      const detail = error.success ? `${error.data.error.code}: ${error.data.error.message}` : text;
      throw new Error(`${method} ${path} answered ${response.status} (${detail})`);
    }
    return schema.parse(json);
  }

  /** Like `send`, for answers that are a session: keeps its CSRF token for later requests. */
  async sendForSession(method: "POST" | "PATCH", path: string, body?: unknown): Promise<Session> {
    return this.adopt(await this.send(method, path, sessionSchema, body));
  }

  /** Keeps the CSRF token of a session the server has just issued (sign-in, second factor). */
  adopt(session: Session): Session {
    this.csrfToken = session.csrfToken;
    return session;
  }
}
