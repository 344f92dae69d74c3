/** What every write about grants, spend and unit costs needs besides its input: the time and the request, for the audit trail. */
export interface FundingWriteContext {
  now: Date;
  requestId: string;
}
