/**
 * The one slug of a name, for URL keys (`terms.party=amazon`), element and pattern ids, the
 * CSS variables of company colours and file names: "Microsoft Azure" -> "microsoft-azure",
 * "IP rights" -> "ip-rights".
 */
export function slugify(value: string): string {
  const slug = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // A value with no letter or digit still needs a key that the URL can carry.
  return slug === "" ? "blank" : slug;
}
