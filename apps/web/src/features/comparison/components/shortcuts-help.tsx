import { Dialog } from '../../../components/ui/dialog';
import { Kbd } from '../../../components/ui/kbd';

/** Every keyboard shortcut of the workspace. */
export const SHORTCUTS: [string[], string][] = [
  [['j'], 'Next claim'],
  [['k'], 'Previous claim'],
  [['Enter', 'r'], 'Rename the selected claim'],
  [['n'], 'Write in the note of the selected claim'],
  [['Alt', '↑ / ↓'], 'Move the selected claim up or down'],
  [['c'], 'New claim after the selected one'],
  [['m'], 'Move a picked sentence (Move button) to a claim'],
  [['x'], 'Select the claim for merging'],
  [['v'], 'Switch between side by side and coverage'],
  [['Ctrl', 'z'], 'Undo your last change'],
  [['Ctrl', 'Shift', 'z'], 'Redo'],
  [['Esc'], 'Close the panel or dialog'],
  [['?'], 'This help'],
];

/** The keyboard help dialog. */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={what}>
              <td>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && (keys[0] === 'Enter' ? ' or ' : ' + ')}
                    <Kbd>{k}</Kbd>
                  </span>
                ))}
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
