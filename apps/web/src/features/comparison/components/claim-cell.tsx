import type { LinkView } from '@parallax/doc';
import type { MovingSentence } from '../hooks/use-doc-actions';
import type { SegmentInfo } from '../utils/grid';
import { SentenceChip } from './sentence-chip';

/** One outlet's sentences for one claim, or a quiet "not reported" when the outlet omits the claim. */
export function ClaimCell({
  links,
  claimId,
  segments,
  base,
  isBase,
  standIn = false,
  canEdit,
  picked,
  onPick,
  outletCount = 2,
}: {
  links: LinkView[] | undefined;
  claimId: string;
  segments: Map<string, SegmentInfo>;
  base: string | null;
  isBase: boolean;
  /** The row's base stands in for a comparison base that omits the claim. */
  standIn?: boolean;
  canEdit: boolean;
  picked: string | null;
  onPick: (s: MovingSentence) => void;
  /** How many outlets report the claim. */
  outletCount?: number;
}) {
  if (!links?.length) return <span className="not-reported">not reported</span>;
  return (
    <>
      {links.map((link) => {
        const segment = segments.get(link.segmentId);
        if (!segment) return null;
        return (
          <SentenceChip
            key={link.segmentId}
            segment={segment}
            link={link}
            claimId={claimId}
            base={isBase ? null : base}
            isBase={isBase}
            standIn={standIn}
            outletCount={outletCount}
            canEdit={canEdit}
            picked={picked === link.segmentId}
            onPick={onPick}
          />
        );
      })}
    </>
  );
}
