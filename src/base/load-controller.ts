/**
 * The lifetime of an element's bundle load, as a Lit reactive controller: one request at a time
 * (a new one aborts the last), aborted when the element leaves the document, and started again
 * when it comes back. Moving a node (React keyed lists, CMS widgets, `append` elsewhere)
 * disconnects and reconnects it; without the restart the element would show its loading state
 * for ever.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LoadController implements ReactiveController {
  private current: AbortController | undefined;
  private interrupted = false;

  /** `restart` starts the load again from the host's current attributes. */
  constructor(
    host: ReactiveControllerHost,
    private readonly restart: () => void,
  ) {
    host.addController(this);
  }

  /** Aborts any load in flight and returns the signal of a new one. */
  begin(): AbortSignal {
    this.cancel();
    this.current = new AbortController();
    return this.current.signal;
  }

  /** Marks the load with `signal` as settled (shown or failed): leaving the page no longer interrupts it. */
  settle(signal: AbortSignal): void {
    if (this.current?.signal === signal) this.current = undefined;
  }

  /** Aborts the load in flight, if any (a synchronous render or an idle element needs none). */
  cancel(): void {
    this.current?.abort();
    this.current = undefined;
    this.interrupted = false;
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    this.restart();
  }

  hostDisconnected(): void {
    if (!this.current) return;
    this.current.abort();
    this.current = undefined;
    this.interrupted = true;
  }
}
