/** What each benchmark declares: its operation, its limit on the same resources, and its targets. */
export interface BenchmarkSpec {
  key: string;
  title: string;
  targetP95Ms: number;
  /** At most this many times the limit's p95, where the target says so. */
  maxRatioP95?: number;
  /** Callers at once (default 1 and 8). */
  concurrencies?: readonly number[];
  limitDescription: string;
  real: (i: number) => Promise<unknown>;
  limit: (i: number) => Promise<unknown>;
  /** Optional checks of the results' quality, reported beside the timings. */
  quality?(): Promise<Record<string, number>>;
  /** Optional table of where the time goes, reported beside the timings. */
  breakdown?(): Promise<Breakdown>;
  close?(): Promise<void>;
}

export interface Breakdown {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}
