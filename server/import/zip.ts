/**
 * Reads the entries of a zip archive (an .xlsx file is one) with Node's own inflate, defending
 * against hostile archives: only named entries are inflated, each with a hard cap on its inflated
 * size (a zip bomb stops at the cap, whatever its headers claim), and anything malformed,
 * encrypted, multi-disk or ZIP64 is refused rather than guessed at.
 */
import { inflateRawSync } from "node:zlib";

export class ZipError extends Error {
  override readonly name = "ZipError";
}

interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const endOfDirectorySignature = 0x06054b50;
const directorySignature = 0x02014b50;
const localSignature = 0x04034b50;

/** The central directory: entry name → where its data is. */
function directoryOf(data: Buffer): Map<string, Entry> {
  let end = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at -= 1) {
    if (data.readUInt32LE(at) === endOfDirectorySignature) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError("no end of central directory");
  const count = data.readUInt16LE(end + 10);
  const offset = data.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError("ZIP64 archives are not read");
  const entries = new Map<string, Entry>();
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== directorySignature) throw new ZipError("broken central directory");
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    if (at + 46 + nameLength > data.length) throw new ZipError("broken central directory");
    const name = data.toString("utf8", at + 46, at + 46 + nameLength);
    entries.set(name, {
      flags: data.readUInt16LE(at + 8),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      localHeaderOffset: data.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An opened archive: its entry names, and an entry's bytes inflated up to `maxBytes`. */
export interface ZipArchive {
  has(name: string): boolean;
  read(name: string, maxBytes: number): Buffer;
}

export function openZip(bytes: Uint8Array): ZipArchive {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = directoryOf(data);
  return {
    has: (name) => entries.has(name),
    read(name, maxBytes) {
      const entry = entries.get(name);
      if (!entry) throw new ZipError(`missing ${name}`);
      if ((entry.flags & 1) !== 0) throw new ZipError("encrypted entries are not read");
      const local = entry.localHeaderOffset;
      if (local + 30 > data.length || data.readUInt32LE(local) !== localSignature) throw new ZipError("broken local header");
      const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
      const end = start + entry.compressedSize;
      if (end > data.length) throw new ZipError("entry runs past the end of the file");
      const raw = data.subarray(start, end);
      if (entry.method === 0) {
        if (raw.length > maxBytes) throw new ZipError("entry too large");
        return raw;
      }
      if (entry.method !== 8) throw new ZipError("unsupported compression");
      try {
        return inflateRawSync(raw, { maxOutputLength: maxBytes });
      } catch (error) {
        throw new ZipError(error instanceof RangeError ? "entry too large" : "entry does not inflate", { cause: error });
      }
    },
  };
}
