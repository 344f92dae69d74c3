/**
 * Calls to the API as the person signed in to a browser context, for the steps of a journey that
 * are not what it is about (finding a demo record, choosing a language): JSON read through the
 * API's own schemas, and writes carrying the session's CSRF token.
 */
import type { BrowserContext } from "playwright-core";
import { expect } from "vitest";
import { sessionSchema } from "../../core/api/auth.js";

export async function csrf(context: BrowserContext): Promise<Record<string, string>> {
  const { csrfToken } = sessionSchema.parse(await (await context.request.get("/api/auth/session")).json());
  return { "x-csrf-token": csrfToken };
}

export async function chooseLanguage(context: BrowserContext, language: "en" | "ur"): Promise<void> {
  const response = await context.request.patch("/api/auth/preferences", { headers: await csrf(context), data: { language } });
  expect(response.status()).toBe(200);
}

export async function getJson<T>(context: BrowserContext, url: string, schema: { parse: (value: unknown) => T }): Promise<T> {
  const response = await context.request.get(url);
  expect(response.status(), await response.text()).toBe(200);
  return schema.parse(await response.json());
}

export async function postJson<T>(context: BrowserContext, url: string, data: unknown, schema: { parse: (value: unknown) => T }, status = 200): Promise<T> {
  const response = await context.request.post(url, { headers: await csrf(context), data });
  expect(response.status(), await response.text()).toBe(status);
  return schema.parse(await response.json());
}
