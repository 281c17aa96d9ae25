import { labTables, type Dataset, type Dispute, type FigureGrade, type Lab } from "./schema";

/**
 * The labs the data covers, and each lab's share of it. Every page and download shapes one
 * lab's rows only, so that no other lab's money, terms or channels reach its tables,
 * charts or files. Pure: the validated data set in, a narrower one out.
 */

/** The lab whose page is the home page ("/"). The validator makes sure there is one. */
export function homeLab(labs: Lab[]): Lab {
  const lab = labs.find((candidate) => candidate.path === "/");
  if (!lab) throw new Error('no lab has the path "/"');
  return lab;
}

/** The lab with this id, or the home page's lab when none is named. */
export function findLab(labs: Lab[], labId?: string): Lab {
  if (labId === undefined) return homeLab(labs);
  const lab = labs.find((candidate) => candidate.id === labId);
  if (!lab) throw new Error(`unknown lab id "${labId}"`);
  return lab;
}

/**
 * The data set as one lab's page sees it: that lab's rows only, and only that lab in
 * `labs`; sources, disputes, market share and meta are shared and kept whole.
 */
export function datasetForLab(dataset: Dataset, labId: string): Dataset {
  const lab = findLab(dataset.labs, labId);
  const own = <Row extends { lab: string }>(rows: Row[]) => rows.filter((row) => row.lab === lab.id);
  return {
    ...dataset,
    labs: [lab],
    commitments: own(dataset.commitments),
    cloudCommitments: own(dataset.cloudCommitments),
    dealTerms: own(dataset.dealTerms),
    channels: own(dataset.channels),
    events: own(dataset.events),
  };
}

type LabRow = { lab: string; grades: Record<string, FigureGrade> };

/** Every row that belongs to a lab, whichever table it is in. */
const labRows = (dataset: Dataset): LabRow[] => labTables.flatMap((table): LabRow[] => dataset[table]);

/** The disputes the rows' figures refer to. */
function disputeIds(rows: LabRow[]): Set<string> {
  return new Set(rows.flatMap((row) => Object.values(row.grades).flatMap((grade) => (grade.dispute === null ? [] : [grade.dispute]))));
}

/**
 * The disputes a lab's page lists: those its own rows' figures refer to, and those no lab's
 * row refers to (market context, or a figure no row shows, such as a price left out). A
 * dispute only other labs' rows refer to is theirs.
 */
export function disputesForLab(dataset: Dataset, labId: string): Dispute[] {
  const rows = labRows(dataset);
  const own = disputeIds(rows.filter((row) => row.lab === labId));
  const anyLab = disputeIds(rows);
  return dataset.disputes.filter((dispute) => own.has(dispute.id) || !anyLab.has(dispute.id));
}

/**
 * The labs with a page of their own besides the home page (`/anthropic`), by id. A lab's id
 * and its page's path agree: the validator checks it.
 */
export function labPageIds(labs: Lab[]): string[] {
  return labs.flatMap((lab) => (lab.path === null || lab.path === "/" ? [] : [lab.id]));
}
