/**
 * When a failed webhook delivery is tried again, and when an endpoint has failed often enough to
 * be switched off. Pure: the caller passes the random draw, so tests can pin it.
 */

/** Tries per delivery, the first included: spread by the backoff over about a day. */
export const maxDeliveryAttempts = 8;

/** Failed tries in a row, across deliveries, after which the endpoint is switched off. */
export const failuresBeforeDisabling = 15;

const baseDelayMs = 30_000;
const maxDelayMs = 6 * 60 * 60_000;

/**
 * The pause before try `attempt + 1` after try `attempt` failed: exponential (30 s, 1 min, 2 min …,
 * at most 6 hours) with "equal jitter" — half fixed, half drawn — so endpoints that failed together
 * do not all retry in the same second. `random` is in [0, 1).
 */
export function retryDelayMs(attempt: number, random: number): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** Whether a delivery whose try number `attempt` just failed gets another. */
export function hasAttemptsLeft(attempt: number): boolean {
  return attempt < maxDeliveryAttempts;
}

/** A response counts as delivered only with a 2xx status. */
export function isDelivered(status: number): boolean {
  return status >= 200 && status < 300;
}

/** What the log keeps of a response body: 200 characters at most, with control characters removed. */
export function responseExcerpt(body: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point here
  return body.replace(/[\u0000-\u001f\u007f]+/g, " ").trim().slice(0, 200);
}
