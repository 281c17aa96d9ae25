"use client";

import { useId, useState, type DragEvent } from "react";

/**
 * A drop zone around a real file input: the input is what the keyboard and screen readers
 * reach (Tab, then Enter or Space opens the file chooser); dropping a file anywhere on the
 * zone does the same.
 */
export function FilePicker({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
      className={`flex flex-col items-start gap-3 rounded-xl border-2 border-dashed p-6 ${over ? "border-accent bg-sunken" : "border-line bg-surface"}`}
    >
      <label htmlFor={id} className="font-semibold">
        Open a CSV file or the zip this site exports
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,.zip,text/csv,application/zip"
        disabled={disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          // The same file may be chosen again after a fix.
          event.currentTarget.value = "";
        }}
        className="max-w-full text-sm file:mr-3 file:min-h-11 file:cursor-pointer file:rounded-md file:border file:border-line file:bg-sunken file:px-3 file:py-2 file:font-medium file:text-ink"
      />
      <p className="text-sm text-muted">or drop one here. At most 32 MB; a table&apos;s CSV from this site (or one with the same columns), or the &ldquo;Everything (.zip)&rdquo; download.</p>
    </div>
  );
}
