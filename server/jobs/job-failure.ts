/**
 * What happens to a job whose handler threw: a pure plan (attempts, status, next run) and a short
 * error summary that is safe to keep in the jobs table.
 */

const firstRetryDelayMs = 30_000;
const maxRetryDelayMs = 60 * 60_000;

/** Exponential backoff: 30 s after the first failure, doubling, capped at one hour. */
export function retryDelayMs(failedAttempts: number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  return Math.min(firstRetryDelayMs * 2 ** exponent, maxRetryDelayMs);
}

export interface FailurePlan {
  attempts: number;
  status: "queued" | "failed";
  runAt: Date;
  finishedAt: Date | null;
}

/** The job's next state after one more failed attempt; it is given up once attempts reach maxAttempts. */
export function planFailure(job: { attempts: number; maxAttempts: number; runAt: Date }, now: Date): FailurePlan {
  const attempts = job.attempts + 1;
  if (attempts >= job.maxAttempts) {
    return { attempts, status: "failed", runAt: job.runAt, finishedAt: now };
  }
  return { attempts, status: "queued", runAt: new Date(now.getTime() + retryDelayMs(attempts)), finishedAt: null };
}

/**
 * The error's class name and code (SQLSTATE, Node or application code), never its message: messages
 * and driver errors can quote row values ("Failed query … params: …", `invalid input syntax: "…"`),
 * which may be personal data. The full error goes to the log instead. Both parts are length-bounded
 * by their patterns, so the summary stays short.
 */
export function summariseError(error: unknown): string {
  const name = error instanceof Error && /^\w{1,60}$/.test(error.name) ? error.name : "Error";
  const code = codeOf(error) ?? (error instanceof Error ? codeOf(error.cause) : undefined);
  return code ? `${name} (${code})` : name;
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code: unknown = error.code;
  return typeof code === "string" && /^[\w.-]{1,40}$/.test(code) ? code : undefined;
}
