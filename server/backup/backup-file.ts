/**
 * A backup file's streams: lines → gzip → encryption → file when writing, and the reverse when
 * reading. Reading hands each whole line to a BackupReader, which checks it.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import type { KeyObject } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { BackupError } from "./backup-error.js";
import { BackupReader, type BackupManifest, type BackupSink } from "./backup-format.js";
import { decryptingStream, encryptingStream } from "./sealed-stream.js";

/**
 * Writes the lines to `file`, encrypted for `recipient`. The file appears under its name only once
 * complete (written beside it, then renamed), so a backup cut off part-way never looks finished.
 */
export async function writeBackupFile(file: string, recipient: KeyObject, lines: AsyncIterable<string>): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await pipeline(Readable.from(lines), createGzip({ level: 6 }), encryptingStream(recipient), createWriteStream(partial, { mode: 0o600, flags: "wx" }));
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * Reads and checks the whole of a backup, passing its rows to `sink` if given; returns its
 * manifest. Fails on the wrong key, any altered or missing byte, or a layout out of place.
 */
export async function readBackupFile(file: string, privateKey: KeyObject, sink?: BackupSink): Promise<BackupManifest> {
  const reader = new BackupReader(sink);
  try {
    await pipeline(createReadStream(file), decryptingStream(privateKey), createGunzip(), async (source: AsyncIterable<Buffer>) => {
      let rest: Buffer = Buffer.alloc(0);
      for await (const chunk of source) {
        let data: Buffer = rest.length ? Buffer.concat([rest, chunk]) : chunk;
        // A newline byte never falls inside a multi-byte UTF-8 character, so splitting bytes at it is safe.
        for (let at = data.indexOf(10); at >= 0; at = data.indexOf(10)) {
          await reader.line(data.subarray(0, at).toString("utf8"));
          data = data.subarray(at + 1);
        }
        rest = data;
      }
      if (rest.length > 0) throw new BackupError("damaged", "The backup is damaged: it ends part-way through a line. Nothing from it is used.");
    });
  } catch (error) {
    throw explainReadError(error, file);
  }
  return reader.finish();
}

function explainReadError(error: unknown, file: string): unknown {
  if (error instanceof BackupError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new BackupError("not_a_backup", `There is no file ${file}.`);
  // Only authenticated bytes reach gunzip, so a decompression error means the backup was made badly, not altered.
  if (code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR") return new BackupError("damaged", "The backup's contents do not decompress. Nothing from it is used.");
  return error;
}
