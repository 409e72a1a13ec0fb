/**
 * Runs of characters that are neither lower-case letters nor digits, after `toLowerCase()`. The class
 * lists letter ranges explicitly instead of using \p{L}: Unicode property classes make V8's regex engine
 * about three times slower, and this runs over every body. Scripts are covered by block (Latin, Greek,
 * Cyrillic, Arabic, Indic, CJK …); astral characters count as letters.
 */
export const NOT_WORD_CHARS =
  /[^a-z0-9\u00b5\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\u2dff\u3040-\u9fff\ua000-\ud7ff\uf900-\ufaff\ud800-\udfff]+/g;
