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
      <p className="max-w-prose">
        Keep your own list of deals?{" "}
        {/* A plain link, as every link of this static page: next/link would add its client code to the page. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/open" className="text-accent underline underline-offset-2">
          Open it here
        </a>{" "}
        (a CSV or this site&apos;s zip), checked by the same rules and shown in the same tables, without leaving your machine.
      </p>
    </footer>
  );
}
