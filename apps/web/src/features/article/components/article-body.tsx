import { useState } from 'react';

interface SegmentView {
  id: string;
  index: number;
  paragraph: number;
  text: string;
}

/**
 * The cleaned body, paragraph by paragraph, each sentence a focusable span: hovering or focusing one
 * highlights it, and the sentence named by `highlightId` (e.g. from a comparison) is marked and scrolled to.
 */
export function ArticleBody({ segments, highlightId }: { segments: SegmentView[]; highlightId?: string | null }) {
  const [active, setActive] = useState<string | null>(null);
  const paragraphs = new Map<number, SegmentView[]>();
  for (const s of segments) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s]);
  return (
    <div className="article-body" data-testid="article-body">
      {[...paragraphs.entries()].map(([p, sentences]) => (
        <p key={p}>
          {sentences.map((s) => (
            <span
              key={s.id}
              id={`s-${s.id}`}
              tabIndex={0}
              className={['sentence', s.id === highlightId ? 'highlight' : '', s.id === active ? 'active' : ''].join(' ')}
              onMouseEnter={() => setActive(s.id)}
              onMouseLeave={() => setActive(null)}
              onFocus={() => setActive(s.id)}
              onBlur={() => setActive(null)}
              ref={s.id === highlightId ? (el) => el?.scrollIntoView({ block: 'center' }) : undefined}
              aria-label={`Sentence ${s.index + 1}`}
            >
              {s.text}{' '}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
