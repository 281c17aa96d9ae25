import { describe, expect, it } from "vitest";
import { LICENCE, licenceLine } from "./licence";

describe("licenceLine", () => {
  it("says that no licence is stated, rather than claim one, while none is on record", () => {
    expect(LICENCE).toBeNull();
    expect(licenceLine()).toBe("Licence: none stated yet for this compilation; credit Stakes and the sources named.");
  });

  it("names a licence and its address once one is set", () => {
    expect(licenceLine({ name: "Example Licence 1.0", url: "https://example.org/licence" })).toBe("Licence: Example Licence 1.0 (https://example.org/licence).");
  });
});
