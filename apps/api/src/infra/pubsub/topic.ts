/**
 * A typed pub/sub topic: its name is the GraphQL subscription field it feeds, and `P` the payload every
 * publisher must send and every subscriber receives. Payloads cross instances as JSON when Redis is
 * configured, so they hold strings and numbers only (a Date arrives as a string; resolvers revive it).
 */
export interface Topic<P> {
  readonly name: string;
  /** Never set: carries the payload type. */
  readonly payload?: P;
}

/** Declares a topic; `name` must match the subscription field, since the event is sent as `{ [name]: payload }`. */
export function defineTopic<P>(name: string): Topic<P> {
  return { name };
}
