/**
 * Duplicates inside one spreadsheet: a row whose reference an earlier row already used, or who is
 * strongly the same person as an earlier row by the match keys duplicate detection uses everywhere
 * (core/identity). The earlier row stays; the later one is reported with the earlier's row number.
 */
import { rankCandidates, type MatchKey } from "../identity/index.js";

export interface RowKeys {
  rowNumber: number;
  /** The spreadsheet's own reference, normalised. */
  reference: string;
  keys: readonly MatchKey[];
  hasDateOfBirth: boolean;
}

export interface WithinFileDuplicate {
  rowNumber: number;
  problem: "duplicate_reference_in_file" | "duplicate_in_file";
  earlierRow: number;
}

/** Rows considered per key: a key shared by more rows than this says little about who anyone is. */
const maxRowsPerKey = 100;

export function findDuplicatesWithinFile(rows: readonly RowKeys[]): WithinFileDuplicate[] {
  const byReference = new Map<string, number>();
  const byKey = new Map<string, number[]>();
  const withDateOfBirth = new Set<number>();
  const found: WithinFileDuplicate[] = [];
  for (const row of rows) {
    const earlierReference = byReference.get(row.reference);
    if (earlierReference !== undefined) {
      found.push({ rowNumber: row.rowNumber, problem: "duplicate_reference_in_file", earlierRow: earlierReference });
      continue;
    }
    const shared = new Map<number, Set<MatchKey["kind"]>>();
    for (const key of row.keys) {
      for (const earlier of byKey.get(`${key.kind}|${key.value}`) ?? []) {
        const kinds = shared.get(earlier) ?? new Set();
        kinds.add(key.kind);
        shared.set(earlier, kinds);
      }
    }
    const best = rankCandidates(
      row.keys,
      [...shared].map(([earlier, kinds]) => ({ id: String(earlier).padStart(9, "0"), matchedKinds: [...kinds], hasDateOfBirth: withDateOfBirth.has(earlier) })),
    )[0];
    if (best?.strength === "strong") {
      found.push({ rowNumber: row.rowNumber, problem: "duplicate_in_file", earlierRow: Number(best.id) });
      continue;
    }
    byReference.set(row.reference, row.rowNumber);
    if (row.hasDateOfBirth) withDateOfBirth.add(row.rowNumber);
    for (const key of row.keys) {
      const holders = byKey.get(`${key.kind}|${key.value}`) ?? [];
      if (holders.length < maxRowsPerKey) holders.push(row.rowNumber);
      byKey.set(`${key.kind}|${key.value}`, holders);
    }
  }
  return found;
}
