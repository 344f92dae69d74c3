import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { contentActions, contentStatuses, isIndependentReviewer, statusAfter, statusAfterEdit } from "./workflow.js";

describe("content.workflow", () => {
  it.each([
    ["draft", "submit", "in_review"],
    ["in_review", "publish", "published"],
    ["in_review", "return", "draft"],
    ["published", "archive", "archived"],
    ["draft", "archive", "archived"],
    ["archived", "restore", "draft"],
  ] as const)("moves %s by %s to %s", (from, action, to) => {
    expect(statusAfter(from, action)).toBe(to);
  });

  it.each([
    ["draft", "publish"],
    ["published", "publish"],
    ["published", "submit"],
    ["archived", "publish"],
    ["draft", "return"],
    ["archived", "archive"],
  ] as const)("refuses %s → %s", (from, action) => {
    expect(statusAfter(from, action)).toBeNull();
  });

  it("publishes only what has been through review", () => {
    fc.assert(
      fc.property(fc.constantFrom(...contentStatuses), fc.constantFrom(...contentActions), (status, action) => {
        if (statusAfter(status, action) === "published") expect(status).toBe("in_review");
      }),
    );
  });

  it("lets a draft or a published item be edited, into a draft, and freezes one in review or archived", () => {
    expect(statusAfterEdit("draft")).toBe("draft");
    expect(statusAfterEdit("published")).toBe("draft");
    expect(statusAfterEdit("in_review")).toBeNull();
    expect(statusAfterEdit("archived")).toBeNull();
  });

  it("does not let anyone who wrote the working copy review it", () => {
    expect(isIndependentReviewer(["a", "b"], "b")).toBe(false);
    expect(isIndependentReviewer(["a", "b"], "c")).toBe(true);
  });
});
