/**
 * The single Yjs runtime of the API. The API compiles to CommonJS, where `require('yjs')` loads yjs's CJS
 * build, while @parallax/doc (ESM) imports yjs's ESM build: two copies whose `instanceof` checks fail on
 * each other's types ("Yjs was already imported"). This file is an ES module, so its imports resolve to the
 * same ESM builds @parallax/doc and y-protocols use; every API file imports Yjs, y-protocols and lib0 from
 * here and never from the packages directly.
 */
export * as Y from 'yjs';
export * as syncProtocol from 'y-protocols/sync';
export * as awarenessProtocol from 'y-protocols/awareness';
export * as encoding from 'lib0/encoding';
export * as decoding from 'lib0/decoding';
