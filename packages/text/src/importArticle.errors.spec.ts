import { ImportError, isImportError, MAX_INPUT_BYTES } from './errors.js';
import { importArticle } from './importArticle.js';
import type { ImportInput } from './types.js';

const ARTICLE =
  'Talks end in Beijing\n\nThe two foreign ministers ended two days of talks in Beijing on Monday with a joint statement on trade.';

function codeOf(input: ImportInput): string | undefined {
  try {
    importArticle(input);
  } catch (error) {
    if (isImportError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe('importArticle on bad input', () => {
  it('rejects empty and whitespace-only input', () => {
    expect(codeOf({})).toBe('EMPTY_INPUT');
    expect(codeOf({ text: ' \n\t\u00a0\n' })).toBe('EMPTY_INPUT');
    expect(codeOf({ text: '', html: '   ' })).toBe('EMPTY_INPUT');
  });

  it('rejects text without any sentence, listing the dropped lines', () => {
    expect(codeOf({ text: 'Home\nWorld\nBusiness\nShare\nComments' })).toBe('NO_SENTENCES');
    try {
      importArticle({ text: 'Home\nWorld' });
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).details?.droppedLines).toHaveLength(2);
    }
  });

  it('rejects binary data', () => {
    expect(codeOf({ text: `PK\u0003\u0004\u0000\u0000binary${'\u0001\u0002'.repeat(20)}` })).toBe('BINARY_INPUT');
    expect(codeOf({ text: `${ARTICLE}\u0000` })).toBe('BINARY_INPUT');
  });

  it('removes a few stray control characters with a warning', () => {
    const a = importArticle({ text: ARTICLE.replace('Monday', 'Mon\u0007day') });
    expect(a.body).toContain('Monday');
    expect(a.warnings.some((w) => /control character was removed/.test(w))).toBe(true);
  });

  it('rejects input over MAX_INPUT_BYTES, counting UTF-8 bytes', () => {
    expect(MAX_INPUT_BYTES).toBe(5 * 1024 * 1024);
    expect(codeOf({ text: 'a'.repeat(MAX_INPUT_BYTES + 1) })).toBe('TOO_LARGE');
    // 2 million characters of 3 bytes each is 6 MB, though the string is shorter than the limit.
    expect(codeOf({ text: '€'.repeat(2_000_000) })).toBe('TOO_LARGE');
  });

  it('rejects text that was not UTF-8, and warns about a few replacement characters', () => {
    expect(codeOf({ text: `Caf\uFFFD ${'\uFFFD'.repeat(40)} text that was decoded badly.` })).toBe('INVALID_ENCODING');
    const a = importArticle({ text: ARTICLE.replace('trade', 'tr\uFFFDde') });
    expect(a.warnings.some((w) => /could not be decoded/.test(w))).toBe(true);
  });

  it('warns about mojibake and short bodies', () => {
    const a = importArticle({ text: ARTICLE.replace('statement', 'statementâ€™s') });
    expect(a.warnings.some((w) => /wrong encoding/.test(w))).toBe(true);
    expect(a.warnings.some((w) => /short for an article/.test(w))).toBe(true);
  });
});
