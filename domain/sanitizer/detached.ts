/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 makes a substring of 13 characters or
 * more a slice that keeps its whole parent alive: a cache keyed or holding such slices would keep every transcript
 * it saw a word of in the worker's memory. Shorter substrings are copies already.
 */
export const detached = (text: string): string =>
  text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
