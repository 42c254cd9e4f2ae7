/**
 * The vocabularies of Corridor, defined once beside the contract: every kind, category, unit,
 * reason, condition and status, with the labels people read. db/schema takes its enum columns
 * from here, the contract its zod enums, the renderer its selects and labels; none of them
 * keeps a copy.
 */
export * from './sharing';
export * from './partners';
export * from './sites';
export * from './catalogue';
export * from './stock';
export * from './requests';
export * from './convoys';
