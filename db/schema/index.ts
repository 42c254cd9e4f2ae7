// The drizzle schema, one file per area. drizzle-kit reads this index to generate migrations.
export * from './common';
export * from './system';
export * from './partners';
export * from './sites';
export * from './catalogue';
export * from './stock';
export * from './jobs';
export * from './exchange';
export * from './convoys';
export * from './changelog';
export * from './requests';
export * from './operators';
