import type { CommentView } from '@parallax/doc';
import { type FormEvent, useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import type { DocActions } from '../hooks/use-doc-actions';

function Composer({
  label,
  onSubmit,
  disabled,
  onFocusChange,
}: {
  label: string;
  onSubmit: (body: string) => void;
  disabled: boolean;
  onFocusChange?: (editing: boolean) => void;
}) {
  const [body, setBody] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return;
    onSubmit(body.trim());
    setBody('');
  };
  return (
    <form className="composer" onSubmit={submit}>
      <label>
        <span className="visually-hidden">{label}</span>
        <textarea
          rows={2}
          value={body}
          disabled={disabled}
          placeholder={label}
          onChange={(e) => setBody(e.target.value)}
          onFocus={() => onFocusChange?.(true)}
          onBlur={() => onFocusChange?.(false)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) submit(e);
          }}
        />
      </label>
      <button type="submit" disabled={disabled || !body.trim()}>
        {label.startsWith('Reply') ? 'Reply' : 'Comment'}
      </button>
    </form>
  );
}

/** The comment threads on a claim: start one, reply, resolve and reopen; resolved threads fold away. */
export function CommentThreads({
  claimId,
  comments,
  actions,
  canEdit,
  onFocusChange,
}: {
  claimId: string;
  comments: CommentView[];
  actions: DocActions;
  canEdit: boolean;
  onFocusChange: (editing: boolean) => void;
}) {
  const [showResolved, setShowResolved] = useState(false);
  const mine = comments.filter((c) => c.anchor.kind === 'claim' && c.anchor.claimId === claimId);
  const roots = mine.filter((c) => c.parentId === null);
  const open = roots.filter((r) => !r.resolved);
  const resolved = roots.filter((r) => r.resolved);
  const thread = (root: CommentView) => (
    <li key={root.id} className={root.resolved ? 'thread resolved' : 'thread'}>
      <ul className="plain">
        {mine
          .filter((c) => c.threadId === root.id)
          .map((c) => (
            <li key={c.id} className="comment">
              <div className="comment-meta">
                <strong>{c.authorName}</strong> <span className="muted small">{formatDateTime(c.createdAt)}</span>
              </div>
              <p>{c.body}</p>
            </li>
          ))}
      </ul>
      <div className="thread-actions">
        {root.resolved ? (
          <button type="button" className="link-button small" disabled={!canEdit} onClick={() => actions.reopen(root.id)}>
            Reopen
          </button>
        ) : (
          <>
            <Composer label="Reply…" disabled={!canEdit} onSubmit={(body) => actions.reply(root.id, body)} onFocusChange={onFocusChange} />
            <button type="button" className="link-button small" disabled={!canEdit} onClick={() => actions.resolve(root.id)}>
              Resolve
            </button>
          </>
        )}
      </div>
    </li>
  );
  return (
    <section className="comments" aria-label="Comments">
      <span className="section-label">Comments {open.length > 0 && `· ${open.length} open`}</span>
      {open.length === 0 && <p className="muted small">No open comments.</p>}
      <ul className="plain">{open.map(thread)}</ul>
      {canEdit && (
        <Composer
          label="Start a thread…"
          disabled={!canEdit}
          onSubmit={(body) => actions.addComment(claimId, body)}
          onFocusChange={onFocusChange}
        />
      )}
      {resolved.length > 0 && (
        <button type="button" className="link-button small" onClick={() => setShowResolved((s) => !s)} aria-expanded={showResolved}>
          {showResolved ? 'Hide' : 'Show'} {resolved.length} resolved
        </button>
      )}
      {showResolved && <ul className="plain">{resolved.map(thread)}</ul>}
    </section>
  );
}
