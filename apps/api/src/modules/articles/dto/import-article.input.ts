import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MAX_INPUT_BYTES } from '@parallax/text';
import { z } from 'zod';

@InputType({ description: 'One raw article to import: pasted text or HTML, with optional overrides.' })
export class ImportArticleInput {
  @Field(() => ID) workspaceId: string;
  @Field(() => String, { nullable: true, description: 'Plain text as pasted or scraped.' }) text?: string | null;
  @Field(() => String, { nullable: true, description: 'An HTML page; the article is extracted with Readability.' }) html?: string | null;
  @Field(() => String, { nullable: true, description: 'A PDF file, base64-encoded (official statements are often PDFs).' }) pdfBase64?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The address of the article. Given alone, the server fetches the page (HTML, text or PDF); with text or html, it only names the source.',
  })
  url?: string | null;
  @Field(() => String, { nullable: true, description: 'Overrides the outlet the importer finds.' }) outletName?: string | null;
  @Field(() => String, { nullable: true, description: 'Overrides the date the importer finds (ISO 8601).' }) publishedAt?: string | null;
}

@InputType({ description: 'Corrections to an imported article. Omitted fields stay as they are.' })
export class UpdateArticleInput {
  @Field(() => String, { nullable: true }) headline?: string | null;
  @Field(() => String, { nullable: true }) standfirst?: string | null;
  @Field(() => String, { nullable: true }) byline?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601 date; empty string clears it.' }) publishedAt?: string | null;
  @Field(() => String, { nullable: true }) dateline?: string | null;
  @Field(() => String, { nullable: true }) wireCredit?: string | null;
  @Field(() => String, { nullable: true }) outletName?: string | null;
  @Field(() => [Int], { nullable: true, description: 'Dropped lines (by lineIndex) to put back into the body.' })
  restoreLines?: number[] | null;
  @Field(() => [Int], { nullable: true, description: 'Body lines (by lineIndex) to drop.' }) dropLines?: number[] | null;
}

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const rawField = z
  .string()
  .refine((s) => utf8Bytes(s) <= MAX_INPUT_BYTES, `is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`)
  .nullish();
const isoDate = z
  .string()
  .trim()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date')
  .nullish();

export const importArticleSchema = z
  .object({
    workspaceId: z.uuid('must be an id'),
    text: rawField,
    html: rawField,
    // base64 grows a file by a third: 5 MB of PDF is about 6.7 MB of text.
    pdfBase64: z
      .string()
      .max(Math.ceil((MAX_INPUT_BYTES * 4) / 3) + 4, `is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`)
      .regex(/^[A-Za-z0-9+/=\s]*$/, 'must be base64')
      .nullish(),
    // Only web addresses: a `javascript:` or `data:` URL would run script wherever the link is shown.
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(2000)
      .nullish(),
    outletName: z.string().trim().min(1).max(200).nullish(),
    publishedAt: isoDate,
  })
  .refine(
    (v) => [v.text, v.html, v.pdfBase64].filter(Boolean).length === 1 || ([v.text, v.html, v.pdfBase64].every((x) => !x) && !!v.url),
    {
      message: 'give exactly one of text, html or pdfBase64, or only a url to fetch',
      path: ['text'],
    },
  );

export const MAX_BATCH = 1000;

const text = (max: number) => z.string().trim().max(max).nullish();
export const updateArticleSchema = z.object({
  headline: text(500),
  standfirst: text(2000),
  byline: text(300),
  publishedAt: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date'),
    ])
    .nullish(),
  dateline: text(200),
  wireCredit: text(200),
  outletName: text(200),
  restoreLines: z.array(z.number().int().min(0)).max(10000).nullish(),
  dropLines: z.array(z.number().int().min(0)).max(10000).nullish(),
});
