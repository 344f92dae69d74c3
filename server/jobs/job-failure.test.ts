/** Backoff, giving up and the stored error summary, as plain functions. */
import { describe, expect, it } from "vitest";
import { AppError } from "../http/errors.js";
import { planFailure, retryDelayMs, summariseError } from "./job-failure.js";

describe("jobs.failure", () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [7, 1_920_000],
    [8, 3_600_000],
    [40, 3_600_000],
  ])("waits longer after each failure (attempt %i → %i ms), at most an hour", (attempts, expected) => {
    expect(retryDelayMs(attempts)).toBe(expected);
  });

  it("queues the job again after the backoff while attempts remain", () => {
    const now = new Date("2031-01-01T00:00:00Z");
    const plan = planFailure({ attempts: 1, maxAttempts: 5, runAt: now }, now);
    expect(plan).toEqual({ attempts: 2, status: "queued", runAt: new Date("2031-01-01T00:01:00Z"), finishedAt: null });
  });

  it("gives the job up once its attempts reach maxAttempts", () => {
    const runAt = new Date("2031-01-01T00:00:00Z");
    const now = new Date("2031-01-01T00:05:00Z");
    expect(planFailure({ attempts: 4, maxAttempts: 5, runAt }, now)).toEqual({
      attempts: 5,
      status: "failed",
      runAt,
      finishedAt: now,
    });
  });

  it.each([
    ["a plain error", new Error("could not reach jane.doe@example.org"), "Error"],
    ["a database error", Object.assign(new Error('invalid input syntax for type uuid: "Jane"'), { code: "22P02" }), "Error (22P02)"],
    ["a wrapped database error", new Error("Failed query: … params: Jane", { cause: { code: "23505" } }), "Error (23505)"],
    ["an application error", new AppError("conflict", "Jane Doe is already registered."), "AppError (conflict)"],
    ["a thrown string", "Jane Doe", "Error"],
    ["an error with a made-up name", Object.assign(new Error("x"), { name: "Jane Doe <jane@example.org>" }), "Error"],
  ])("keeps only the kind and code of %s, never its message", (_label, error, expected) => {
    expect(summariseError(error)).toBe(expected);
  });
});
