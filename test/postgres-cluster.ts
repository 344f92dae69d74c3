/**
 * PostgreSQL clusters of a test's own: a primary made with initdb and a streaming replica of it made
 * with pg_basebackup, each on a free port with its data in a temporary folder, stopped and removed
 * afterwards. They use the PostgreSQL server programs installed on the machine (Debian's
 * postgresql package puts them in /usr/lib/postgresql/<version>/bin); the shared server on 5432 is
 * left alone, as its access rules do not allow replication connections.
 *
 * PostgreSQL refuses to run as root, so as root the programs run as the `postgres` user.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { appendFile, chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "./app-process.js";

const run = promisify(execFile);

/** The folder of the newest installed PostgreSQL server programs, or null when there are none. */
export function postgresProgramsFolder(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

export interface Cluster {
  port: number;
  url: string;
  dataDir: string;
}

export interface ReplicatedClusters {
  primary: Cluster;
  replica: Cluster;
  stop(): Promise<void>;
}

/** A primary and a hot-standby replica streaming from it, both running. */
export async function startReplicatedClusters(): Promise<ReplicatedClusters> {
  const bin = postgresProgramsFolder();
  if (!bin) throw new Error("PostgreSQL's server programs (initdb, pg_ctl, pg_basebackup) are not installed");
  const asRoot = process.getuid?.() === 0;
  const ids = asRoot ? await postgresUserIds() : null;
  const program = (name: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(bin, name), ...args]) : run(path.join(bin, name), args);

  const folder = await mkdtemp(path.join(tmpdir(), "pathways-replica-"));
  if (ids) await chown(folder, ids.uid, ids.gid);
  const started: string[] = [];
  const stop = async () => {
    for (const dataDir of started.reverse()) await program("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  };
  try {
    const primary = await clusterAt(folder, "primary");
    await program("initdb", ["-D", primary.dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
    // initdb's own access rules already let local and 127.0.0.1 connections replicate with trust.
    await appendFile(
      path.join(primary.dataDir, "postgresql.conf"),
      [
        `port = ${primary.port}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${folder}'`,
        "wal_level = replica",
        "max_wal_senders = 4",
        "fsync = off",
        "shared_buffers = 32MB",
        "",
      ].join("\n"),
    );
    await program("pg_ctl", ["-D", primary.dataDir, "-l", path.join(folder, "primary.log"), "-w", "start"]);
    started.push(primary.dataDir);

    const replica = await clusterAt(folder, "replica");
    // -R writes the standby settings (standby.signal, primary_conninfo); -X stream copies the WAL written meanwhile.
    await program("pg_basebackup", ["-h", "127.0.0.1", "-p", String(primary.port), "-U", "postgres", "-D", replica.dataDir, "-R", "-X", "stream", "--no-sync"]);
    await appendFile(path.join(replica.dataDir, "postgresql.conf"), `port = ${replica.port}\nhot_standby = on\n`);
    await program("pg_ctl", ["-D", replica.dataDir, "-l", path.join(folder, "replica.log"), "-w", "start"]);
    started.push(replica.dataDir);
    return { primary, replica, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function clusterAt(folder: string, name: string): Promise<Cluster> {
  const port = await freePort();
  return { port, url: `postgres://postgres@127.0.0.1:${port}/postgres`, dataDir: path.join(folder, name) };
}

async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}
