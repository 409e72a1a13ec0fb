// Worker thread of ParsePool: runs the importer (HTML with linkedom + Readability, PDF with pdf.js, or
// text) away from the event loop. Plain JavaScript so the same file runs from the sources (tests) and
// from the build (tsc copies it with allowJs). The pool enforces the time and memory limits.
import { parentPort } from 'node:worker_threads';
import { importArticle, importPdf, isImportError } from '@parallax/text';

parentPort.on('message', async ({ id, job }) => {
  try {
    const result = job.pdf ? await importPdf(job.pdf, job.input, job.options) : importArticle(job.input, job.options);
    parentPort.postMessage({ id, result });
  } catch (err) {
    const error = isImportError(err)
      ? { code: err.code, message: err.message, details: err.details }
      : { code: 'PARSE_FAILED', message: `The page could not be parsed: ${String(err?.message ?? err)}` };
    parentPort.postMessage({ id, error });
  }
});
