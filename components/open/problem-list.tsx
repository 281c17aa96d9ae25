import { groupDigits } from "@/lib/format";
import { describeProblem, type OpenProblem } from "@/lib/open-problems";

/** The first problems by row and field, and how many more there are. */
export function ProblemList({ problems, count }: { problems: OpenProblem[]; count: number }) {
  if (count === 0) return null;
  return (
    <section aria-labelledby="open-problems" className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-4">
      <h2 id="open-problems" className="text-lg font-semibold">
        {groupDigits(count)} problem{count === 1 ? "" : "s"}: the rows concerned are left out
      </h2>
      <ol className="flex max-h-96 list-decimal flex-col gap-1 overflow-auto pl-6 text-sm">
        {problems.map((problem, i) => (
          <li key={i} className="break-words">
            {describeProblem(problem)}
          </li>
        ))}
      </ol>
      {count > problems.length ? <p className="text-sm text-muted">… and {groupDigits(count - problems.length)} more, not listed.</p> : null}
    </section>
  );
}
