import type { TimelineCell, TimelineEvent } from './types.js';

/**
 * The one-line summary of an outlet across a thread's events (cells in event order): "reported in both" or
 * "reported in all 3", "dropped in Jan 2026" (reported before, silent there although it had an article),
 * "added in Jan 2026", "reported in Feb 2025 only", then "softened" or "hardened" when a hedge was added or removed between its
 * own wordings, "reworded" for other flagged changes, and "no article on Jan 2026" when it did not cover an event.
 */
export function outletSummary(events: readonly TimelineEvent[], cells: readonly TimelineCell[]): string {
  const label = (c: TimelineCell) => events.find((e) => e.eventId === c.eventId)?.label ?? c.eventId;
  const reported = cells.filter((c) => c.status === 'REPORTED');
  const parts: string[] = [];
  if (reported.length === cells.length) parts.push(cells.length === 2 ? 'reported in both' : `reported in all ${cells.length}`);
  else if (reported.length === 0) parts.push(cells.some((c) => c.status === 'NOT_REPORTED') ? 'not reported' : 'no article');
  else {
    const first = cells.indexOf(reported[0]!);
    const droppedAt = cells.findIndex((c, i) => i > first && c.status === 'NOT_REPORTED');
    const addedAt = cells.findIndex((c, i) => i <= first && c.status === 'NOT_REPORTED');
    if (droppedAt >= 0) parts.push(`dropped in ${label(cells[droppedAt]!)}`);
    if (addedAt >= 0 && droppedAt < 0) parts.push(`added in ${label(cells[first]!)}`);
    if (droppedAt < 0 && addedAt < 0) parts.push(`reported in ${reported.map(label).join(', ')} only`);
  }
  const flags = reported.flatMap((c) => (c.change?.against === 'OUTLET' ? c.change.flags : []));
  if (flags.includes('HEDGE_ADDED') && !flags.includes('HEDGE_REMOVED')) parts.push('softened');
  else if (flags.includes('HEDGE_REMOVED') && !flags.includes('HEDGE_ADDED')) parts.push('hardened');
  else if (flags.length > 0) parts.push('reworded');
  const absent = cells.filter((c) => c.status === 'NO_ARTICLE');
  if (absent.length > 0 && absent.length < cells.length) parts.push(`no article on ${absent.map(label).join(', ')}`);
  return parts.join(', ');
}
