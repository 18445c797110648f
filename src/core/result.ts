/**
 * The one shape of a failure at the edges: a function that can fail on what the user gave it
 * (a cell, a path, a file) returns a `Result` — the value, or the reason it failed as data the
 * caller turns into a message. Exceptions are left for bugs and for what nobody could expect
 * (a disk that fails, a host that breaks).
 *
 * `ok` is the tag (`if (!r.ok) … r.error`, then `r.value`), as TypeScript narrows on it and a
 * reader sees at once which branch is the failure. Hot paths keep their failures as constants
 * (`const NOT_AMOUNT = fail('notAmount')`), so a failure allocates nothing.
 */

/** Success: the value. */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/** An expected failure: why, as data (a code, or a code with what it is about). */
export interface Fail<E> {
  readonly ok: false;
  readonly error: E;
}

export type Result<T, E> = Ok<T> | Fail<E>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function fail<E>(error: E): Fail<E> {
  return { ok: false, error };
}
