import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maximise, minimise, prepareLinearProgram, type LinearForm, type LinearProgram } from "./simplex.js";

const nonNegative = { low: 0, high: Number.POSITIVE_INFINITY };
const free = { low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY };
const atMost = (high: number) => ({ low: Number.NEGATIVE_INFINITY, high });
const atLeast = (low: number) => ({ low, high: Number.POSITIVE_INFINITY });
/** Σ coefficients[j] · x_j. */
const form = (...coefficients: number[]): LinearForm => coefficients.map((coefficient, variable) => ({ variable, coefficient })).filter((term) => term.coefficient !== 0);

function optimum(result: ReturnType<typeof minimise>): { value: number; point: number[] } {
  if (result.status !== "optimal") throw new Error(`Expected an optimum, got ${result.status}.`);
  return result;
}

describe("disclosure.simplex", () => {
  it("solves a textbook maximum: 3x + 5y with x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 is 36 at (2, 6)", () => {
    const program: LinearProgram = {
      variables: [nonNegative, nonNegative],
      constraints: [
        { terms: form(1, 0), ...atMost(4) },
        { terms: form(0, 2), ...atMost(12) },
        { terms: form(3, 2), ...atMost(18) },
      ],
    };
    const best = optimum(maximise(program, form(3, 5)));
    expect(best.value).toBeCloseTo(36, 9);
    expect(best.point[0]).toBeCloseTo(2, 9);
    expect(best.point[1]).toBeCloseTo(6, 9);
    expect(optimum(minimise(program, form(3, 5))).value).toBe(0);
  });

  it("reaches a fractional vertex through an equality: min x + y with x + 2y = 4 and x - y ≥ -1 is 7/3 at (2/3, 5/3)", () => {
    const program: LinearProgram = {
      variables: [nonNegative, nonNegative],
      constraints: [
        { terms: form(1, 2), low: 4, high: 4 },
        { terms: form(1, -1), ...atLeast(-1) },
      ],
    };
    const best = optimum(minimise(program, form(1, 1)));
    expect(best.value).toBeCloseTo(7 / 3, 9);
    expect(best.point[0]).toBeCloseTo(2 / 3, 9);
    expect(best.point[1]).toBeCloseTo(5 / 3, 9);
  });

  it("does not cycle on Beale's degenerate example (which cycles under the largest-coefficient rule): the minimum is -5/4 at (1, 0, 1, 0)", () => {
    const program: LinearProgram = {
      variables: [nonNegative, nonNegative, nonNegative, nonNegative],
      constraints: [
        { terms: form(1 / 4, -8, -1, 9), ...atMost(0) },
        { terms: form(1 / 2, -12, -1 / 2, 3), ...atMost(0) },
        { terms: form(0, 0, 1, 0), ...atMost(1) },
      ],
    };
    const best = optimum(minimise(program, form(-3 / 4, 20, -1 / 2, 6)));
    expect(best.value).toBeCloseTo(-5 / 4, 9);
    expect(best.point.map((value) => Math.round(value * 1e9) / 1e9)).toEqual([1, 0, 1, 0]);
  });

  it("handles a degenerate vertex where several constraints meet and redundant equalities", () => {
    const crowded: LinearProgram = {
      variables: [nonNegative, nonNegative],
      constraints: [
        { terms: form(1, 1), ...atMost(1) },
        { terms: form(1, 0), ...atMost(1) },
        { terms: form(1, 2), ...atMost(1) },
        { terms: form(2, 1), ...atMost(2) },
      ],
    };
    expect(optimum(maximise(crowded, form(1, 0))).value).toBeCloseTo(1, 9);
    expect(optimum(maximise(crowded, form(0, 1))).value).toBeCloseTo(0.5, 9);
    const repeated: LinearProgram = {
      variables: [nonNegative, nonNegative],
      constraints: [
        { terms: form(1, 1), low: 2, high: 2 },
        { terms: form(1, 1), low: 2, high: 2 },
        { terms: form(2, 2), low: 4, high: 4 },
      ],
    };
    expect(optimum(minimise(repeated, form(1, 0))).value).toBeCloseTo(0, 9);
    expect(optimum(maximise(repeated, form(1, 0))).value).toBeCloseTo(2, 9);
  });

  it("says when there is no solution", () => {
    const contradictory: LinearProgram = {
      variables: [nonNegative, nonNegative],
      constraints: [
        { terms: form(1, 1), ...atMost(1) },
        { terms: form(1, 1), ...atLeast(3) },
      ],
    };
    expect(minimise(contradictory, form(1, 0))).toEqual({ status: "infeasible" });
    expect(prepareLinearProgram(contradictory).isFeasible).toBe(false);
    expect(minimise({ variables: [{ low: 2, high: 1 }], constraints: [] }, form(1))).toEqual({ status: "infeasible" });
    expect(minimise({ variables: [nonNegative], constraints: [{ terms: form(1), low: 3, high: 2 }] }, form(1))).toEqual({ status: "infeasible" });
  });

  it("says when the objective is unbounded, and still answers the other direction", () => {
    const open: LinearProgram = { variables: [nonNegative, nonNegative], constraints: [{ terms: form(1, -1), ...atMost(1) }] };
    const prepared = prepareLinearProgram(open);
    expect(prepared.maximise(form(1, 1))).toEqual({ status: "unbounded" });
    expect(optimum(prepared.minimise(form(1, 1))).value).toBe(0);
    expect(optimum(prepared.maximise(form(1, -1))).value).toBeCloseTo(1, 9);
  });

  it("moves free variables both ways", () => {
    const program: LinearProgram = {
      variables: [free, { low: 0, high: 2 }],
      constraints: [{ terms: form(1, 1), ...atLeast(-3) }],
    };
    expect(optimum(minimise(program, form(1, 0))).value).toBeCloseTo(-5, 9);
    expect(maximise(program, form(1, 0))).toEqual({ status: "unbounded" });
    expect(minimise({ variables: [free], constraints: [] }, form(1))).toEqual({ status: "unbounded" });
  });

  it("works out a hidden cell of a 2 × 2 table from its margins: [[3, x], [y, 40]] with row totals 23, 55 and column totals 18, 60", () => {
    // Cells a, b, c, d; a and the others known only to be at least 1; margins exact.
    const program: LinearProgram = {
      variables: [atLeast(1), { low: 20, high: 20 }, { low: 15, high: 15 }, atLeast(1)],
      constraints: [
        { terms: form(1, 1, 0, 0), low: 23, high: 23 },
        { terms: form(0, 0, 1, 1), low: 55, high: 55 },
        { terms: form(1, 0, 1, 0), low: 18, high: 18 },
        { terms: form(0, 1, 0, 1), low: 60, high: 60 },
      ],
    };
    expect(optimum(minimise(program, form(1))).value).toBe(3);
    expect(optimum(maximise(program, form(1))).value).toBe(3);
  });

  it("refuses a term for a variable the program does not have", () => {
    expect(() => minimise({ variables: [nonNegative], constraints: [{ terms: form(1, 1), ...atMost(1) }] }, form(1))).toThrow(RangeError);
    expect(() => minimise({ variables: [nonNegative], constraints: [] }, form(0, 1))).toThrow(RangeError);
  });

  it("answers several objectives from one prepared program as it would each on its own", () => {
    const program: LinearProgram = {
      variables: [{ low: 0, high: 10 }, { low: -3, high: 8 }, nonNegative],
      constraints: [
        { terms: form(1, 1, 1), low: 4, high: 12 },
        { terms: form(2, -1, 0), ...atMost(6) },
        { terms: form(0, 1, -1), low: -5, high: 5 },
      ],
    };
    const prepared = prepareLinearProgram(program);
    for (const objective of [form(1, 0, 0), form(0, 1, 0), form(0, 0, 1), form(1, 1, 1), form(-2, 1, 3)]) {
      for (const sense of ["minimise", "maximise"] as const) {
        const alone = sense === "minimise" ? minimise(program, objective) : maximise(program, objective);
        const warm = prepared[sense](objective);
        expect(warm.status).toBe(alone.status);
        if (warm.status === "optimal" && alone.status === "optimal") expect(warm.value).toBeCloseTo(alone.value, 9);
      }
    }
  });

  it("agrees with enumerating every vertex on random small programs", () => {
    const coefficient = fc.integer({ min: -4, max: 4 });
    const program = fc.integer({ min: 1, max: 3 }).chain((size) =>
      fc.record({
        variables: fc.array(
          fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 6 })).map(([low, width]) => ({ low, high: low + width })),
          { minLength: size, maxLength: size },
        ),
        constraints: fc.array(
          fc.record({
            coefficients: fc.array(coefficient, { minLength: size, maxLength: size }),
            low: fc.oneof(fc.constant(Number.NEGATIVE_INFINITY), fc.integer({ min: -12, max: 12 })),
            width: fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 0, max: 10 })),
          }),
          { maxLength: 4 },
        ),
        objective: fc.array(coefficient, { minLength: size, maxLength: size }),
      }),
    );
    fc.assert(
      fc.property(program, (drawn) => {
        const linear: LinearProgram = {
          variables: drawn.variables,
          constraints: drawn.constraints.map((constraint) => ({
            terms: form(...constraint.coefficients),
            low: constraint.low,
            high: Number.isFinite(constraint.low) ? constraint.low + constraint.width : Number.isFinite(constraint.width) ? constraint.width : Number.POSITIVE_INFINITY,
          })),
        };
        const expected = bestVertex(linear, drawn.objective);
        const result = minimise(linear, form(...drawn.objective));
        if (expected === null) return result.status === "infeasible";
        return result.status === "optimal" && Math.abs(result.value - expected) < 1e-6 && isFeasible(linear, result.point);
      }),
      { numRuns: 400 },
    );
  });
});

/** The least objective over every vertex of a bounded program, or null when it has none. */
function bestVertex(program: LinearProgram, objective: readonly number[]): number | null {
  const size = program.variables.length;
  const planes: { normal: number[]; value: number }[] = [];
  program.variables.forEach((bounds, variable) => {
    const normal = Array.from({ length: size }, (_, index) => (index === variable ? 1 : 0));
    planes.push({ normal, value: bounds.low }, { normal, value: bounds.high });
  });
  for (const constraint of program.constraints) {
    const normal = Array.from({ length: size }, (_, variable) => constraint.terms.filter((term) => term.variable === variable).reduce((sum, term) => sum + term.coefficient, 0));
    for (const value of [constraint.low, constraint.high]) if (Number.isFinite(value)) planes.push({ normal, value });
  }
  let best: number | null = null;
  for (const chosen of subsets(planes.length, size)) {
    const point = solveSquare(chosen.map((index) => planes[index]!.normal), chosen.map((index) => planes[index]!.value));
    if (point === null || !isFeasible(program, point)) continue;
    const value = point.reduce((sum, x, index) => sum + x * objective[index]!, 0);
    best = best === null ? value : Math.min(best, value);
  }
  return best;
}

function isFeasible(program: LinearProgram, point: readonly number[]): boolean {
  const slack = 1e-7;
  const withinVariables = program.variables.every((bounds, index) => point[index]! >= bounds.low - slack && point[index]! <= bounds.high + slack);
  return (
    withinVariables &&
    program.constraints.every((constraint) => {
      const value = constraint.terms.reduce((sum, term) => sum + term.coefficient * point[term.variable]!, 0);
      return value >= constraint.low - slack && value <= constraint.high + slack;
    })
  );
}

function* subsets(count: number, size: number, start = 0): Generator<number[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let first = start; first <= count - size; first += 1) for (const rest of subsets(count, size - 1, first + 1)) yield [first, ...rest];
}

/** Gaussian elimination with partial pivoting; null when the planes do not meet in one point. */
function solveSquare(rows: number[][], values: number[]): number[] | null {
  const size = rows.length;
  const augmented = rows.map((row, index) => [...row, values[index]!]);
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) if (Math.abs(augmented[row]![column]!) > Math.abs(augmented[pivot]![column]!)) pivot = row;
    if (Math.abs(augmented[pivot]![column]!) < 1e-12) return null;
    [augmented[column], augmented[pivot]] = [augmented[pivot]!, augmented[column]!];
    for (let row = 0; row < size; row += 1) {
      if (row === column) continue;
      const factor = augmented[row]![column]! / augmented[column]![column]!;
      for (let index = column; index <= size; index += 1) augmented[row]![index]! -= factor * augmented[column]![index]!;
    }
  }
  return augmented.map((row, index) => row[size]! / row[index]!);
}
