import { createClaim, linkSegment, ORIGIN, readComparisonDoc, type Relation } from '@parallax/doc';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as Y from 'yjs';
import type { ArticleColumn } from '../utils/grid';
import { RELATION_LABELS } from '../utils/labels';
import { ComparisonWorkspace } from './comparison-workspace';

const articles: ArticleColumn[] = [
  {
    id: 'a1',
    outletName: 'Dawn',
    headline: 'Pakistan and China upgrade CPEC',
    kind: 'NEWS',
    segments: [
      { id: 's1', articleId: 'a1', index: 0, text: 'Pakistan and China agreed to upgrade CPEC.' },
      { id: 's2', articleId: 'a1', index: 1, text: 'Pakistan vowed to protect Chinese nationals.' },
    ],
  },
  {
    id: 'a2',
    outletName: 'Xinhua',
    headline: 'China, Pakistan pledge closer ties',
    kind: 'NEWS',
    segments: [
      { id: 't1', articleId: 'a2', index: 0, text: 'China and Pakistan agreed on Thursday to upgrade CPEC.' },
      { id: 't2', articleId: 'a2', index: 1, text: 'Pakistan will protect Chinese personnel.' },
    ],
  },
];

/** A doc with two claims written by "the aligner", as a collaborator would receive it. */
function seededDoc(): Y.Doc {
  const doc = new Y.Doc();
  const o = ORIGIN.autoAlign;
  createClaim(doc, { id: 'c1', label: 'CPEC upgrade' }, o);
  createClaim(doc, { id: 'c2', label: 'Security of Chinese nationals' }, o);
  linkSegment(doc, { claimId: 'c1', segmentId: 's1', articleId: 'a1', relation: 'VERBATIM' }, o);
  linkSegment(doc, { claimId: 'c1', segmentId: 't1', articleId: 'a2', relation: 'PARAPHRASE' }, o);
  linkSegment(doc, { claimId: 'c2', segmentId: 's2', articleId: 'a1', relation: 'PARAPHRASE' }, o);
  linkSegment(doc, { claimId: 'c2', segmentId: 't2', articleId: 'a2', relation: 'PARAPHRASE' }, o);
  return doc;
}

function renderWorkspace(doc: Y.Doc, canEdit = true) {
  localStorage.clear();
  return render(
    <ComparisonWorkspace
      comparisonId="cmp"
      title="Joint statement"
      pivotArticleId={null}
      articles={articles}
      doc={doc}
      me={{ id: 'u1', name: 'Ann Editor' }}
      canEdit={canEdit}
    />,
  );
}

const claims = (doc: Y.Doc) => readComparisonDoc(doc).claims;

describe('ComparisonWorkspace claim editing', () => {
  it('renders claims as rows and outlets as columns with the diff against the base column', () => {
    renderWorkspace(seededDoc());
    const grid = screen.getByRole('grid', { name: 'Claims by outlet' });
    expect(within(grid).getByRole('button', { name: /CPEC upgrade/ })).toBeInTheDocument();
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Claims · 2', expect.stringContaining('Dawn'), expect.stringContaining('Xinhua')]);
    // Dawn is the base; Xinhua's added words are marked as inserted.
    expect([...grid.querySelectorAll('ins.diff-insert')].map((e) => e.textContent)).toContain('on Thursday');
  });

  it('renames a claim through its panel, writing the label to the shared doc', () => {
    const doc = seededDoc();
    renderWorkspace(doc);
    fireEvent.click(screen.getByRole('button', { name: /CPEC upgrade/ }));
    const input = screen.getByRole('textbox', { name: 'Claim label' });
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'Upgrade of the CPEC corridor' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(claims(doc)[0]).toMatchObject({ id: 'c1', label: 'Upgrade of the CPEC corridor', labelOrigin: 'HUMAN' });
    expect(screen.getByRole('grid')).toHaveTextContent('Upgrade of the CPEC corridor');
  });

  it('merges the selected claim into another one', () => {
    const doc = seededDoc();
    renderWorkspace(doc);
    fireEvent.click(screen.getByRole('button', { name: /Security of Chinese nationals/ }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Claim to merge into' }), { target: { value: 'c1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    const after = claims(doc);
    expect(after.map((c) => c.id)).toEqual(['c1']);
    expect(after[0]!.links.map((l) => l.segmentId).sort()).toEqual(['s1', 's2', 't1', 't2']);
  });

  it('merges several claims ticked in the grid', () => {
    const doc = seededDoc();
    renderWorkspace(doc);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select claim 1 for merging' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select claim 2 for merging' }));
    fireEvent.click(screen.getByRole('button', { name: 'Merge 2 claims' }));
    expect(claims(doc).map((c) => c.id)).toEqual(['c1']);
  });

  it('unlinks a sentence, which goes back to "Not in any claim"', () => {
    const doc = seededDoc();
    renderWorkspace(doc);
    fireEvent.click(screen.getByRole('button', { name: /CPEC upgrade/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Unlink the Xinhua sentence' }));
    expect(claims(doc)[0]!.links.map((l) => l.segmentId)).toEqual(['s1']);
    expect(readComparisonDoc(doc).rejections).toEqual([expect.objectContaining({ claimId: 'c1', segmentId: 't1', rejectedBy: 'u1' })]);
    const unassigned = screen.getByRole('rowheader', { name: /not in any claim/i }).closest('[role="row"]') as HTMLElement;
    expect(unassigned).toHaveTextContent('China and Pakistan agreed on Thursday to upgrade CPEC.');
  });

  it('shows in the claim panel the relations the grid shows: the base sentence is the base, the other is measured against it', () => {
    const doc = seededDoc();
    renderWorkspace(doc);
    fireEvent.click(screen.getByRole('button', { name: /CPEC upgrade/ }));
    // Dawn is the first column, so the base of the diffs: its stored VERBATIM is not offered as a relation.
    expect(screen.queryByRole('combobox', { name: 'Relation of the Dawn sentence' })).toBeNull();
    const xinhua = screen.getByRole('combobox', { name: 'Relation of the Xinhua sentence' }) as HTMLSelectElement;
    const grid = screen.getByRole('grid', { name: 'Claims by outlet' });
    const xinhuaChip = grid.querySelector('.sentence-chip[data-segment-id="t1"]') as HTMLElement;
    expect(xinhuaChip).toHaveTextContent(RELATION_LABELS[xinhua.value as Relation].short);
  });

  it('changes a relation and moves a sentence to another claim with the keyboard alternative to dragging', () => {
    const doc = seededDoc();
    renderWorkspace(doc);
    fireEvent.click(screen.getByRole('button', { name: /CPEC upgrade/ }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Relation of the Xinhua sentence' }), { target: { value: 'CONTRADICTS' } });
    expect(claims(doc)[0]!.links.find((l) => l.segmentId === 't1')).toMatchObject({ relation: 'CONTRADICTS', origin: 'HUMAN' });

    fireEvent.click(screen.getByRole('button', { name: 'Move “Pakistan vowed to protect Chinese…” to another claim', hidden: true }));
    const dialog = screen.getByRole('heading', { name: 'Move sentence to claim' }).closest('dialog') as HTMLElement;
    fireEvent.click(within(dialog).getByRole('button', { name: 'CPEC upgrade' }));
    const [c1, c2] = claims(doc);
    expect(c1!.links.map((l) => l.segmentId).sort()).toEqual(['s1', 's2', 't1']);
    expect(c2!.links.map((l) => l.segmentId)).toEqual(['t2']);
  });

  it('applies a remote change (another editor) to the view', async () => {
    const doc = seededDoc();
    renderWorkspace(doc);
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    remote.on('update', (u: Uint8Array) => Y.applyUpdate(doc, u, 'remote'));
    createClaim(remote, { id: 'c3', label: 'Taiwan' }, ORIGIN.user('u2'));
    await waitFor(() => expect(screen.getByRole('grid')).toHaveTextContent('Taiwan'));
  });

  it('shows a viewer everything but disables every editing control', () => {
    const doc = seededDoc();
    renderWorkspace(doc, false);
    expect(screen.getByRole('button', { name: 'New claim' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Select claim 1 for merging' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Move sentence/, hidden: true })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /CPEC upgrade/ }));
    expect(screen.getByRole('textbox', { name: 'Claim label' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Unlink the Xinhua sentence' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Relation of the Xinhua sentence' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Claim to merge into' })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Move up/ })).toBeDisabled();
    // Shortcuts do not edit either.
    fireEvent.keyDown(window, { key: 'c' });
    expect(claims(doc)).toHaveLength(2);
  });

  it('reads shared claims first, folds what one outlet alone says, and badges sentences as the diff shows them', () => {
    const doc = seededDoc();
    const o = ORIGIN.autoAlign;
    // c3 is a Xinhua-only claim; a stale "VERBATIM" on Xinhua's CPEC sentence must not survive its diff.
    createClaim(doc, { id: 'c3', label: 'Xinhua security line' }, o);
    linkSegment(doc, { claimId: 'c3', segmentId: 't2', articleId: 'a2', relation: 'VERBATIM' }, o);
    linkSegment(doc, { claimId: 'c1', segmentId: 't1', articleId: 'a2', relation: 'VERBATIM' }, o);
    renderWorkspace(doc);
    const grid = screen.getByRole('grid', { name: 'Claims by outlet' });
    const labels = within(grid)
      .getAllByRole('button', { name: /^\d+ / })
      .map((b) => b.textContent);
    expect(labels[0]).toMatch(/CPEC upgrade/);
    const toggle = within(grid).getByRole('button', { name: /Only in Xinhua · 1/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // The Xinhua sentence adds "on Thursday" to the base wording: the badge is measured, not the stored VERBATIM.
    const cpecRow = within(grid)
      .getByRole('button', { name: /CPEC upgrade/ })
      .closest('[role="row"]') as HTMLElement;
    expect(within(cpecRow).getByText('base')).toBeInTheDocument();
    expect(within(cpecRow).queryByText('Verbatim')).toBeNull();
    // A claim one outlet alone makes has no relation to anything.
    const xinhuaRow = toggle.closest('[role="row"]') as HTMLElement;
    expect(within(xinhuaRow).getByText('only here')).toBeInTheDocument();
  });
});

describe('ComparisonWorkspace before the doc has loaded', () => {
  const rowLabels = () =>
    screen
      .getAllByRole('rowheader')
      // Editors also get a drag handle (⋮⋮) in the row header.
      .map((h) => (h.textContent ?? '').replace('⋮⋮', ''))
      .filter((t) => !/not in any claim/i.test(t));

  it('draws the projected claims read-only, then the live doc in the same rows once it is passed instead', () => {
    localStorage.clear();
    const live = seededDoc();
    // The projection of the doc the server holds, shown while this client's doc is still empty.
    const projected = readComparisonDoc(live);
    const empty = new Y.Doc();
    const props = {
      comparisonId: 'cmp',
      title: 'Joint statement',
      pivotArticleId: null,
      articles,
      me: { id: 'u1', name: 'Ann Editor' },
      canEdit: true,
    };
    const { rerender } = render(<ComparisonWorkspace {...props} doc={empty} projected={projected} />);
    const before = rowLabels();
    expect(before).toEqual([expect.stringContaining('CPEC upgrade'), expect.stringContaining('Security of Chinese nationals')]);
    expect(screen.getByRole('grid')).toHaveTextContent('Pakistan vowed to protect Chinese nationals.');
    // Read-only: nothing to tick for merging, and the panel's label is disabled.
    expect(screen.getByRole('checkbox', { name: 'Select claim 1 for merging' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: /CPEC upgrade/ }));
    expect(screen.getByRole('textbox', { name: 'Claim label' })).toBeDisabled();
    // Key presses that edit do nothing to the (empty) doc.
    fireEvent.keyDown(document.body, { key: 'c' });
    expect(claims(empty)).toEqual([]);

    rerender(<ComparisonWorkspace {...props} doc={live} projected={null} />);
    expect(rowLabels()).toEqual(before);
    expect(screen.getByRole('checkbox', { name: 'Select claim 1 for merging' })).toBeEnabled();
    // The claim selected on the projection stays selected, now editable.
    expect(screen.getByRole('textbox', { name: 'Claim label' })).toHaveValue('CPEC upgrade');
    expect(screen.getByRole('textbox', { name: 'Claim label' })).toBeEnabled();
  });
});
