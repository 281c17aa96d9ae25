import { afterAll, beforeAll } from "vitest";

/** For tests that read the real data/ folder: no fixture folder may be configured meanwhile. */
export function readRealDataDir(): void {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.STAKES_DATA_DIR;
    delete process.env.STAKES_DATA_DIR;
  });
  afterAll(() => {
    if (saved !== undefined) process.env.STAKES_DATA_DIR = saved;
  });
}
