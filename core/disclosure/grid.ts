/**
 * A table of counts with its margins, and the places in it: a body cell, a row's total, a
 * column's total, or the grand total. Pure.
 *
 * Seen as one grid with an extra "total" row and column, every line of it adds up: each row's
 * cells to its total, each column's to its total, the row totals and the column totals each to
 * the grand total. Disclosure control treats margins as cells of that grid.
 */
import { assertCount } from "./cells.js";

export interface TablePosition {
  readonly row: number | "total";
  readonly column: number | "total";
}

export interface TableOf<T> {
  /** rows × columns. */
  readonly cells: readonly (readonly T[])[];
  readonly rowTotals: readonly T[];
  readonly columnTotals: readonly T[];
  readonly grandTotal: T;
}

export interface TableSize {
  readonly rows: number;
  readonly columns: number;
}

export const sizeOf = (table: TableOf<unknown>): TableSize => ({ rows: table.rowTotals.length, columns: table.columnTotals.length });

/** Every position: the body row by row, then the row totals, the column totals and the grand total. */
export function tablePositions({ rows, columns }: TableSize): TablePosition[] {
  const positions: TablePosition[] = [];
  for (let row = 0; row < rows; row += 1) for (let column = 0; column < columns; column += 1) positions.push({ row, column });
  for (let row = 0; row < rows; row += 1) positions.push({ row, column: "total" });
  for (let column = 0; column < columns; column += 1) positions.push({ row: "total", column });
  positions.push({ row: "total", column: "total" });
  return positions;
}

export const isMargin = (position: TablePosition): boolean => position.row === "total" || position.column === "total";

export const describePosition = (position: TablePosition): string => `(${position.row}, ${position.column})`;

/** The body cells a position adds up, as indices row × columns + column. */
export function cellsCountedBy(position: TablePosition, { rows, columns }: TableSize): number[] {
  const rowRange = position.row === "total" ? range(rows) : [position.row];
  const columnRange = position.column === "total" ? range(columns) : [position.column];
  return rowRange.flatMap((row) => columnRange.map((column) => row * columns + column));
}

export function valueAt<T>(table: TableOf<T>, position: TablePosition): T {
  const found =
    position.row === "total"
      ? position.column === "total"
        ? table.grandTotal
        : table.columnTotals[position.column]
      : position.column === "total"
        ? table.rowTotals[position.row]
        : table.cells[position.row]?.[position.column];
  if (found === undefined) throw new RangeError(`No position ${describePosition(position)} in the table.`);
  return found;
}

/** The same table with each value (margins too) replaced by `change(value, position)`. */
export function mapTable<T, U>(table: TableOf<T>, change: (value: T, position: TablePosition) => U): TableOf<U> {
  return {
    cells: table.cells.map((cells, row) => cells.map((value, column) => change(value, { row, column }))),
    rowTotals: table.rowTotals.map((value, row) => change(value, { row, column: "total" })),
    columnTotals: table.columnTotals.map((value, column) => change(value, { row: "total", column })),
    grandTotal: change(table.grandTotal, { row: "total", column: "total" }),
  };
}

/**
 * A table of counts with its margins added up. Refuses an empty or ragged table, and anything in
 * it that is not a count.
 */
export function withMargins(counts: readonly (readonly number[])[]): TableOf<number> {
  const columns = counts[0]?.length ?? 0;
  if (counts.length === 0 || columns === 0) throw new RangeError("A table has at least one row and one column.");
  if (counts.some((row) => row.length !== columns)) throw new RangeError(`Every row of the table has ${columns} cells.`);
  counts.flat().forEach(assertCount);
  const rowTotals = counts.map((row) => sum(row));
  const columnTotals = range(columns).map((column) => sum(counts.map((row) => row[column] ?? 0)));
  return { cells: counts, rowTotals, columnTotals, grandTotal: sum(rowTotals) };
}

const range = (length: number): number[] => Array.from({ length }, (_, index) => index);
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
