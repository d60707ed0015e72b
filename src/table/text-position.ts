import { partitionPoint } from '../shared/partition-point.js';

/** Maps character offsets in a text to 1-based line numbers. */
export function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1);
  }
  // The line is the count of line starts at or before the offset (the first, 0, always is).
  return (offset) =>
    Math.max(
      1,
      partitionPoint(starts, (start) => start <= offset),
    );
}
