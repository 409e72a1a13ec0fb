import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';

/** A comparison was deleted; the collab engine closes its open sockets instead of keeping a dead room. */
export interface ComparisonDeleted {
  comparisonId: string;
}

/** In-process notice of deleted comparisons (the collab engine listens; it lives in access/ so the engine need not import the feature). */
@Injectable()
export class ComparisonLifecycle {
  private readonly emitter = new EventEmitter();

  /** Announces a deletion (after it is committed). */
  deleted(event: ComparisonDeleted): void {
    this.emitter.emit('deleted', event);
  }

  /** Calls `listener` for every deletion; returns a function that stops listening. */
  onDeleted(listener: (event: ComparisonDeleted) => void): () => void {
    this.emitter.on('deleted', listener);
    return () => this.emitter.off('deleted', listener);
  }
}
