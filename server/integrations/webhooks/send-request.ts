/**
 * Sends one signed webhook over HTTP(S), guarded against server-side request forgery: the name is
 * resolved once, every address is checked (core/integrations/address-guard.ts), and the
 * connection goes to the address that was checked, so a name that changes its answer between the
 * check and the connection (DNS rebinding) cannot reach inside. No redirects are followed; the
 * answer is read up to 1 KiB; the whole exchange is bounded by a timeout.
 */
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { resolvedProblem, urlProblem, type UrlRules } from "../../../core/integrations/address-guard.js";

export const deliveryTimeoutMs = 10_000;
const maxResponseBytes = 1024;

export type SendOutcome = { kind: "answered"; status: number; body: string } | { kind: "refused"; reason: string } | { kind: "failed"; reason: string };

/** How a host name is turned into addresses: the system's resolver, or a test's. */
export type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;
const systemResolve: Resolve = (host) => lookup(host, { all: true, verbatim: true });

type Vetted = { address: string; family: number } | { problem: string; isLasting: boolean };

/** Resolves and checks a URL's host; answers the address to connect to, or why not. */
export async function vetDestination(url: URL, rules: UrlRules, resolve: Resolve = systemResolve): Promise<Vetted> {
  const formProblem = urlProblem(url.toString(), rules);
  if (formProblem) return { problem: formProblem, isLasting: true };
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let answers: { address: string; family: number }[];
  try {
    answers = await resolve(host);
  } catch {
    // A resolver failure may pass: tried again like a connection failure.
    return { problem: "The address could not be found.", isLasting: false };
  }
  const problem = resolvedProblem(url, answers.map((answer) => answer.address), rules);
  return problem ? { problem, isLasting: answers.length > 0 } : answers[0]!;
}

export async function sendWebhook(rawUrl: string, headers: Record<string, string>, body: string, options: { rules: UrlRules; resolve?: Resolve; timeoutMs?: number }): Promise<SendOutcome> {
  const url = new URL(rawUrl);
  const timeoutMs = options.timeoutMs ?? deliveryTimeoutMs;
  const vetted = await vetDestination(url, options.rules, options.resolve);
  if ("problem" in vetted) return vetted.isLasting ? { kind: "refused", reason: vetted.problem } : { kind: "failed", reason: vetted.problem };
  // The connection uses the checked address whatever the name resolves to by then.
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: vetted.address, family: vetted.family }]);
    else callback(null, vetted.address, vetted.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise<SendOutcome>((resolve) => {
    const request = client.request(
      url,
      { method: "POST", headers: { ...headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), "user-agent": "Pathways-Webhooks/1" }, lookup: pinned, timeout: timeoutMs, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size < maxResponseBytes) chunks.push(chunk);
          size += chunk.length;
          if (size >= maxResponseBytes) response.destroy();
        });
        const finish = () => resolve({ kind: "answered", status: response.statusCode ?? 0, body: Buffer.concat(chunks).subarray(0, maxResponseBytes).toString("utf8") });
        response.on("end", finish);
        response.on("close", finish);
        response.on("error", finish);
      },
    );
    const timer = setTimeout(() => request.destroy(new Error("timed out")), timeoutMs);
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", (error) => resolve({ kind: "failed", reason: describeNetworkError(error, timeoutMs) }));
    request.on("close", () => clearTimeout(timer));
    request.end(body);
  });
}

/** A network failure in a few words for the delivery log: its code, never a stack or a secret. */
function describeNetworkError(error: Error & { code?: string }, timeoutMs: number): string {
  if (error.message === "timed out") return `No answer within ${timeoutMs / 1000} seconds.`;
  return error.code ? `Could not connect (${error.code}).` : "Could not connect.";
}
