import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DiffOpModel } from '../../alignment/models/alignment.model.js';
import { Comparison } from '../../comparisons/models/comparison.model.js';

/** What changed between an outlet's wording and the previous event's (see @parallax/align threads). */
export enum ChangeFlag {
  HEDGE_ADDED = 'HEDGE_ADDED',
  HEDGE_REMOVED = 'HEDGE_REMOVED',
  QUALIFIER_CHANGED = 'QUALIFIER_CHANGED',
  ENTITY_RENAMED = 'ENTITY_RENAMED',
  NUMBER_CHANGED = 'NUMBER_CHANGED',
  ATTRIBUTION_CHANGED = 'ATTRIBUTION_CHANGED',
}
registerEnumType(ChangeFlag, {
  name: 'ChangeFlag',
  description: 'A hedge added or removed, a qualifier reworded, a name, a number or the attribution changed.',
});

/** Whether an outlet reported the claim in an event. */
export enum TimelineStatus {
  REPORTED = 'REPORTED',
  NOT_REPORTED = 'NOT_REPORTED',
  NO_ARTICLE = 'NO_ARTICLE',
}
registerEnumType(TimelineStatus, {
  name: 'TimelineStatus',
  description: 'REPORTED; NOT_REPORTED (the outlet has an article in the event but not this claim); NO_ARTICLE.',
});

@ObjectType({ description: 'One event of a thread: a comparison and the claim the thread links there.' })
export class ThreadEvent {
  @Field(() => ID) comparisonId: string;
  @Field(() => ID) claimId: string;
  @Field(() => Comparison) comparison: Comparison;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'ISO date of the event (its earliest article).' }) date: string | null;
  @Field({ description: 'A short name of the date, e.g. "Jan 2026".' }) label: string;
  @Field(() => String, { nullable: true, description: 'The reference wording (pivot or first article).' }) referenceSentence: string | null;
}

@ObjectType({ description: "An outlet's wording against the previous event's, word by word." })
export class WordingChange {
  @Field(() => ID) previousComparisonId: string;
  @Field({ description: 'OUTLET: against its own previous wording; REFERENCE: the outlet was silent, so against the reference.' })
  against: string;
  @Field() previousSentence: string;
  @Field(() => [DiffOpModel]) ops: DiffOpModel[];
  @Field(() => [ChangeFlag]) flags: ChangeFlag[];
}

@ObjectType({ description: 'One outlet in one event of a thread.' })
export class TimelineEntry {
  @Field(() => ThreadEvent) event: ThreadEvent;
  @Field() outlet: string;
  @Field(() => TimelineStatus) status: TimelineStatus;
  @Field(() => String, { nullable: true, description: 'The outlet’s wording; null when not reported.' }) sentence: string | null;
  @Field(() => [ID]) segmentIds: string[];
  @Field(() => WordingChange, { nullable: true }) change: WordingChange | null;
}

@ObjectType({ description: 'An outlet across the events of a thread, in one line ("reported in both", "dropped in Jan 2026").' })
export class OutletSummary {
  @Field() outlet: string;
  @Field() summary: string;
}
