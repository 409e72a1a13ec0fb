import { Braces, ChevronDown, FileDown, FileSpreadsheet, FileText, Grid3x3, Printer } from 'lucide-react';
import { Menu } from '../../../components/ui/menu';

/**
 * Every export of the comparison in one menu (the session cookie authenticates the downloads). Files are
 * named by the server `<title>-<YYYY-MM-DD>.<format>`; the HTML report opens in a new tab, ready to print.
 */
export function ExportMenu({ comparisonId }: { comparisonId: string }) {
  const href = (ext: string) => `/api/comparisons/${comparisonId}/export.${ext}`;
  const icon = (Icon: typeof FileDown) => <Icon size={15} aria-hidden="true" />;
  return (
    <Menu
      label="Export"
      trigger={
        <button type="button" className="with-icon">
          <FileDown size={15} aria-hidden="true" /> Export <ChevronDown size={14} aria-hidden="true" />
        </button>
      }
      items={[
        { label: 'Report (HTML)', hint: 'Opens in a new tab, ready to print', icon: icon(Printer), href: href('html'), newTab: true },
        { label: 'Report (Markdown)', icon: icon(FileText), href: href('md'), download: true },
        'separator',
        { label: 'CSV', hint: 'One row per sentence', icon: icon(FileSpreadsheet), href: href('csv'), download: true },
        {
          label: 'Coverage CSV',
          hint: 'One row per claim, one column per outlet',
          icon: icon(Grid3x3),
          href: href('coverage.csv'),
          download: true,
        },
        { label: 'JSON', hint: 'Everything, to re-import elsewhere', icon: icon(Braces), href: href('json'), download: true },
      ]}
    />
  );
}
