/** What every write about funders, contracts and KPIs needs besides its input: the time and the request, for the audit trail. */
export interface ReportingWriteContext {
  now: Date;
  requestId: string;
}
