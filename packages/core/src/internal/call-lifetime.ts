import { watchdog } from './watchdog.js';
import type { Expiring } from './watchdog.js';

/**
 * When a call must stop: the caller's signal, the call's deadline and each attempt's timeout,
 * all on the one shared watchdog. The only mutable state of a call; everything else in its
 * context is frozen.
 */
export class CallLifetime implements Expiring {
  /** Why the call was stopped, once it was. */
  private stoppedBy: 'user' | 'deadline' | undefined;
  private timedOut = false;
  /** Aborted on the caller's abort or the deadline; made only when a wait needs it (AbortControllers are not free). */
  private waitController: AbortController | undefined;
  private attempt = new AbortController();
  private attempts = 0;
  /** When the watchdog stops this call (`performance.now()`): the attempt's timeout or the deadline, whichever is first. */
  dueAt = Number.POSITIVE_INFINITY;
  /** The deadline on the monotonic clock the watchdog uses (the injected clock may be a fake). */
  private readonly deadlineDueAt: number;
  private readonly onUserAbort = () => this.abort('user');

  constructor(
    private readonly timeoutMs: number,
    deadlineMs: number,
    readonly userSignal: AbortSignal | undefined,
    /** A streamed body outlives the call; the caller's signal must still be able to stop it. */
    private readonly streaming: boolean,
  ) {
    this.deadlineDueAt = deadlineMs > 0 ? performance.now() + deadlineMs : Number.POSITIVE_INFINITY;
    if (userSignal?.aborted) this.abort('user');
    else userSignal?.addEventListener('abort', this.onUserAbort, { once: true });
  }

  get reason(): 'user' | 'deadline' | undefined {
    return this.stoppedBy;
  }

  /** The current attempt ran out of its time. */
  get attemptTimedOut(): boolean {
    return this.timedOut;
  }

  /** Ends the current attempt's fetch and body read. */
  get attemptSignal(): AbortSignal {
    return this.attempt.signal;
  }

  private abort(reason: 'user' | 'deadline') {
    this.stoppedBy ??= reason;
    this.waitController?.abort();
    this.attempt.abort();
  }

  /** The signal that ends a wait (retry backoff, pacing, token refresh) on abort or deadline. */
  waitSignal(): AbortSignal {
    if (!this.waitController) {
      this.waitController = new AbortController();
      if (this.stoppedBy) this.waitController.abort();
    }
    // The first wait can come before any attempt (pacing, a token): the deadline must end it too.
    if (this.dueAt === Number.POSITIVE_INFINITY) this.watchDeadline();
    return this.waitController.signal;
  }

  /** The watchdog's callback: the deadline passed, or else this attempt's timeout. */
  expire(now: number) {
    if (now >= this.deadlineDueAt) {
      this.abort('deadline');
    } else {
      this.timedOut = true;
      this.attempt.abort();
    }
  }

  /** A new attempt gets a fresh signal (the first one uses the one made with the call). */
  nextAttempt() {
    if (this.attempts++ === 0) return;
    this.attempt = new AbortController();
    if (this.stoppedBy) this.attempt.abort();
  }

  /** The attempt's own timeout starts when its request goes out. */
  startAttemptTimer() {
    this.timedOut = false;
    if (this.stoppedBy) return;
    this.dueAt = this.timeoutMs > 0 ? Math.min(performance.now() + this.timeoutMs, this.deadlineDueAt) : this.deadlineDueAt;
    if (this.dueAt !== Number.POSITIVE_INFINITY) watchdog.watch(this);
  }

  /** Between attempts (and before the first) only the deadline stops the call. */
  stopAttemptTimer() {
    this.watchDeadline();
  }

  private watchDeadline() {
    this.dueAt = this.deadlineDueAt;
    // Once aborted, every later wait and attempt is aborted too; nothing is left to stop.
    if (this.dueAt === Number.POSITIVE_INFINITY || this.stoppedBy) watchdog.unwatch(this);
    else watchdog.watch(this);
  }

  dispose() {
    watchdog.unwatch(this);
    if (!this.streaming) this.userSignal?.removeEventListener('abort', this.onUserAbort);
  }
}
