/**
 * A promise as React's `use` reads it: once it has settled, marked with its status and value
 * (or reason) the way React marks the promises it tracks, so that `use` returns the value in the
 * same render instead of suspending for one more turn. What lets a table or chart whose code and
 * data are already here draw in one synchronous render (printing needs that).
 */
export type ReadablePromise<Value> = Promise<Value> & { status?: "pending" | "fulfilled" | "rejected"; value?: Value; reason?: unknown };

/** Marks `promise` as it settles; returns the same promise. A rejection is still seen by whoever reads it. */
export function readable<Value>(promise: Promise<Value>): ReadablePromise<Value> {
  const marked = promise as ReadablePromise<Value>;
  if (marked.status === undefined) {
    marked.status = "pending";
    // The handlers return nothing: returning the promise itself would chain it to itself.
    marked.then(
      (value) => {
        Object.assign(marked, { status: "fulfilled", value });
      },
      (reason: unknown) => {
        Object.assign(marked, { status: "rejected", reason });
      },
    );
  }
  return marked;
}

/** A promise `use` reads at once: the value is already here. */
export function settled<Value>(value: Value): ReadablePromise<Value> {
  return Object.assign(Promise.resolve(value), { status: "fulfilled" as const, value });
}
