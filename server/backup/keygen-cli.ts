/**
 * `npm run backup:keygen -- --out <path>`: makes the backup key pair, `<path>.pub` (public: give it
 * to the server that takes backups) and `<path>.key` (private, mode 0600: keep it offline, with
 * whoever may restore). With PATHWAYS_BACKUP_KEY_PASSPHRASE set, the private key is encrypted
 * under that passphrase. Existing files are never overwritten.
 */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { generateBackupKeyPair, keyId, parsePublicKey } from "./backup-key.js";
import { report, runCommand } from "./cli-support.js";

runCommand("Making the backup key", async () => {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  if (!values.out) {
    report("Name where to put the key pair: --out <path> (writes <path>.pub and <path>.key).");
    return 1;
  }
  const pair = generateBackupKeyPair(process.env.PATHWAYS_BACKUP_KEY_PASSPHRASE || undefined);
  await writeFile(`${values.out}.key`, pair.privateKeyPem, { mode: 0o600, flag: "wx" });
  await writeFile(`${values.out}.pub`, pair.publicKeyPem, { mode: 0o644, flag: "wx" });
  const id = keyId(parsePublicKey(pair.publicKeyPem, "new key")).toString("hex").slice(0, 16);
  report(`Backup key ${id}: public ${values.out}.pub, private ${values.out}.key.`);
  report("Copy the private key somewhere offline and delete it from this machine; backups need only the public key.");
  return 0;
});
