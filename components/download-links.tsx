import { DATA_FILE, pageTableIds, TABLES, tableFileName } from "@/lib/tables";

/** A page's static files: one per table it shows, and its data set. */
const downloads = (home: boolean): [file: string, label: string][] => [
  ...pageTableIds(home).map((id): [string, string] => [tableFileName(id), `${TABLES[id].title} (CSV)`]),
  [DATA_FILE, "Everything, with sources (JSON)"],
];

/** The full data sets as static files: they work without JavaScript and from any script. */
export function DownloadLinks({ asOf, note, apiBase, home }: { asOf: string; note: string | null; apiBase: string; home: boolean }) {
  return (
    <footer className="flex flex-col gap-3 border-t border-line pt-6 text-sm">
      <h2 className="text-base font-semibold">Download the data</h2>
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {downloads(home).map(([file, label]) => (
          <li key={file}>
            <a href={`${apiBase}/${file}`} className="inline-block py-1 text-accent underline underline-offset-2" download>
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
