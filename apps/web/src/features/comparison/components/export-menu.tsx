/** Downloads of the comparison (the session cookie authenticates them). */
export function ExportMenu({ comparisonId }: { comparisonId: string }) {
  const href = (ext: string) => `/api/comparisons/${comparisonId}/export.${ext}`;
  return (
    <details className="menu">
      <summary>Export</summary>
      <ul className="menu-list" aria-label="Export formats">
        <li>
          <a href={href('csv')} download>
            CSV (one row per sentence)
          </a>
        </li>
        <li>
          <a href={href('json')} download>
            JSON (claims, links, notes)
          </a>
        </li>
        <li>
          <a href={href('md')} download>
            Report (Markdown)
          </a>
        </li>
      </ul>
    </details>
  );
}
