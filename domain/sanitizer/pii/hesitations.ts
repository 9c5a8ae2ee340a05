/**
 * Hesitations a voice transcript writes, shared by the patterns that let one pass between a cue and what it cues ("my
 * name's uh Bartholomew", "this is um thandiwe", "four one five, um, five five five"). Each pattern adds its own words
 * to these (a cue that takes "like", a digit reader that takes "hmm"); a list with fewer members stays where it is.
 */
/** English: "uh", "um", "er", "erm", "uhm". */
export const ENGLISH_HESITATIONS = 'uh|um|er|erm|uhm';
/** French and German, and the "eh" of several languages: "euh", "eh", "äh", "ähm". */
export const OTHER_HESITATIONS = 'euh|eh|äh|ähm';
