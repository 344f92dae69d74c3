/** What every use case on data-rights requests needs besides its input: the vault, the time and the request, for the audit trail. */
import type { Vault } from "../vault/vault.js";

export interface DataRightsContext {
  vault: Vault;
  now: Date;
  requestId: string;
}
