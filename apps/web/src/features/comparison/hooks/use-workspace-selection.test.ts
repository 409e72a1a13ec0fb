import { selectionReducer, type SelectionState } from './use-workspace-selection';

const initial: SelectionState = {
  view: 'side-by-side',
  selected: null,
  focusedArticle: null,
  focusSelection: false,
  checked: new Set(),
  picked: null,
  dialog: null,
};
const sentence = { segmentId: 's1', articleId: 'a1', fromClaimId: 'c1' };

describe('selectionReducer', () => {
  it('selects a claim, remembering whether the keyboard did it and which outlet cell', () => {
    const s = selectionReducer(initial, { type: 'select', claimId: 'c1', byKeyboard: true, articleId: 'a2' });
    expect(s).toMatchObject({ selected: 'c1', focusSelection: true, focusedArticle: 'a2' });
    expect(selectionReducer(s, { type: 'select', claimId: null })).toMatchObject({
      selected: null,
      focusSelection: false,
      focusedArticle: null,
    });
  });

  it('toggles the view and ticks, and prunes ticks of claims that are gone', () => {
    expect(selectionReducer(initial, { type: 'view', view: 'toggle' }).view).toBe('coverage');
    let s = selectionReducer(initial, { type: 'toggleCheck', claimId: 'a' });
    s = selectionReducer(s, { type: 'toggleCheck', claimId: 'b' });
    expect([...selectionReducer(s, { type: 'pruneChecks', claimIds: new Set(['b']) }).checked]).toEqual(['b']);
    expect(selectionReducer(s, { type: 'pruneChecks', claimIds: new Set(['a', 'b']) })).toBe(s);
    expect(selectionReducer(s, { type: 'clearChecks' }).checked.size).toBe(0);
  });

  it('picks a sentence into the move dialog, and picking it again puts it down', () => {
    const s = selectionReducer(initial, { type: 'pick', sentence });
    expect(s).toMatchObject({ picked: sentence, dialog: 'move' });
    expect(selectionReducer(s, { type: 'pick', sentence }).picked).toBeNull();
    expect(selectionReducer(s, { type: 'dropPicked' })).toMatchObject({ picked: null, dialog: null });
  });
});
