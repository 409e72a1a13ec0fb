/** One file or paste to import, with the field of ImportArticleInput its content goes into. */
export interface ImportSource {
  name: string;
  text?: string;
  html?: string;
  /** A PDF file, base64-encoded. */
  pdfBase64?: string;
  /** A web address the server fetches (alone), or names as the source (with text or html). */
  url?: string;
}

/** Looks like HTML when it is named .htm(l) or starts with a tag. */
export function looksLikeHtml(name: string, content: string): boolean {
  return /\.html?$/i.test(name) || /^\s*(<!doctype html|<html|<article|<body|<div|<p[\s>])/i.test(content);
}

/** Turns pasted content into an import source. */
export function sourceFromPaste(content: string): ImportSource {
  return looksLikeHtml('', content) ? { name: 'Pasted HTML', html: content } : { name: 'Pasted text', text: content };
}

/** The largest PDF the server accepts (5 MB, as for pasted text). */
export const MAX_PDF_BYTES = 5 * 1024 * 1024;

/** Reads a file's bytes as base64 (through a data: URL, which every browser reads natively). */
export function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Reads a text file as UTF-8 (FileReader, like base64Of, so it also works where Blob.text is missing). */
export function textOf(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * Splits pasted web addresses (one per line, or separated by spaces) into import sources; lines that
 * are not http(s) addresses are returned as `invalid`.
 */
export function sourcesFromUrls(input: string): { sources: ImportSource[]; invalid: string[] } {
  const sources: ImportSource[] = [];
  const invalid: string[] = [];
  for (const token of input.split(/\s+/).filter(Boolean)) {
    let url: URL | null;
    try {
      url = new URL(token);
    } catch {
      url = null;
    }
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) sources.push({ name: url.href, url: url.href });
    else invalid.push(token);
  }
  return { sources, invalid };
}

/** Reads dropped or chosen files (.txt, .html, .pdf) as import sources; other files are skipped with a reason. */
export async function sourcesFromFiles(files: File[]): Promise<{ sources: ImportSource[]; skipped: string[] }> {
  const sources: ImportSource[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    if (/\.pdf$/i.test(file.name) || file.type === 'application/pdf') {
      if (file.size > MAX_PDF_BYTES) skipped.push(`${file.name}: larger than 5 MB`);
      else sources.push({ name: file.name, pdfBase64: await base64Of(file) });
      continue;
    }
    if (!/\.(txt|text|html?|md)$/i.test(file.name) && !/^text\//.test(file.type)) {
      skipped.push(`${file.name}: not a .txt, .html or .pdf file`);
      continue;
    }
    const content = await textOf(file);
    if (!content.trim()) {
      skipped.push(`${file.name}: empty`);
      continue;
    }
    sources.push(looksLikeHtml(file.name, content) ? { name: file.name, html: content } : { name: file.name, text: content });
  }
  return { sources, skipped };
}
