import type { ChangeOrigin, ClaimView, CommentView } from '@parallax/doc';
import { X } from 'lucide-react';
import type { RefObject } from 'react';
import type * as Y from 'yjs';
import type { Peer, PresenceState } from '../../../lib/collab/presence';
import type { DocActions } from '../hooks/use-doc-actions';
import type { ArticleColumn, GridRow, SegmentInfo } from '../utils/grid';
import { ClaimLabelEditor } from './claim-label-editor';
import { ClaimLinksList } from './claim-links-list';
import { CommentThreads } from './comment-threads';
import { MergeControl } from './merge-control';
import { NoteEditor } from './note-editor';
import { PresenceDots } from './presence-dots';
import { ClaimThreadsLink } from '../../threads/components/claim-threads-link';

/** Props of {@link ClaimInspector}. */
export interface ClaimInspectorProps {
  row: GridRow;
  index: number;
  claims: ClaimView[];
  columns: ArticleColumn[];
  /** The base of the diffs and the columns shown, which decide what each sentence's relation is measured against. */
  baseId: string | null;
  visibleColumns: ArticleColumn[];
  segments: Map<string, SegmentInfo>;
  comments: CommentView[];
  doc: Y.Doc;
  origin: ChangeOrigin;
  actions: DocActions;
  canEdit: boolean;
  peers: Peer[];
  labelRef: RefObject<HTMLInputElement | null>;
  publish: (patch: Partial<PresenceState>) => void;
  onClose: () => void;
}

/** The side panel of the selected claim: label, order, sentences, merge, note and comments. */
export function ClaimInspector(p: ClaimInspectorProps) {
  const { claim } = p.row;
  const prev = p.claims[p.index - 1];
  const next = p.claims[p.index + 1];
  const editing = (kind: PresenceState['editing']) => (on: boolean) => p.publish({ editing: on ? kind : null });
  const here = p.peers.filter((peer) => peer.focus?.claimId === claim.id);
  return (
    <aside className="inspector" aria-label={`Claim ${p.index + 1}`}>
      <header className="inspector-header">
        <span className="claim-number">Claim {p.index + 1}</span>
        <PresenceDots peers={here} />
        <button type="button" className="icon-button" aria-label="Close the claim panel" onClick={p.onClose}>
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      <ClaimThreadsLink claimId={claim.id} />
      <ClaimLabelEditor
        ref={p.labelRef}
        label={claim.label}
        canEdit={p.canEdit}
        onRename={(label) => p.actions.renameClaim(claim.id, label)}
        onFocusChange={editing('label')}
      />
      <div className="inspector-row">
        <button
          type="button"
          disabled={!p.canEdit || !prev}
          onClick={() => p.actions.moveClaimBetween(claim.id, p.claims[p.index - 2]?.id ?? null, prev!.id)}
          aria-keyshortcuts="Alt+ArrowUp"
        >
          ↑ Move up
        </button>
        <button
          type="button"
          disabled={!p.canEdit || !next}
          onClick={() => p.actions.moveClaimBetween(claim.id, next!.id, p.claims[p.index + 2]?.id ?? null)}
          aria-keyshortcuts="Alt+ArrowDown"
        >
          ↓ Move down
        </button>
        <button
          type="button"
          className="danger-link"
          disabled={!p.canEdit}
          onClick={() => p.actions.deleteClaim(claim.id)}
          title="Its sentences go back to “Not in any claim”; Undo brings it back"
        >
          Delete
        </button>
      </div>
      <MergeControl claim={claim} claims={p.claims} canEdit={p.canEdit} onMerge={(target) => p.actions.mergeClaims(target, [claim.id])} />
      <span className="section-label">Sentences</span>
      <ClaimLinksList
        row={p.row}
        columns={p.columns}
        baseId={p.baseId}
        visibleColumns={p.visibleColumns}
        segments={p.segments}
        actions={p.actions}
        canEdit={p.canEdit}
      />
      <NoteEditor
        key={claim.id}
        doc={p.doc}
        claimId={claim.id}
        origin={p.origin}
        canEdit={p.canEdit}
        peers={p.peers}
        onFocusChange={editing('note')}
      />
      <CommentThreads claimId={claim.id} comments={p.comments} actions={p.actions} canEdit={p.canEdit} onFocusChange={editing('comment')} />
    </aside>
  );
}
