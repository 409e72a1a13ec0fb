/** One file or paste to import, with the field of ImportArticleInput its content goes into. */
export interface ImportSource {
  name: string;
  text?: string;
  html?: string;
}

/** Looks like HTML when it is named .htm(l) or starts with a tag. */
export function looksLikeHtml(name: string, content: string): boolean {
  return /\.html?$/i.test(name) || /^\s*(<!doctype html|<html|<article|<body|<div|<p[\s>])/i.test(content);
}

/** Turns pasted content into an import source. */
export function sourceFromPaste(content: string): ImportSource {
  return looksLikeHtml('', content) ? { name: 'Pasted HTML', html: content } : { name: 'Pasted text', text: content };
}

/** Reads dropped or chosen files (.txt, .html) as import sources; other files are skipped with a reason. */
export async function sourcesFromFiles(files: File[]): Promise<{ sources: ImportSource[]; skipped: string[] }> {
  const sources: ImportSource[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    if (!/\.(txt|text|html?|md)$/i.test(file.name) && !/^text\//.test(file.type)) {
      skipped.push(`${file.name}: not a .txt or .html file`);
      continue;
    }
    const content = await file.text();
    if (!content.trim()) {
      skipped.push(`${file.name}: empty`);
      continue;
    }
    sources.push(looksLikeHtml(file.name, content) ? { name: file.name, html: content } : { name: file.name, text: content });
  }
  return { sources, skipped };
}
