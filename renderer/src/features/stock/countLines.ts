/** Count-sheet lines asked for first: more than a screen holds (CountsPage prefetches exactly this, CountSheet takes it). */
export const FIRST_LINES = 200;
