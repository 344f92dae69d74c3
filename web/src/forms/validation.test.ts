import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { createSiteBodySchema } from "../../../core/api/admin.js";
import { confirmEnrolmentBodySchema, signInBodySchema, changePasswordBodySchema } from "../../../core/api/auth.js";
import { passwordProblemMessages } from "../../../core/password-policy.js";
import { formPathOf, translateServerFieldMessage, zodValidate } from "./validation.js";

/** Echoes the key and options, so tests see which message was chosen. */
const t = ((key: string, options?: Record<string, unknown>) =>
  options && "count" in options ? `${key}:${String(options.count)}` : key) as unknown as TFunction;

describe("forms.validation", () => {
  it("explains core schema problems with catalogue keys", () => {
    expect(zodValidate(signInBodySchema, t)({ email: "nope", password: "" })).toEqual({
      email: "validation.email",
      password: "validation.required",
    });
    expect(zodValidate(signInBodySchema, t)({ email: " ", password: "x" })).toEqual({ email: "validation.required" });
    expect(zodValidate(confirmEnrolmentBodySchema, t)({ code: "12" })).toEqual({ code: "validation.totpCode" });
    expect(zodValidate(changePasswordBodySchema, t)({ currentPassword: "x", newPassword: "short" })).toEqual({
      newPassword: "validation.tooShort:12",
    });
    expect(zodValidate(createSiteBodySchema, t)({ name: "Leeds\u202e" })).toEqual({ name: "validation.disallowedCharacters" });
  });

  it("passes valid input", () => {
    expect(zodValidate(signInBodySchema, t)({ email: "a@b.org", password: "x" })).toEqual({});
  });

  it("translates the server's known field messages and keeps unknown ones", () => {
    expect(translateServerFieldMessage("At most 100 characters.", t)).toBe("validation.tooLong:100");
    expect(translateServerFieldMessage("Enter a valid email address.", t)).toBe("validation.email");
    expect(translateServerFieldMessage("Something specific.", t)).toBe("Something specific.");
    expect(translateServerFieldMessage(passwordProblemMessages.contains_context, t)).toBe("password.problems.contains_context");
  });

  it("maps server paths onto form fields", () => {
    expect(formPathOf("body.email")).toBe("email");
    expect(formPathOf("body.grants.0.siteId")).toBe("grants.0.siteId");
    expect(formPathOf("query.page")).toBe("page");
  });
});
