/**
 * An image uploaded for an article: decoded (JPEG, PNG or WebP only; SVG and anything else
 * refused), turned upright, scaled to fit 1600 pixels, and re-encoded as WebP by sharp, which writes
 * no metadata: location, camera and time-stamp fields never reach the public site. Images of more
 * than 40 megapixels are refused before decoding, so a crafted file cannot exhaust memory.
 */
import sharp from "sharp";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { contentImages } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { WriteContext } from "./content-rules.js";

const maxSide = 1600;
const acceptedFormats = new Set(["jpeg", "png", "webp"]);

const refused = (message: string) => new AppError("validation_failed", message, { fields: [{ path: "body.dataBase64", message }] });

/** The picture re-encoded for the web, with its size; throws a 400 for anything that is not a usable image. */
export async function prepareImage(input: Buffer): Promise<{ bytes: Buffer; width: number; height: number }> {
  if (input.length === 0) throw refused("The file is empty.");
  if (input.length > 8 * 1024 * 1024) throw refused("The image is too large (at most 8 MB).");
  let format: string | undefined;
  try {
    format = (await sharp(input, { limitInputPixels: 40_000_000 }).metadata()).format;
  } catch {
    throw refused("This file is not an image we can read. Use a JPEG, PNG or WebP picture.");
  }
  if (!format || !acceptedFormats.has(format)) throw refused("Use a JPEG, PNG or WebP picture.");
  try {
    const { data, info } = await sharp(input, { limitInputPixels: 40_000_000, failOn: "error" })
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch {
    throw refused("This picture could not be read; it may be damaged or too large.");
  }
}

export async function uploadImage(tx: Db, actor: Actor, isAllowed: boolean, base64: string, context: WriteContext): Promise<{ id: string; width: number; height: number }> {
  authorize(isAllowed);
  const image = await prepareImage(Buffer.from(base64, "base64"));
  const [row] = await tx
    .insert(contentImages)
    .values({ organisationId: actor.organisationId, uploadedBy: actor.userId, width: image.width, height: image.height, bytes: image.bytes, createdAt: context.now })
    .returning({ id: contentImages.id });
  if (!row) throw new Error("image not stored");
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "content.image_uploaded",
    entityType: "content_image",
    entityId: row.id,
    requestId: context.requestId,
    at: context.now,
    details: { width: image.width, height: image.height, bytes: image.bytes.length },
  });
  return { id: row.id, width: image.width, height: image.height };
}
