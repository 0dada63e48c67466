/**
 * The id a step's `clock.countFrom` uses for the pathway's start date (`start-date` attribute).
 * On its own, without the schema, because the element's schedule needs it on the critical path.
 */
export const START = 'start';
