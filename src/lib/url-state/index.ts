// Typed URL state: every lab declares its inputs with these, so links are shareable and restorable.
export * from './param-rules.ts';
export * from './param-schema.ts';
