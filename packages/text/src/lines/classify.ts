import type { ImportOptions } from '../types.js';
import { classifyHeader } from './header.js';
import { emptyExtracted, makeItems, type Extracted, type Item, type KnownMeta } from './item.js';
import { classifyMiddle } from './middle.js';
import { classifyTail } from './tail.js';
import type { Unit } from './units.js';
import { findZones } from './zones.js';

/** Every unit with its final role, and the metadata found on the way. */
export interface Classification {
  items: Item[];
  extracted: Extracted;
}

const QUOTE_EDGES = /^[“"‘'«\s]+|[”"’'».!?\s]+$/g;

/**
 * Decides the role of every unit: header lines, body paragraphs, lines inside the body that are not
 * body, and the tail. The user's restore/drop choices are applied last and always win.
 */
export function classifyUnits(units: readonly Unit[], known: KnownMeta, options: ImportOptions): Classification {
  const items = makeItems(units);
  const extracted = emptyExtracted();
  const zones = findZones(items);
  if (zones.start === -1) {
    classifyHeader(items, items.length, -1, extracted, known);
  } else {
    classifyHeader(items, zones.start, zones.standfirst, extracted, known);
    classifyMiddle(items, zones.start, zones.end, extracted);
    classifyTail(items, zones.end + 1, extracted);
  }
  markDuplicates(items);
  applyOverrides(items, options);
  return { items, extracted };
}

// Repeated paragraphs and pull quotes (a sentence of the body set again in large type) appear twice.
// Raw text is compared, without normalising, because this runs on every body paragraph.
function markDuplicates(items: Item[]): void {
  const body = items.filter((it) => it.role === 'body');
  const seen = new Set<string>();
  for (const it of body) {
    if (seen.has(it.unit.text)) overrule(it, 'duplicate-line', 'repeats an earlier paragraph');
    seen.add(it.unit.text);
  }
  // One joined string and two native searches per candidate: found twice means another paragraph holds it.
  const all = body.map((it) => it.unit.text).join('\n');
  for (const it of body) {
    if (it.role !== 'body' || it.f.words < 6 || it.f.words > 40) continue;
    const core = it.unit.text.replace(QUOTE_EDGES, '');
    if (core.length >= 30 && all.indexOf(core, all.indexOf(core) + 1) !== -1) {
      overrule(it, 'duplicate-line', 'a pull quote repeating a sentence of the body');
    }
  }
}

function applyOverrides(items: Item[], options: ImportOptions): void {
  const covers = (it: Item, line: number): boolean => line >= it.unit.lineIndex && line <= it.unit.lineEnd;
  for (const line of options.dropLines ?? []) {
    for (const it of items) if (covers(it, line)) overrule(it, 'user-dropped', 'dropped by the user');
  }
  for (const line of options.restoreLines ?? []) {
    for (const it of items) {
      if (!covers(it, line)) continue;
      it.role = 'body';
      it.reason = undefined;
      it.detail = undefined;
    }
  }
}

function overrule(it: Item, reason: NonNullable<Item['reason']>, detail: string): void {
  it.role = 'drop';
  it.reason = reason;
  it.detail = detail;
}
