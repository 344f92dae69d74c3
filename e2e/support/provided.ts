/** What the global set-up hands to every journey (through vitest's provide/inject). */
import type { SessionCredentials } from "./api-client.js";

export interface EnrolledAccount {
  email: string;
  password: string;
  displayName: string;
  totpSecret: string;
  /** The last TOTP step the server accepted from this account. */
  lastStep: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The server as the browser reaches it (also the public URL in invitation links). */
    baseUrl: string;
    /** The same server by IP, for calls from Node. */
    apiUrl: string;
    /** A session of the demo administrator, used only from Node to create staff accounts. */
    provisioner: SessionCredentials;
    /** The demo administrator's sign-in details, for the one journey that acts as them in a browser. */
    demoAdministrator: EnrolledAccount;
  }
}
