/**
 * A feed's secret: 256 random bits in base64url, found again by its SHA-256. Guessing one is
 * hopeless, so a fast hash is enough; only the hash is stored.
 */
import { createHash, randomBytes } from "node:crypto";

export const newFeedSecret = (): string => randomBytes(32).toString("base64url");

export const hashFeedSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");

/** The address a calendar app subscribes to. */
export const feedUrl = (publicUrl: string, secret: string): string => `${publicUrl.replace(/\/+$/, "")}/api/calendar/${secret}.ics`;
