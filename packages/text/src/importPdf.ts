import { importArticle } from './importArticle.js';
import { extractPdfText } from './input/pdf.js';
import type { ImportedArticle, ImportInput, ImportOptions } from './types.js';

/**
 * Imports a PDF (official statements are often published as PDFs): its text is extracted with page
 * breaks kept, then cleaned like pasted text. Asynchronous because pdf.js is. The extracted text is
 * returned too, so callers can store it as the raw text and re-run the import on it later.
 */
export async function importPdf(
  data: Uint8Array,
  input: Omit<ImportInput, 'text' | 'html'> = {},
  options: ImportOptions = {},
): Promise<ImportedArticle & { extractedText: string; pages: number }> {
  const { text, pages } = await extractPdfText(data);
  return { ...importArticle({ ...input, text }, options), extractedText: text, pages };
}
