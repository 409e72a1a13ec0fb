/**
 * @parallax/text — the pure importer: pasted text or HTML in, a clean article out (metadata, body,
 * paragraph and sentence offsets, the reason for every dropped line), plus hashing, near-duplicate
 * detection and event grouping. No I/O and no framework code.
 */
export type {
  DropReason,
  DroppedLine,
  EventCandidate,
  EventSuggestion,
  ImportedArticle,
  ImportInput,
  ImportOptions,
  OutletConfidence,
  OutletInfo,
  Paragraph,
  SentenceSpan,
} from './types.js';
export { ImportError, isImportError, MAX_INPUT_BYTES, type ImportErrorCode } from './errors.js';
export { importArticle } from './importArticle.js';
export { splitSentences, type SentenceRange } from './sentences/splitSentences.js';
export { contentHash } from './hash/contentHash.js';
export { nearDuplicateScore, shingleSignature, SIGNATURE_SIZE } from './hash/minhash.js';
export { suggestEvents } from './events/suggestEvents.js';
export { KNOWN_OUTLETS, type KnownOutlet } from './meta/outlets.js';
export { importPdf } from './importPdf.js';
export { extractPdfText, MAX_PDF_PAGES, PAGE_BREAK } from './input/pdf.js';
export { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './input/htmlShape.js';
export { outletByDomain, outletByBrand, type OutletKind } from './meta/outlets.js';
