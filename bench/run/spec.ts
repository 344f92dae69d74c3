/** What each benchmark declares: its operation, its limit on the same resources, and its target. */
export interface BenchmarkSpec {
  key: string;
  title: string;
  targetP95Ms: number;
  limitDescription: string;
  real: (i: number) => Promise<unknown>;
  limit: (i: number) => Promise<unknown>;
  /** Optional checks of the results' quality, reported beside the timings. */
  quality?(): Promise<Record<string, number>>;
  close?(): Promise<void>;
}
