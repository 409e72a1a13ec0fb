import { z } from 'zod';

const id = z.string().min(1).max(100);
const relation = z.enum(['VERBATIM', 'PARAPHRASE', 'PARTIAL', 'CONTRADICTS']);
const origin = z.enum(['AUTO', 'HUMAN']);

/** The parts of a `parallax.comparison` v1 export that a re-import reads (extra fields are ignored). */
export const comparisonExportSchema = z.object({
  format: z.literal('parallax.comparison'),
  version: z.literal(1),
  comparison: z.object({ id, title: z.string().trim().min(1).max(200), pivotArticleId: id.nullable() }),
  articles: z
    .array(
      z.object({
        id,
        position: z.number().int().min(0),
        rawText: z.string().min(1),
        rawFormat: z.enum(['text', 'html']),
        importOverrides: z
          .object({
            url: z
              .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
              .max(2000)
              .nullish(),
            outletName: z.string().nullish(),
            publishedAt: z.string().nullish(),
            restoreLines: z.array(z.number().int().min(0)).optional(),
            dropLines: z.array(z.number().int().min(0)).optional(),
          })
          .partial()
          .nullish(),
        segments: z.array(z.object({ id, index: z.number().int().min(0), text: z.string() })),
      }),
    )
    .min(2)
    .max(200),
  claims: z.array(
    z.object({
      id,
      label: z.string().min(1).max(500),
      labelOrigin: origin.optional(),
      topic: z.string().nullish(),
      note: z.string().max(100_000).optional(),
      origin: origin.optional(),
      links: z.array(
        z.object({
          segmentId: id,
          articleId: id,
          relation,
          flags: z.array(z.string()).default([]),
          origin,
          confidence: z.number().min(0).max(1),
        }),
      ),
    }),
  ),
  comments: z
    .array(
      z.object({
        id,
        parentId: id.nullable(),
        anchor: z.union([
          z.object({ kind: z.literal('claim'), claimId: id }),
          z.object({ kind: z.literal('segment'), segmentId: id, start: z.number().int().min(0), end: z.number().int().min(0) }),
        ]),
        body: z.string().min(1),
        authorName: z.string().min(1),
        resolved: z.boolean().optional(),
      }),
    )
    .default([]),
  threads: z
    .array(
      z.object({
        id,
        name: z.string().trim().min(1).max(200),
        nameOrigin: origin.default('AUTO'),
        status: z.enum(['SUGGESTED', 'ACCEPTED', 'REJECTED']),
        score: z.number().min(0).max(1).nullable().default(null),
        claims: z.array(z.object({ comparisonId: id, claimId: id })).max(500),
      }),
    )
    .max(1000)
    .default([]),
});

export type ComparisonExportInput = z.infer<typeof comparisonExportSchema>;
