/* The message catalogues and the one way to read them, shared by the core and the renderer. */
export * from './languages';
export * from './translate';
export * from './current';
export * from './fields';
export type { MessageKey } from './en';
export * from './vocabulary';
export * from './areas/convoys.keys';
export * from './areas/requests.keys';
