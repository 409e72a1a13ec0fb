import type { LinkView } from '@parallax/doc';
import type { MovingSentence } from '../hooks/use-doc-actions';
import type { SegmentInfo } from '../utils/grid';
import { DiffText } from './diff-text';
import { SENTENCE_MIME } from './dnd';
import { FlagBadges } from './flag-badges';
import { ShownRelationBadge } from './relation-badge';
import { shownRelation } from '../utils/shown-relation';

/**
 * One sentence in a cell: its diff against the base, its relation and flags. Editors can drag it into
 * another claim, or pick it with the keyboard (Enter or m) and choose the claim in a dialog.
 */
export function SentenceChip({
  segment,
  link,
  claimId,
  base,
  canEdit,
  picked,
  onPick,
  isBase = false,
  standIn = false,
  outletCount = 2,
}: {
  segment: SegmentInfo;
  link: LinkView | null;
  claimId: string | null;
  base: string | null;
  /** True in the base column, whose sentences are what the others are measured against. */
  isBase?: boolean;
  /** The row's base stands in for a comparison base that omits the claim. */
  standIn?: boolean;
  /** How many outlets report the claim; one means the sentence relates to nothing ("only here"). */
  outletCount?: number;
  canEdit: boolean;
  picked: boolean;
  onPick: (s: MovingSentence) => void;
}) {
  const moving: MovingSentence = { segmentId: segment.id, articleId: segment.articleId, fromClaimId: claimId };
  return (
    <div
      className={picked ? 'sentence-chip picked' : 'sentence-chip'}
      draggable={canEdit}
      data-segment-id={segment.id}
      onDragStart={(e) => {
        e.dataTransfer.setData(SENTENCE_MIME, JSON.stringify(moving));
        e.dataTransfer.setData('text/plain', segment.text);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <DiffText text={segment.text} base={base} />
      {link && (
        <span className="chip-meta">
          {(() => {
            const shown = shownRelation(link, segment.text, { base, isBase, standIn, outletCount });
            return (
              <>
                <ShownRelationBadge shown={shown} />
                {shown.kind === 'relation' && <FlagBadges flags={shown.flags} />}
              </>
            );
          })()}
          {link.origin === 'AUTO' && (
            <span className="muted small" title={`Aligned automatically, confidence ${Math.round(link.confidence * 100)}%`}>
              auto
            </span>
          )}
        </span>
      )}
      {canEdit && (
        <button
          type="button"
          className="chip-move"
          aria-label={`Move “${shorten(segment.text)}” to another claim`}
          aria-pressed={picked}
          onClick={() => onPick(moving)}
        >
          Move
        </button>
      )}
    </div>
  );
}

/** The first words of a sentence, to name it in a button label. */
function shorten(text: string): string {
  if (text.length <= 36) return text;
  const cut = text.slice(0, 36);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : 36)}…`;
}
