import { transformOffset } from './use-note-binding';

describe('transformOffset (keeping my caret in place while others type in the note)', () => {
  it('moves the caret right when text is inserted before it, not after it', () => {
    expect(transformOffset(5, [{ insert: 'abc' }])).toBe(8);
    expect(transformOffset(5, [{ retain: 5 }, { insert: 'abc' }])).toBe(8);
    expect(transformOffset(5, [{ retain: 6 }, { insert: 'abc' }])).toBe(5);
  });

  it('moves the caret left by what was deleted before it, never past the deletion', () => {
    expect(transformOffset(5, [{ delete: 2 }])).toBe(3);
    expect(transformOffset(5, [{ retain: 3 }, { delete: 10 }])).toBe(3);
    expect(transformOffset(5, [{ retain: 5 }, { delete: 3 }])).toBe(5);
  });
});
