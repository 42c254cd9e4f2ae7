import { uuidv7 } from 'uuidv7';

/** UUIDv7: time-ordered (good for B-tree inserts) and unique across installations. */
export const newId = (): string => uuidv7();
