import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** What to render: rows [start, end) at their offsets, and the total height of all rows. */
export interface RowWindow {
  start: number;
  end: number;
  offsets: number[];
  total: number;
  /** Registers a rendered row's element (by row key) so its real height replaces the estimate. */
  measure: (key: string, el: HTMLElement | null) => void;
  scrollToIndex: (index: number) => void;
}

// Without layout (jsdom, or before the first paint) the viewport has no size; render this many rows.
const FALLBACK_ROWS = 40;

/**
 * Windows a long list of variable-height rows inside a scroll container: only the rows in view (plus an
 * overscan margin) are rendered, each placed at its offset. Heights start as estimates and are replaced
 * by measurements as rows render, so 300 claims × 50 outlets costs what a screenful costs.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  keys: string[],
  estimate: (index: number) => number,
  header = 0,
  overscan = 600,
): RowWindow {
  const count = keys.length;
  // Heights are remembered by row key (claim id), so a reorder or an insert keeps every measurement valid.
  const measured = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const [viewport, setViewport] = useState({ top: 0, height: 0 });
  const observer = useRef<ResizeObserver | null>(null);
  // The observed row element of each key, and the key of each observed element (both ways, so a ref call
  // costs a lookup, not a scan of every rendered row).
  const byKey = useRef(new Map<string, Element>());
  const keyOf = useRef(new Map<Element, string>());

  // Created on first use, during the first commit's ref callbacks (effects would run too late for them).
  const getObserver = (): ResizeObserver | null => {
    if (observer.current || typeof ResizeObserver === 'undefined') return observer.current;
    observer.current = new ResizeObserver((entries) => {
      let changed = false;
      for (const e of entries) {
        const key = keyOf.current.get(e.target);
        if (key === undefined) continue;
        if (!e.target.isConnected) {
          // A row scrolled out of the window (or re-keyed): forget it, keep its last height.
          forget(e.target);
          continue;
        }
        // The observer already laid the row out: its border box says the height without asking for layout again.
        const box = e.borderBoxSize?.[0];
        const h = Math.ceil(box ? box.blockSize : (e.target as HTMLElement).offsetHeight);
        if (h > 0 && measured.current.get(key) !== h) {
          measured.current.set(key, h);
          changed = true;
        }
      }
      if (changed) setVersion((v) => v + 1);
    });
    return observer.current;
  };
  const forget = (el: Element) => {
    observer.current?.unobserve(el);
    const key = keyOf.current.get(el);
    keyOf.current.delete(el);
    if (key !== undefined && byKey.current.get(key) === el) byKey.current.delete(key);
  };
  useEffect(() => () => observer.current?.disconnect(), []);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setViewport({ top: el.scrollTop, height: el.clientHeight });
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    el.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      el.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scrollRef]);

  const offsets = useMemo(() => {
    const out = new Array<number>(count + 1);
    out[0] = header;
    for (let i = 0; i < count; i++) out[i + 1] = out[i]! + (measured.current.get(keys[i]!) ?? estimate(i));
    return out;
    // `version` invalidates the memo when a measurement changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, estimate, header, version]);

  let start = 0;
  let end = Math.min(count, FALLBACK_ROWS);
  if (viewport.height > 0) {
    const top = viewport.top - overscan;
    const bottom = viewport.top + viewport.height + overscan;
    start = Math.max(0, upperBound(offsets, top) - 1);
    end = Math.min(count, upperBound(offsets, bottom));
  }

  const measure = useCallback((key: string, el: HTMLElement | null) => {
    const ro = getObserver();
    if (!el || !ro) return;
    const known = byKey.current.get(key);
    if (known === el) return;
    if (known) forget(known);
    // Rows that left the window without a final report (e.g. removed between frames) are swept now and then.
    if (keyOf.current.size > 400) for (const old of [...keyOf.current.keys()]) if (!old.isConnected) forget(old);
    const previousKey = keyOf.current.get(el);
    if (previousKey !== undefined && byKey.current.get(previousKey) === el) byKey.current.delete(previousKey);
    byKey.current.set(key, el);
    keyOf.current.set(el, key);
    // A removed element is reported once more by the observer (size 0) and forgotten then.
    ro.observe(el);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- getObserver and forget only touch refs
  }, []);

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollRef.current;
      if (!el || index < 0 || index >= count) return;
      const top = offsets[index]!;
      const bottom = offsets[index + 1]!;
      if (top - header < el.scrollTop) el.scrollTop = top - header;
      else if (bottom > el.scrollTop + el.clientHeight) el.scrollTop = bottom - el.clientHeight;
    },
    [scrollRef, offsets, count, header],
  );

  return { start, end, offsets, total: offsets[count]!, measure, scrollToIndex };
}

function upperBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Which fixed-width columns are in view horizontally. */
export function useColumnWindow(scrollRef: RefObject<HTMLElement | null>, count: number, width: number, leading: number) {
  const [view, setView] = useState({ left: 0, width: 0 });
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setView({ left: el.scrollLeft, width: el.clientWidth });
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    el.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      el.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scrollRef]);
  if (view.width === 0) return { first: 0, last: Math.min(count, 8) };
  const first = Math.max(0, Math.floor((view.left - leading) / width) - 1);
  const last = Math.min(count, Math.ceil((view.left + view.width - leading) / width) + 1);
  return { first, last };
}
