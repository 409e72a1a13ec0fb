import { Pencil, Trash2 } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Menu } from '../../../components/ui/menu';
import { RenameDialog } from '../../../components/ui/rename-dialog';
import { errorMessage } from '../../../lib/errors';
import { plural } from '../../../lib/format';
import { useComparisonActions } from '../hooks/use-comparison-actions';

/** What {@link ComparisonManage} needs to know about a comparison. */
export interface ManagedComparison {
  id: string;
  title: string;
  articleCount: number;
}

/**
 * The "…" menu of a comparison (Rename…, Delete…) with its dialogs. A delete cannot be undone, so it asks
 * first and says what goes (claims, notes, history) and what stays (the articles).
 */
export function ComparisonManage({
  comparison,
  canEdit,
  onRenamed,
  onDeleted,
  trigger,
}: {
  comparison: ManagedComparison;
  canEdit: boolean;
  onRenamed?: (title: string) => void;
  onDeleted?: () => void;
  trigger?: ReactNode;
}) {
  const actions = useComparisonActions();
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const close = () => {
    setDialog(null);
    actions.reset();
  };
  const rename = async (title: string) => {
    const renamed = await actions.rename(comparison.id, title).catch(() => null);
    if (!renamed) return;
    close();
    onRenamed?.(renamed.title);
  };
  const remove = async () => {
    if (!(await actions.remove(comparison.id).catch(() => null))) return;
    close();
    onDeleted?.();
  };
  return (
    <>
      <Menu
        label={`Actions for ${comparison.title}`}
        trigger={trigger}
        items={[
          { label: 'Rename…', icon: <Pencil size={15} aria-hidden="true" />, disabled: !canEdit, onSelect: () => setDialog('rename') },
          {
            label: 'Delete…',
            icon: <Trash2 size={15} aria-hidden="true" />,
            disabled: !canEdit,
            danger: true,
            onSelect: () => setDialog('delete'),
          },
        ]}
      />
      <RenameDialog
        open={dialog === 'rename'}
        title="Rename comparison"
        label="Title"
        value={comparison.title}
        busy={actions.renaming}
        error={actions.renameError ? errorMessage(actions.renameError) : null}
        onSave={(title) => void rename(title)}
        onClose={close}
      />
      <ConfirmDialog
        open={dialog === 'delete'}
        title="Delete comparison"
        confirmLabel="Delete comparison"
        danger
        busy={actions.removing}
        error={actions.removeError ? errorMessage(actions.removeError) : null}
        onConfirm={() => void remove()}
        onClose={close}
      >
        <p>
          Delete <strong className="break-anywhere">“{comparison.title}”</strong>? Its claims, notes, comments and history are deleted for
          everyone; anyone who has it open is told. The {plural(comparison.articleCount, 'article')} stay in the library.
        </p>
      </ConfirmDialog>
    </>
  );
}
