/**
 * A small linear-programming solver, for the protection intervals of disclosure control: the
 * smallest and largest value a suppressed count can take given everything published. Pure.
 *
 * Method: the bounded-variable primal simplex over a dense tableau, in two phases. Each constraint
 * `low ≤ a·x ≤ high` becomes `a·x - s = 0` with a slack `s` bounded by [low, high], so every
 * bound lives on a variable and every right-hand side is 0. Phase 1 starts from each variable at
 * a bound and an artificial variable per row taking up what is left over, and minimises their
 * sum; phase 2 then optimises from that feasible basis, once per objective (later objectives
 * start from where the previous one stopped). Bland's rule (the lowest-numbered improving
 * variable enters; ties for leaving go to the lowest-numbered variable) rules out cycling on
 * degenerate problems.
 *
 * Arithmetic is in floating point with a tolerance. A table's constraints (each margin sums whole
 * cells) form a totally unimodular matrix, so every tableau entry stays 0 or ±1 and every basic
 * value a whole number: for those problems the arithmetic is exact and the tolerance never
 * decides anything. For general problems it is the usual careful epsilon.
 */

export interface Term {
  readonly variable: number;
  readonly coefficient: number;
}
/** Σ coefficient · x[variable]. */
export type LinearForm = readonly Term[];

export interface Bounds {
  /** -Infinity for none. */
  readonly low: number;
  /** Infinity for none. */
  readonly high: number;
}

export interface LinearProgram {
  readonly variables: readonly Bounds[];
  /** Each: low ≤ Σ terms ≤ high (an equality when they are equal). */
  readonly constraints: readonly (Bounds & { readonly terms: LinearForm })[];
}

export type LinearProgramResult =
  | { status: "optimal"; value: number; point: number[] }
  | { status: "unbounded" }
  | { status: "infeasible" };

export interface PreparedProgram {
  readonly isFeasible: boolean;
  minimise(objective: LinearForm): LinearProgramResult;
  maximise(objective: LinearForm): LinearProgramResult;
}

const tolerance = 1e-9;
/** What phase 1 may leave in the artificial variables and still call the problem feasible. */
const feasibilityTolerance = 1e-7;

/** Runs phase 1 once; the returned program then answers any number of objectives. */
export function prepareLinearProgram(program: LinearProgram): PreparedProgram {
  const tableau = new Tableau(program);
  const isFeasible = tableau.findFeasibleBasis();
  const solve = (objective: LinearForm, sign: 1 | -1): LinearProgramResult => {
    if (!isFeasible) return { status: "infeasible" };
    const costs = new Float64Array(tableau.columnCount);
    for (const term of objective) {
      if (term.variable < 0 || term.variable >= program.variables.length) throw new RangeError(`No variable ${term.variable} in the program.`);
      costs[term.variable] = (costs[term.variable] ?? 0) + sign * term.coefficient;
    }
    if (!tableau.optimise(costs)) return { status: "unbounded" };
    const point = tableau.structuralValues();
    const value = objective.reduce((sum, term) => sum + term.coefficient * (point[term.variable] ?? 0), 0);
    return { status: "optimal", value, point };
  };
  return { isFeasible, minimise: (objective) => solve(objective, 1), maximise: (objective) => solve(objective, -1) };
}

export const minimise = (program: LinearProgram, objective: LinearForm): LinearProgramResult => prepareLinearProgram(program).minimise(objective);
export const maximise = (program: LinearProgram, objective: LinearForm): LinearProgramResult => prepareLinearProgram(program).maximise(objective);

/**
 * Columns: the program's variables, then one slack per constraint, then one artificial per
 * constraint. Rows hold B⁻¹A for the current basis B; `value` holds every column's current value
 * (basic ones follow from the others, since every right-hand side is 0).
 */
class Tableau {
  readonly rowCount: number;
  readonly columnCount: number;
  private readonly structuralCount: number;
  private readonly entries: Float64Array;
  private readonly low: Float64Array;
  private readonly high: Float64Array;
  private readonly value: Float64Array;
  private readonly basis: Int32Array;
  private readonly isBasic: Uint8Array;
  /** Whether a column may enter the basis (artificials may not once phase 1 is over). */
  private readonly canEnter: Uint8Array;

  constructor(program: LinearProgram) {
    const m = program.constraints.length;
    const n = program.variables.length;
    this.rowCount = m;
    this.structuralCount = n;
    this.columnCount = n + 2 * m;
    this.entries = new Float64Array(m * this.columnCount);
    this.low = new Float64Array(this.columnCount);
    this.high = new Float64Array(this.columnCount);
    this.value = new Float64Array(this.columnCount);
    this.basis = new Int32Array(m);
    this.isBasic = new Uint8Array(this.columnCount);
    this.canEnter = new Uint8Array(this.columnCount).fill(1);

    const bounds = [...program.variables, ...program.constraints];
    bounds.forEach((bound, column) => {
      if (Number.isNaN(bound.low) || Number.isNaN(bound.high)) throw new RangeError("A bound cannot be NaN.");
      this.low[column] = bound.low;
      this.high[column] = bound.high;
      // Every non-basic variable sits at one of its bounds (or at 0 when it has none).
      this.value[column] = Number.isFinite(bound.low) ? bound.low : Number.isFinite(bound.high) ? bound.high : 0;
    });
    program.constraints.forEach((constraint, row) => {
      const offset = row * this.columnCount;
      let residual = this.value[n + row] ?? 0;
      for (const term of constraint.terms) {
        if (!Number.isInteger(term.variable) || term.variable < 0 || term.variable >= n) throw new RangeError(`No variable ${term.variable} in the program.`);
        this.entries[offset + term.variable] = (this.entries[offset + term.variable] ?? 0) + term.coefficient;
        residual -= term.coefficient * (this.value[term.variable] ?? 0);
      }
      this.entries[offset + n + row] = -1;
      // Row: a·x - s + sign·artificial = 0, so the artificial starts at |residual| ≥ 0. The row is
      // scaled by `sign` so the artificial's column is the unit column of this row.
      const sign = residual >= 0 ? 1 : -1;
      for (let column = 0; column < n + m; column += 1) this.entries[offset + column] = sign * (this.entries[offset + column] ?? 0);
      const artificial = n + m + row;
      this.entries[offset + artificial] = 1;
      this.low[artificial] = 0;
      this.high[artificial] = Number.POSITIVE_INFINITY;
      this.value[artificial] = Math.abs(residual);
      this.basis[row] = artificial;
      this.isBasic[artificial] = 1;
    });
  }

  /** Phase 1. Afterwards the artificials are fixed at 0 and never enter again. */
  findFeasibleBasis(): boolean {
    for (let column = 0; column < this.structuralCount + this.rowCount; column += 1) {
      if ((this.low[column] ?? 0) > (this.high[column] ?? 0)) return false;
    }
    const costs = new Float64Array(this.columnCount);
    const firstArtificial = this.structuralCount + this.rowCount;
    costs.fill(1, firstArtificial);
    // Phase 1 is never unbounded: its objective is a sum of variables bounded below by 0.
    this.optimise(costs);
    let infeasibility = 0;
    for (let column = firstArtificial; column < this.columnCount; column += 1) infeasibility += this.value[column] ?? 0;
    for (let column = firstArtificial; column < this.columnCount; column += 1) {
      this.high[column] = 0;
      this.value[column] = 0;
      this.canEnter[column] = 0;
    }
    return infeasibility <= feasibilityTolerance;
  }

  /** Phase 2 (or 1): minimises Σ costs · value from the current basis. False when unbounded. */
  optimise(costs: Float64Array): boolean {
    this.refreshBasicValues();
    for (;;) {
      const entering = this.chooseEntering(costs);
      if (entering === null) return true;
      if (!this.step(entering.column, entering.direction)) return false;
    }
  }

  structuralValues(): number[] {
    return Array.from(this.value.subarray(0, this.structuralCount));
  }

  private entry(row: number, column: number): number {
    return this.entries[row * this.columnCount + column] ?? 0;
  }

  /** Bland's rule: the lowest-numbered non-basic column whose move improves the objective. */
  private chooseEntering(costs: Float64Array): { column: number; direction: 1 | -1 } | null {
    for (let column = 0; column < this.columnCount; column += 1) {
      if (this.isBasic[column] || !this.canEnter[column] || this.low[column] === this.high[column]) continue;
      let reducedCost = costs[column] ?? 0;
      for (let row = 0; row < this.rowCount; row += 1) reducedCost -= (costs[this.basis[row] ?? 0] ?? 0) * this.entry(row, column);
      const current = this.value[column] ?? 0;
      if (reducedCost < -tolerance && current < (this.high[column] ?? 0)) return { column, direction: 1 };
      if (reducedCost > tolerance && current > (this.low[column] ?? 0)) return { column, direction: -1 };
    }
    return null;
  }

  /**
   * Moves the entering column as far as the bounds allow: either it reaches its other bound (no
   * change of basis) or the first basic variable to reach a bound leaves. False when nothing
   * limits the move (the objective is unbounded).
   */
  private step(entering: number, direction: 1 | -1): boolean {
    let length = (this.high[entering] ?? 0) - (this.low[entering] ?? 0);
    let leavingRow = -1;
    let leavingBound = 0;
    for (let row = 0; row < this.rowCount; row += 1) {
      // A basic variable changes by -direction · entry per unit the entering column moves.
      const rate = -direction * this.entry(row, entering);
      if (Math.abs(rate) <= tolerance) continue;
      const basic = this.basis[row] ?? 0;
      const bound = rate < 0 ? (this.low[basic] ?? 0) : (this.high[basic] ?? 0);
      if (!Number.isFinite(bound)) continue;
      const limit = Math.max(0, (bound - (this.value[basic] ?? 0)) / rate);
      const isTie = leavingRow >= 0 && Math.abs(limit - length) <= tolerance;
      if (limit < length - tolerance || (isTie && basic < (this.basis[leavingRow] ?? 0))) {
        length = limit;
        leavingRow = row;
        leavingBound = bound;
      }
    }
    if (!Number.isFinite(length)) return false;

    this.value[entering] = (this.value[entering] ?? 0) + direction * length;
    for (let row = 0; row < this.rowCount; row += 1) {
      const basic = this.basis[row] ?? 0;
      this.value[basic] = (this.value[basic] ?? 0) - direction * length * this.entry(row, entering);
    }
    if (leavingRow < 0) {
      // The entering column crossed to its other bound; set it there exactly.
      this.value[entering] = direction === 1 ? (this.high[entering] ?? 0) : (this.low[entering] ?? 0);
      return true;
    }
    const leaving = this.basis[leavingRow] ?? 0;
    this.value[leaving] = leavingBound;
    this.pivot(leavingRow, entering);
    this.isBasic[leaving] = 0;
    this.isBasic[entering] = 1;
    this.basis[leavingRow] = entering;
    return true;
  }

  private pivot(pivotRow: number, pivotColumn: number): void {
    const width = this.columnCount;
    const pivotOffset = pivotRow * width;
    const pivotValue = this.entry(pivotRow, pivotColumn);
    for (let column = 0; column < width; column += 1) this.entries[pivotOffset + column] = (this.entries[pivotOffset + column] ?? 0) / pivotValue;
    for (let row = 0; row < this.rowCount; row += 1) {
      if (row === pivotRow) continue;
      const factor = this.entry(row, pivotColumn);
      if (factor === 0) continue;
      const offset = row * width;
      for (let column = 0; column < width; column += 1) {
        const updated = (this.entries[offset + column] ?? 0) - factor * (this.entries[pivotOffset + column] ?? 0);
        // Clear round-off so a true zero stays zero and never passes for a pivot.
        this.entries[offset + column] = Math.abs(updated) < 1e-12 ? 0 : updated;
      }
    }
  }

  /** Basic values from the non-basic ones (x_B = -Σ B⁻¹A_j x_j, every right-hand side being 0), clearing drift. */
  private refreshBasicValues(): void {
    for (let row = 0; row < this.rowCount; row += 1) {
      let total = 0;
      for (let column = 0; column < this.columnCount; column += 1) {
        if (!this.isBasic[column]) total -= this.entry(row, column) * (this.value[column] ?? 0);
      }
      this.value[this.basis[row] ?? 0] = total;
    }
  }
}
