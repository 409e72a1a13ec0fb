import type { ClaimView } from '@parallax/doc';
import { Columns3, Eraser, Keyboard, Merge, Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import { Tooltip } from '../../../components/ui/tooltip';
import type { Peer } from '../../../lib/collab/presence';
import { plural } from '../../../lib/format';
import { PresenceBar } from './presence-bar';

/** The toolbar's buttons: who is here, save state, merge, new claim, empty-claim cleanup, columns, the page's actions, shortcuts. */
export function WorkspaceToolbarActions(p: {
  peers: Peer[];
  claims: ClaimView[];
  canEdit: boolean;
  checkedCount: number;
  emptyCount: number;
  visibleColumns: number;
  totalColumns: number;
  status?: ReactNode;
  actions?: ReactNode;
  onJump: (claimId: string) => void;
  onMerge: () => void;
  onNewClaim: () => void;
  onRemoveEmpty: () => void;
  onColumns: () => void;
  onHelp: () => void;
}) {
  return (
    <>
      <PresenceBar peers={p.peers} claims={p.claims} onJump={p.onJump} />
      {p.status}
      {p.canEdit && p.checkedCount >= 2 && (
        <button type="button" className="with-icon" onClick={p.onMerge}>
          <Merge size={15} aria-hidden="true" /> Merge {p.checkedCount} claims
        </button>
      )}
      {p.canEdit && p.emptyCount > 0 && (
        <Tooltip content="Claims no outlet's sentence supports any more">
          <button type="button" className="with-icon" onClick={p.onRemoveEmpty}>
            <Eraser size={15} aria-hidden="true" /> Remove {plural(p.emptyCount, 'empty claim')}
          </button>
        </Tooltip>
      )}
      <button type="button" className="with-icon" onClick={p.onNewClaim} disabled={!p.canEdit} aria-keyshortcuts="c">
        <Plus size={15} aria-hidden="true" /> New claim
      </button>
      <button type="button" className="with-icon" onClick={p.onColumns}>
        <Columns3 size={15} aria-hidden="true" /> Columns ({p.visibleColumns}/{p.totalColumns})
      </button>
      {p.actions}
      <Tooltip content="Keyboard shortcuts (?)">
        <button type="button" className="icon-button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" onClick={p.onHelp}>
          <Keyboard size={16} aria-hidden="true" />
        </button>
      </Tooltip>
    </>
  );
}
