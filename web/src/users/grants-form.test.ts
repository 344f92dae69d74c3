import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { newGrantDraft, toGrants, validateGrantDrafts } from "./grants-form.js";

const t = ((key: string) => key) as unknown as TFunction;
const siteId = "5b0c7a4e-1c1e-4f53-9d8e-2f8f6f3b1a01";

describe("users.grants-form", () => {
  it("asks for a role, and for a site only where the role is held at one site", () => {
    const drafts = [
      { ...newGrantDraft(), role: null },
      { ...newGrantDraft(), role: "caseworker" as const, siteId: null },
      { ...newGrantDraft(), role: "administrator" as const, siteId: null },
    ];
    expect(validateGrantDrafts(drafts, t)).toEqual({
      "grants.0.role": "users.grants.chooseRole",
      "grants.1.siteId": "users.grants.chooseSite",
    });
  });

  it("refuses the same role twice at the same place", () => {
    const drafts = [newGrantDraft({ role: "mentor", siteId }), newGrantDraft({ role: "mentor", siteId })];
    expect(validateGrantDrafts(drafts, t)).toEqual({ "grants.1.role": "users.grants.duplicate" });
  });

  it("never sends a site with an organisation-wide role", () => {
    const drafts = [{ ...newGrantDraft(), role: "commissioner" as const, siteId }];
    expect(toGrants(drafts)).toEqual([{ role: "commissioner", siteId: null }]);
  });
});
