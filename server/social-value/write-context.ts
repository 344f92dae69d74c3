/** What every social-value write needs besides its input: the time and the request (none for the demo's seeding), for the audit trail. */
export interface SocialValueWriteContext {
  now: Date;
  requestId: string | null;
}
