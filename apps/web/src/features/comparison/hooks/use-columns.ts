import { useEffect, useMemo, useState } from 'react';
import type { ArticleColumn } from '../utils/grid';

interface Stored {
  order: string[];
  hidden: string[];
  base: string | null;
}

const key = (comparisonId: string) => `parallax.columns.${comparisonId}`;

function load(comparisonId: string): Stored | null {
  try {
    const raw = localStorage.getItem(key(comparisonId));
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

/**
 * Which outlet columns are shown, in which order, and which is the base of the word diffs. Kept per
 * comparison in this browser (a personal view setting, not shared with co-editors).
 */
export function useColumns(comparisonId: string, articles: ArticleColumn[], pivotArticleId: string | null) {
  const [stored, setStored] = useState<Stored>(() => load(comparisonId) ?? { order: [], hidden: [], base: null });
  useEffect(() => {
    try {
      localStorage.setItem(key(comparisonId), JSON.stringify(stored));
    } catch {
      /* storage full or disabled: the setting lasts for this visit */
    }
  }, [comparisonId, stored]);

  const ordered = useMemo(() => {
    const rank = new Map(stored.order.map((id, i) => [id, i]));
    // The pivot (official text) comes first unless the user moved it; new articles go at the end.
    return [...articles].sort((a, b) => {
      const ra = rank.get(a.id) ?? (a.id === pivotArticleId ? -1 : 1e6 + articles.indexOf(a));
      const rb = rank.get(b.id) ?? (b.id === pivotArticleId ? -1 : 1e6 + articles.indexOf(b));
      return ra - rb;
    });
  }, [articles, stored.order, pivotArticleId]);
  const hidden = useMemo(() => new Set(stored.hidden), [stored.hidden]);
  // The same array while nothing changed: the rows (15,000 links for 50 outlets × 300 claims) are rebuilt
  // whenever it changes, and a fresh one on every render rebuilt them on each key press and presence update.
  const visible = useMemo(() => ordered.filter((a) => !hidden.has(a.id)), [ordered, hidden]);
  const baseId = visible.some((a) => a.id === stored.base)
    ? stored.base
    : (visible.find((a) => a.id === pivotArticleId)?.id ?? visible[0]?.id ?? null);

  return {
    ordered,
    visible,
    hidden,
    baseId,
    setBase: (id: string) => setStored((s) => ({ ...s, base: id })),
    toggle: (id: string) =>
      setStored((s) => ({ ...s, hidden: s.hidden.includes(id) ? s.hidden.filter((h) => h !== id) : [...s.hidden, id] })),
    move: (id: string, delta: -1 | 1) =>
      setStored((s) => {
        const order = ordered.map((a) => a.id);
        const i = order.indexOf(id);
        const j = i + delta;
        if (i < 0 || j < 0 || j >= order.length) return s;
        [order[i], order[j]] = [order[j]!, order[i]!];
        return { ...s, order };
      }),
    showAll: () => setStored((s) => ({ ...s, hidden: [] })),
  };
}

/** The column state and setters, for components that receive them. */
export type Columns = ReturnType<typeof useColumns>;
