/**
 * The value for a `.checked=${…}` binding that pre-renders right. `@lit-labs/ssr` writes that
 * property as the `checked` attribute with the value as text, so `false` came out as
 * `checked="false"`, which HTML reads as checked: without JavaScript every radio group showed its
 * last option chosen. On a server an unchecked input gets no attribute; in the browser the
 * binding sets the property as before (also when it hydrates).
 */
import { isServer, nothing } from 'lit';

export function checked(on: boolean): boolean | typeof nothing {
  return isServer && !on ? nothing : on;
}
