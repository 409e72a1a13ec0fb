import { Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Menu } from '../../../components/ui/menu';
import { RenameDialog } from '../../../components/ui/rename-dialog';
import { errorMessage } from '../../../lib/errors';
import { plural } from '../../../lib/format';
import { useArticleActions } from '../hooks/use-article-actions';

/** What {@link ArticleManage} needs to know about an article. */
export interface ManagedArticle {
  id: string;
  headline: string | null;
  comparisonCount: number;
}

/**
 * The "…" menu of a library article: rename its headline, or delete it. An article that comparisons use
 * cannot be deleted (their columns would go blank); the menu says by how many, instead of offering it.
 */
export function ArticleManage({ article, canEdit }: { article: ManagedArticle; canEdit: boolean }) {
  const actions = useArticleActions();
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const name = article.headline ?? 'Untitled article';
  const inUse = article.comparisonCount > 0;
  const close = () => {
    setDialog(null);
    actions.reset();
  };
  return (
    <>
      <Menu
        label={`Actions for ${name}`}
        items={[
          { label: 'Rename…', icon: <Pencil size={15} aria-hidden="true" />, disabled: !canEdit, onSelect: () => setDialog('rename') },
          {
            label: 'Delete…',
            icon: <Trash2 size={15} aria-hidden="true" />,
            danger: true,
            disabled: !canEdit || inUse,
            hint: inUse
              ? `Used by ${plural(article.comparisonCount, 'comparison')}; delete ${article.comparisonCount === 1 ? 'it' : 'them'} first`
              : undefined,
            onSelect: () => setDialog('delete'),
          },
        ]}
      />
      <RenameDialog
        open={dialog === 'rename'}
        title="Rename article"
        label="Headline"
        value={article.headline ?? ''}
        maxLength={500}
        busy={actions.renaming}
        error={actions.renameError ? errorMessage(actions.renameError) : null}
        onSave={(headline) =>
          void actions
            .rename(article.id, headline)
            .then((ok) => ok && close())
            .catch(() => null)
        }
        onClose={close}
      />
      <ConfirmDialog
        open={dialog === 'delete'}
        title="Delete article"
        confirmLabel="Delete article"
        danger
        busy={actions.removing}
        error={actions.removeError ? errorMessage(actions.removeError) : null}
        onConfirm={() =>
          void actions
            .remove(article.id)
            .then((ok) => ok && close())
            .catch(() => null)
        }
        onClose={close}
      >
        <p>
          Delete <strong className="break-anywhere">“{name}”</strong> from the library? No comparison uses it. Import it again to get it
          back.
        </p>
      </ConfirmDialog>
    </>
  );
}
