// How the deadlock demo names its locks, in the graph, the table, the timeline and the lesson's sentences.

/** A lock's letter: A, B, C... (lock 0 is A). */
export const lockLetter = (lock: number) => String.fromCharCode(65 + lock);
