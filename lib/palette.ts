import { slugify } from "./slug";

/**
 * One colour per company, everywhere: charts, badges and legends read a CSS variable named
 * after the company as the data names it (`--company-microsoft-azure`), which
 * `app/globals.css` sets for light and dark from the Okabe-Ito palette (distinct under the
 * common forms of colour blindness). A company with no colour of its own gets the neutral one,
 * so no name needs to be known here.
 */
export function companyColor(company: string): string {
  return `var(--company-${slugify(company)}, var(--color-other))`;
}

/** A backer's disclosed tranches shade from full colour to lighter, oldest first. */
const TRANCHE_OPACITY = [1, 0.72, 0.5, 0.36];

export function trancheOpacity(index: number): number {
  return TRANCHE_OPACITY[Math.min(index, TRANCHE_OPACITY.length - 1)];
}

