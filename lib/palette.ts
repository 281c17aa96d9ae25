/**
 * One colour per company, everywhere: charts, badges and legends read these CSS variables,
 * which `app/globals.css` sets for light and dark. Hues come from the Okabe-Ito palette,
 * which stays distinct under the common forms of colour blindness.
 */
const COMPANY_VARS: Record<string, string> = {
  Microsoft: "--color-msft",
  Amazon: "--color-amzn",
  // Market-share data names the cloud, not the company: the same colour either way.
  AWS: "--color-amzn",
  "Microsoft Azure": "--color-msft",
  OpenAI: "--color-openai",
  Google: "--color-google",
  Oracle: "--color-oracle",
  Nvidia: "--color-nvda",
  SoftBank: "--color-sftb",
};

export function companyColor(company: string): string {
  return `var(${Object.hasOwn(COMPANY_VARS, company) ? COMPANY_VARS[company] : "--color-other"})`;
}

/** A stable id fragment for SVG patterns and element ids: "Microsoft" -> "microsoft". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A backer's disclosed tranches shade from full colour to lighter, oldest first. */
const TRANCHE_OPACITY = [1, 0.72, 0.5, 0.36];

export function trancheOpacity(index: number): number {
  return TRANCHE_OPACITY[Math.min(index, TRANCHE_OPACITY.length - 1)];
}

