import { compareCodes } from '../table/code-index.js';
import type { CodeEntry, CodeTable } from '../table/types.js';

/** One side of a drift report: a source's name and its codes. */
export interface DriftSide {
  readonly label: string;
  readonly entries: readonly CodeEntry[];
}

/** What two sources of codes share and what each has that the other lacks, sorted by code point. */
export interface Drift {
  readonly left: DriftSide;
  readonly right: DriftSide;
  readonly both: readonly string[];
  readonly onlyLeft: readonly CodeEntry[];
  readonly onlyRight: readonly CodeEntry[];
}

export function compareSources(left: DriftSide, right: DriftSide): Drift {
  const leftCodes = new Set(left.entries.map((e) => e.code));
  const rightCodes = new Set(right.entries.map((e) => e.code));
  const sorted = (entries: readonly CodeEntry[]) => [...entries].sort((a, b) => compareCodes(a.code, b.code));
  return {
    left,
    right,
    both: [...leftCodes].filter((code) => rightCodes.has(code)).sort(compareCodes),
    onlyLeft: sorted(left.entries.filter((e) => !rightCodes.has(e.code))),
    onlyRight: sorted(right.entries.filter((e) => !leftCodes.has(e.code))),
  };
}

/**
 * The two sources a catalogue product table was merged from, by each code's provenance: its error-code page
 * (`page`, `both`) and the SDK (`sdk`, `both`). Common codes that neither lists are on neither side.
 */
export function pageAndSdk(table: CodeTable, sdkLabel = 'the SDK'): [DriftSide, DriftSide] {
  return [
    {
      label: 'the error-code page',
      entries: table.codes.filter((e) => e.provenance === 'page' || e.provenance === 'both'),
    },
    { label: sdkLabel, entries: table.codes.filter((e) => e.provenance === 'sdk' || e.provenance === 'both') },
  ];
}

/** The report as text: a summary line, then each side's extra codes, one a line with their descriptions. */
export function formatDrift(drift: Drift, title: string): string {
  const { left, right } = drift;
  const lines = [
    `${title}: ${left.label} (${left.entries.length} codes) and ${right.label} (${right.entries.length} codes) share ${drift.both.length}`,
  ];
  for (const [label, entries] of [
    [left.label, drift.onlyLeft],
    [right.label, drift.onlyRight],
  ] as const) {
    lines.push(`only in ${label} (${entries.length}):`);
    for (const { code, description } of entries) {
      lines.push(`  ${code}  ${description.zh}${description.en === undefined ? '' : ` — ${description.en}`}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
