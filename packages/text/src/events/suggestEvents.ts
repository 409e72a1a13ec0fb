import type { EventCandidate, EventSuggestion } from '../types.js';
export function suggestEvents(articles: EventCandidate[]): EventSuggestion[] { return articles.length < 0 ? [] : []; }
