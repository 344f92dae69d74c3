import { describe, expect, it } from "vitest";
import type { ClientMerge } from "./clients-api.js";
import { mergeStateMessage } from "./merge-state-message.js";

const merge: ClientMerge = {
  id: "00000000-0000-4000-8000-000000000001",
  kept: { clientId: "00000000-0000-4000-8000-000000000002", reference: "C-AAAA-1111" },
  merged: { clientId: "00000000-0000-4000-8000-000000000003", reference: "C-BBBB-2222" },
  mergedBy: "Bilal Qureshi",
  mergedAt: "2025-03-01T10:00:00.000Z",
  reversibleUntil: "2025-03-31T10:00:00.000Z",
  reversedBy: null,
  reversedAt: null,
  state: "reversible",
  abilities: { reverse: true },
};
const day = (iso: string) => iso.slice(0, 10);

describe("clients.mergeStateMessage", () => {
  it("says until when a merge can be undone", () => {
    expect(mergeStateMessage(merge, day)).toEqual({ key: "clients.merges.state.reversible", values: { until: "2025-03-31" } });
  });

  it("says when and by whom a merge was undone, and copes with an unknown person", () => {
    const reversed = { ...merge, state: "reversed" as const, reversedAt: "2025-03-05T09:00:00.000Z", reversedBy: "Zara Admin" };
    expect(mergeStateMessage(reversed, day)).toEqual({ key: "clients.merges.state.reversedBy", values: { date: "2025-03-05", name: "Zara Admin" } });
    expect(mergeStateMessage({ ...reversed, reversedBy: null }, day)).toEqual({ key: "clients.merges.state.reversed", values: { date: "2025-03-05" } });
  });

  it("says when the 30 days ended", () => {
    expect(mergeStateMessage({ ...merge, state: "expired" }, day)).toEqual({ key: "clients.merges.state.expired", values: { date: "2025-03-31" } });
  });

  it("names the kept record that has since been merged again", () => {
    expect(mergeStateMessage({ ...merge, state: "kept_record_merged" }, day)).toEqual({ key: "clients.merges.state.keptRecordMerged", values: { kept: "C-AAAA-1111" } });
  });
});
