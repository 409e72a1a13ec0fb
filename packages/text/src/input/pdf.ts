import { ImportError, MAX_INPUT_BYTES } from '../errors.js';

/** PDFs longer than this are books or reports, not statements; they are refused before reading. */
export const MAX_PDF_PAGES = 200;
/** Separates pages in the extracted text: a form feed on its own line, between blank lines. */
export const PAGE_BREAK = '\n\n\f\n\n';

interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

// pdf.js is large; only PDF imports load it. The legacy build is the one meant for Node.
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/**
 * Extracts the text of a PDF: lines in reading order, a blank line where the vertical gap shows a new
 * paragraph, pages separated by {@link PAGE_BREAK}, and running headers, footers and page numbers
 * (lines repeated on most pages) removed. Nothing is fetched and no script in the file runs.
 */
export async function extractPdfText(data: Uint8Array): Promise<{ text: string; pages: number }> {
  if (data.byteLength > MAX_INPUT_BYTES) {
    throw new ImportError(
      'TOO_LARGE',
      `The PDF is ${(data.byteLength / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB.`,
    );
  }
  if (!isPdf(data)) throw new ImportError('UNREADABLE_PDF', 'The file is not a PDF: it does not start with "%PDF-".');
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: data.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    throw new ImportError('UNREADABLE_PDF', `The PDF could not be read: ${(err as Error).message}.`);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new ImportError('TOO_LARGE', `The PDF has ${doc.numPages} pages; the limit is ${MAX_PDF_PAGES}.`, { pages: doc.numPages });
    }
    const pages: string[][] = [];
    for (let p = 1; p <= doc.numPages; p += 1) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items as TextItem[]));
      page.cleanup();
    }
    return {
      text: dropRunningLines(pages)
        .map((lines) => lines.join('\n'))
        .join(PAGE_BREAK)
        .trim(),
      pages: doc.numPages,
    };
  } finally {
    await doc.destroy();
  }
}

function isPdf(data: Uint8Array): boolean {
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

// Items come in content order; a line ends at hasEOL or when the baseline moves. A gap of more than
// 1.6 line heights marks a paragraph break, written as a blank line.
function pageLines(items: readonly TextItem[]): string[] {
  const lines: string[] = [];
  let current = '';
  let lastY: number | null = null;
  let lineHeight = 0;
  for (const item of items) {
    const y = item.transform[5];
    const height = item.height || Math.abs(item.transform[3]) || 10;
    if (lastY !== null && Math.abs(lastY - y) > height * 0.5 && current.trim() !== '') {
      if (lineHeight > 0 && Math.abs(lastY - y) > lineHeight * 1.6) lines.push('');
      lines.push(current.trim());
      current = '';
    }
    if (lastY !== null && lastY !== y)
      lineHeight = lineHeight === 0 ? Math.abs(lastY - y) : Math.min(lineHeight, Math.abs(lastY - y) || lineHeight);
    current += item.str;
    lastY = y;
    if (item.hasEOL) {
      lines.push(current.trim());
      current = '';
    }
  }
  if (current.trim() !== '') lines.push(current.trim());
  return lines.filter((l, i) => l !== '' || (i > 0 && lines[i - 1] !== ''));
}

const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

// A line on more than half of the pages (a letterhead, "Ministry of Foreign Affairs", a footer) or a
// bare page number is furniture, not text.
function dropRunningLines(pages: string[][]): string[][] {
  const counts = new Map<string, number>();
  for (const lines of pages) for (const l of new Set(lines)) if (l !== '') counts.set(l, (counts.get(l) ?? 0) + 1);
  const running = (l: string): boolean => pages.length >= 3 && (counts.get(l) ?? 0) > pages.length / 2;
  return pages.map((lines) => lines.filter((l) => l === '' || (!PAGE_NUMBER.test(l) && !running(l))));
}
