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

/** Names as people write them: trimmed, no control characters, bounded. */
export const displayTextSchema = (max: number) =>
  z
    .string()
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
