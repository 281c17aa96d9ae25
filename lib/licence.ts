/**
 * The terms on which the compiled data may be reused, carried by every file that leaves the
 * site (chart images, the zip, the workbooks, JSON). None is on record yet, so the line says
 * so rather than claim one; set `LICENCE` when the project chooses its terms.
 */
export interface Licence {
  name: string;
  url: string;
}

export const LICENCE: Licence | null = null;

/** The one line a file carries about its reuse terms. */
export function licenceLine(licence: Licence | null = LICENCE): string {
  if (licence === null) return "Licence: none stated yet for this compilation; credit Stakes and the sources named.";
  return `Licence: ${licence.name} (${licence.url}).`;
}
