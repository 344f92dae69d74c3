/**
 * The one way the app talks to the server: JSON over fetch with the session cookie, the CSRF token
 * on every request that changes something, and every response parsed with the core's zod schema.
 * A 401 from anything but the auth endpoints means the session has gone: the registered handler
 * sends the user back to sign-in.
 */
import type { z } from "zod";
import { errorBodySchema } from "../../../core/api/common.js";
import { ApiError } from "./api-error.js";

let csrfToken: string | null = null;
let unauthenticatedHandler: (() => void) | null = null;
const activityListeners = new Set<() => void>();

/** Called whenever a session is stored, so later changes carry its token. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  unauthenticatedHandler = handler;
}

/** Every answered request resets the server's idle clock; the idle warning listens for that. */
export function onServerActivity(listener: () => void): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** `keepalive`: the request outlives the page (an autosave as the page is left or hidden). */
interface SendOptions {
  keepalive?: boolean;
}

async function send(method: Method, path: string, body: unknown, options: SendOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      ...(options.keepalive ? { keepalive: true } : {}),
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (error) {
    throw new ApiError("network", error instanceof Error ? error.message : "Network error", 0);
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function failure(path: string, response: Response): Promise<ApiError> {
  const parsed = errorBodySchema.safeParse(await readJson(response));
  const error = parsed.success
    ? new ApiError(parsed.data.error.code, parsed.data.error.message, response.status, parsed.data.error.fields)
    : new ApiError("unexpected_response", `HTTP ${response.status}`, response.status);
  // Auth endpoints answer 401 for wrong passwords and codes; only elsewhere does it mean "signed out".
  if (response.status === 401 && !path.startsWith("/api/auth/")) unauthenticatedHandler?.();
  return error;
}

async function call<S extends z.ZodType>(method: Method, path: string, body: unknown, schema: S | null, options: SendOptions = {}) {
  const response = await send(method, path, body, options);
  if (!response.ok) throw await failure(path, response);
  for (const listener of activityListeners) listener();
  if (schema === null) return undefined;
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    console.error(`Unexpected response from ${method} ${path}`, parsed.error.issues);
    throw new ApiError("unexpected_response", "The server's answer was not understood.", response.status);
  }
  return parsed.data;
}

export const api = {
  get: <S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> =>
    call("GET", path, undefined, schema) as Promise<z.infer<S>>,
  post: <S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>> =>
    call("POST", path, body ?? {}, schema) as Promise<z.infer<S>>,
  put: <S extends z.ZodType>(path: string, body: unknown, schema: S, options: SendOptions = {}): Promise<z.infer<S>> =>
    call("PUT", path, body, schema, options) as Promise<z.infer<S>>,
  patch: <S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>> =>
    call("PATCH", path, body, schema) as Promise<z.infer<S>>,
  /** For endpoints that answer 204 No Content, or whose answer the caller does not need. */
  postNoContent: async (path: string, body?: unknown): Promise<void> => {
    await call("POST", path, body ?? {}, null);
  },
  /** DELETE for endpoints that answer 204 No Content. */
  deleteNoContent: async (path: string): Promise<void> => {
    await call("DELETE", path, undefined, null);
  },
};

/** Builds a query string from defined values only. */
export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
