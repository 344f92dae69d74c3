/**
 * The soak's mixed workload: what caseworkers at three sites do through a working day, as HTTP
 * requests to a real server. Reads dominate (case lists, the triage queue, alerts, opening a case
 * or a client), and a steady stream of writes runs beside them: referrals recorded, checked for
 * duplicates and accepted into new cases, and identities revealed (each an audited write).
 *
 * Every operation states the status it expects; anything else is an error of the run.
 */
import { vulnerabilityDomains } from "../../core/referrals/vocabulary.js";
import { personAt } from "../data/person.js";
import { seededRandom, seedFor, type Random } from "../lib/prng.js";
import type { ApiClient } from "../../e2e/support/api-client.js";

export interface Caseworker {
  site: string;
  siteId: string;
  client: ApiClient;
  /** Cases this caseworker's site has opened during the run, with their clients. */
  cases: { caseId: string; clientId: string }[];
  /** Referrals recorded and not yet accepted. */
  waiting: string[];
}

export interface Request {
  method: "GET" | "POST";
  path: string;
  body?: unknown;
}

export interface Operation {
  name: string;
  weight: number;
  /** The request, or null when the caseworker has nothing to do it to yet (the run picks another). */
  build: (worker: Caseworker, random: Random) => Request | null;
  /** Keeps what the answer created, so later operations can use it. */
  record?: (worker: Caseworker, answer: unknown, request: Request) => void;
}

const pick = <T>(random: Random, items: readonly T[]): T | null => (items.length === 0 ? null : (items[random.int(0, items.length - 1)] ?? null));

let referralOrdinal = 0;

/** A referral from a family member about a person drawn from the synthetic population. */
function referralBody(worker: Caseworker, random: Random): unknown {
  const person = personAt(20261124, referralOrdinal++);
  return {
    siteId: worker.siteId,
    sourceCode: random.chance(0.5) ? "family" : "faith_leader",
    person: {
      givenName: person.identity.givenName,
      familyName: person.identity.familyName,
      ...(person.identity.dateOfBirth ? { dateOfBirth: person.identity.dateOfBirth } : {}),
    },
    referrer: { name: "A relative", phone: "07700 900123", relationship: "relative" },
    reasons: [random.pick(vulnerabilityDomains)],
    concern: "Staying out late with older men; family worried about who he is spending time with.",
    urgency: random.chance(0.1) ? "urgent" : "routine",
    isReferrerConsentGiven: true,
  };
}

export const operations: readonly Operation[] = [
  { name: "case list", weight: 20, build: (w) => ({ method: "GET", path: `/api/cases?siteId=${w.siteId}` }) },
  { name: "my cases", weight: 5, build: (w) => ({ method: "GET", path: `/api/cases?siteId=${w.siteId}&isMine=true` }) },
  { name: "triage queue", weight: 12, build: (w) => ({ method: "GET", path: `/api/referrals?siteId=${w.siteId}` }) },
  { name: "queue summary", weight: 8, build: (w) => ({ method: "GET", path: `/api/referrals/summary?siteId=${w.siteId}` }) },
  { name: "alerts summary", weight: 10, build: () => ({ method: "GET", path: "/api/notifications/summary" }) },
  { name: "session", weight: 5, build: () => ({ method: "GET", path: "/api/auth/session" }) },
  {
    name: "open case",
    weight: 12,
    build: (w, random) => {
      const found = pick(random, w.cases);
      return found ? { method: "GET", path: `/api/cases/${found.caseId}` } : null;
    },
  },
  {
    name: "open client",
    weight: 8,
    build: (w, random) => {
      const found = pick(random, w.cases);
      return found ? { method: "GET", path: `/api/clients/${found.clientId}` } : null;
    },
  },
  {
    name: "reveal identity",
    weight: 5,
    build: (w, random) => {
      const found = pick(random, w.cases);
      return found ? { method: "POST", path: `/api/clients/${found.clientId}/reveal`, body: {} } : null;
    },
  },
  {
    name: "record referral",
    weight: 6,
    build: (w, random) => ({ method: "POST", path: "/api/referrals", body: referralBody(w, random) }),
    record: (w, answer) => {
      // A restricted referral (radicalisation) goes to the safeguarding lead; the caseworker cannot open it.
      const { id, canOpen } = answer as { id: string; canOpen: boolean };
      if (canOpen) w.waiting.push(id);
    },
  },
  {
    name: "duplicate check",
    weight: 4,
    build: (w, random) => {
      const id = pick(random, w.waiting);
      return id ? { method: "GET", path: `/api/referrals/${id}/duplicates` } : null;
    },
  },
  {
    name: "accept referral",
    weight: 5,
    build: (w) => {
      const id = w.waiting.shift();
      return id ? { method: "POST", path: `/api/referrals/${id}/triage`, body: { decision: "accept", reason: "Needs support." } } : null;
    },
    record: (w, answer) => {
      const { caseId, referral } = answer as { caseId: string | null; referral: { clientId?: string | null } };
      if (caseId && referral.clientId) w.cases.push({ caseId, clientId: referral.clientId });
    },
  },
];

/** Chooses operations by weight, falling back to the case list when the chosen one has nothing to act on. */
export function chooser(seed: number) {
  const random = seededRandom(seedFor(seed, 9, 0));
  const total = operations.reduce((sum, operation) => sum + operation.weight, 0);
  return (worker: Caseworker): { operation: Operation; request: Request } => {
    let roll = random.next() * total;
    for (const operation of operations) {
      roll -= operation.weight;
      if (roll > 0) continue;
      const request = operation.build(worker, random);
      if (request) return { operation, request };
      break;
    }
    const fallback = operations[0]!;
    return { operation: fallback, request: fallback.build(worker, random)! };
  };
}
