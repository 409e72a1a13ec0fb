/** One operation of a word diff as the API sends it. */
export interface WordOp {
  type: string;
  baseText: string;
  otherText: string;
}

/**
 * A wording diffed against the previous event's: new words inserted (<ins>), dropped words struck (<del>),
 * replaced words shown both ways, moved phrases marked as moves.
 */
export function WordingDiff({ ops }: { ops: readonly WordOp[] }) {
  return (
    <span className="diff">
      {ops.map((op, i) => {
        const gap = i > 0 ? ' ' : '';
        if (op.type === 'equal')
          return (
            <span key={i}>
              {gap}
              {op.otherText}
            </span>
          );
        if (op.type === 'insert')
          return (
            <span key={i}>
              {gap}
              <ins className="diff-insert" title="New in this event">
                {op.otherText}
              </ins>
            </span>
          );
        if (op.type === 'delete')
          return (
            <span key={i}>
              {gap}
              <del className="diff-delete" title="In the previous event, dropped here">
                {op.baseText}
              </del>
            </span>
          );
        if (op.type === 'move')
          return (
            <span key={i}>
              {gap}
              <span className="diff-move" title="Moved">
                {op.otherText}
              </span>
            </span>
          );
        return (
          <span key={i} className="diff-replace" title={`Previous event: “${op.baseText}”`}>
            {gap}
            <del className="diff-delete">{op.baseText}</del> <ins className="diff-insert">{op.otherText}</ins>
          </span>
        );
      })}
    </span>
  );
}
