const DOWNLOADS = [
  ["/api/commitments.csv", "Capital committed (CSV)"],
  ["/api/cloud-commitments.csv", "Cloud spending committed back (CSV)"],
  ["/api/deal-terms.csv", "Deal terms (CSV)"],
  ["/api/channels.csv", "Distribution channels (CSV)"],
  ["/api/data.json", "Everything, with sources (JSON)"],
] as const;

/** The full data sets as static files: they work without JavaScript and from any script. */
export function DownloadLinks({ asOf, note }: { asOf: string; note: string | null }) {
  return (
    <footer className="flex flex-col gap-3 border-t border-line pt-6 text-sm">
      <h2 className="text-base font-semibold">Download the data</h2>
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {DOWNLOADS.map(([href, label]) => (
          <li key={href}>
            <a href={href} className="inline-block py-1 text-accent underline underline-offset-2" download>
              {label}
            </a>
          </li>
        ))}
      </ul>
      <p className="max-w-prose text-muted">
        Data as of {asOf}. {note}
      </p>
    </footer>
  );
}
