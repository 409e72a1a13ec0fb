// jsdom lacks TextEncoder/TextDecoder, which react-router and yjs use; borrow Node's.
const { TextEncoder, TextDecoder } = require('node:util');
Object.assign(globalThis, { TextEncoder, TextDecoder });
