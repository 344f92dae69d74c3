/** How much one spreadsheet import may hold: shown to people before they upload, enforced by the server. */
export const importLimits = {
  /** The uploaded file itself: room for 100,000 rows of the usual columns. */
  maxFileBytes: 25 * 1024 * 1024,
  /** Any one part of an .xlsx once inflated: a zip bomb stops here. */
  maxInflatedPartBytes: 100 * 1024 * 1024,
  /** Data rows, not counting the header. */
  maxRows: 100_000,
  maxColumns: 100,
  /** Rows written in one transaction (one batch of the import job). */
  batchRows: 1_000,
  /** Hours an upload's sealed rows are kept while nobody finishes the import. */
  keepHours: 24,
} as const;
