import type { ThreadTimelineQuery } from '../../../gql/graphql';
import { ChangeFlags } from './change-flags';
import { WordingDiff } from './wording-diff';

type Thread = NonNullable<ThreadTimelineQuery['thread']>;
type Entry = Thread['timeline'][number];

/**
 * The timeline of a thread: one column per event in date order, one row per outlet, each cell the outlet's
 * wording diffed against the previous event's (its own, or the reference one when it was silent there) with
 * the change flags; "not reported" or "no article" otherwise; and the outlet's summary line.
 */
export function ThreadTimeline({ thread }: { thread: Thread }) {
  const outlets = [...new Set(thread.timeline.map((e) => e.outlet))];
  const summaryOf = new Map(thread.outletSummaries.map((s) => [s.outlet, s.summary]));
  const cellOf = (outlet: string, comparisonId: string) =>
    thread.timeline.find((e) => e.outlet === outlet && e.event.comparisonId === comparisonId);
  return (
    <table className="timeline" aria-label={`Timeline of ${thread.name}`}>
      <thead>
        <tr>
          <th scope="col">Outlet</th>
          {thread.events.map((e) => (
            <th scope="col" key={e.comparisonId} title={e.title}>
              {e.label}
            </th>
          ))}
          <th scope="col">Summary</th>
        </tr>
      </thead>
      <tbody>
        {outlets.map((outlet) => (
          <tr key={outlet}>
            <th scope="row">{outlet}</th>
            {thread.events.map((e) => (
              <td key={e.comparisonId}>
                <TimelineCell entry={cellOf(outlet, e.comparisonId)} />
              </td>
            ))}
            <td className="timeline-summary">{summaryOf.get(outlet)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TimelineCell({ entry }: { entry: Entry | undefined }) {
  if (!entry || entry.status === 'NO_ARTICLE') return <span className="muted">no article</span>;
  if (entry.status === 'NOT_REPORTED') return <span className="not-reported">not reported</span>;
  if (!entry.change) return <span>{entry.sentence}</span>;
  return (
    <>
      <WordingDiff ops={entry.change.ops} />
      <ChangeFlags flags={entry.change.flags} />
      {entry.change.against === 'REFERENCE' && <span className="muted small"> (against the previous event’s reference wording)</span>}
    </>
  );
}
