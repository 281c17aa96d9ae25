import { describe, expect, it } from "vitest";
import { readable, settled } from "./readable-promise";

describe("readable", () => {
  it("marks a promise pending, then fulfilled with its value, and returns the same promise", async () => {
    let resolve!: (value: number) => void;
    const promise = new Promise<number>((done) => (resolve = done));
    const marked = readable(promise);
    expect(marked).toBe(promise);
    expect(marked.status).toBe("pending");
    resolve(42);
    await expect(marked).resolves.toBe(42);
    expect(marked).toMatchObject({ status: "fulfilled", value: 42 });
  });

  it("marks a rejection, which a reader still sees", async () => {
    const marked = readable(Promise.reject(new Error("gone")));
    await expect(marked).rejects.toThrow("gone");
    expect(marked.status).toBe("rejected");
    expect((marked.reason as Error).message).toBe("gone");
  });

  it("leaves a promise already marked alone", () => {
    const done = settled("here");
    expect(readable(done)).toBe(done);
    expect(done).toMatchObject({ status: "fulfilled", value: "here" });
  });
});

describe("settled", () => {
  it("is fulfilled from the start", async () => {
    const done = settled([1, 2]);
    expect(done.status).toBe("fulfilled");
    expect(done.value).toEqual([1, 2]);
    await expect(done).resolves.toEqual([1, 2]);
  });
});
