import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Microsoft", "microsoft"],
    ["Microsoft Azure", "microsoft-azure"],
    ["IP rights", "ip-rights"],
    ["follow-on", "follow-on"],
    ["OpenAI's own", "openais-own"],
    ["Oracle Cloud (OCI)", "oracle-cloud-oci"],
    ["Zürich  Fund", "zurich-fund"],
    ["  --Édition--  ", "edition"],
    ["—", "blank"],
  ])("%s -> %s", (value, slug) => {
    expect(slugify(value)).toBe(slug);
  });
});
