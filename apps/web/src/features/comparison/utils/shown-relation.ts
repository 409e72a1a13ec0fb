/**
 * The relation a chip shows is measured against the text its diff is drawn against; the rule lives in
 * @parallax/align so that the exports write exactly what the screen shows.
 */
export { shownRelation, type ShownRelation, type ShownRelationContext } from '@parallax/align';
