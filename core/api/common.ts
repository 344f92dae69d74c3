/** Shapes shared by every endpoint: the error body, pagination, ids. */
import { z } from "zod";

export const idSchema = z.uuid({ message: "Must be a valid id." });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const pageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/**
 * Invisible characters with no place in a name: zero-width space, word joiner, byte-order mark,
 * soft hyphen and the direction marks. Pasted in, they make two identical-looking names differ.
 * The zero-width joiner and non-joiner are kept: Urdu, Persian and Indic spellings need them.
 */
const invisibleInNames = /[\u00ad\u061c\u200b\u200e\u200f\u2060-\u2064\ufeff]/gu;

/**
 * Names as people write them: Unicode-normalised (NFC), invisible characters removed, trimmed,
 * bounded, and refused if they hold control characters or direction overrides.
 */
export const displayTextSchema = (max: number) =>
  z
    .string()
    .normalize("NFC")
    .overwrite((value) => value.replace(invisibleInNames, ""))
    .trim()
    .min(1, { message: "Required." })
    .max(max, { message: `At most ${max} characters.` })
    // Control characters and bidirectional overrides can disguise a name in lists and logs.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here
    .refine((value) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), {
      message: "Contains characters that are not allowed.",
    });

/** For actions that take no input: nothing, or an empty object; anything else is refused. */
export const noBodySchema = z.strictObject({}).nullish();
