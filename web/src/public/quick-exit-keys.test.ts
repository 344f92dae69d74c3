import { describe, expect, it } from "vitest";
import { pressCounter } from "./quick-exit-keys.js";

describe("public.quickExit keys", () => {
  it("leaves on the third press in a row", () => {
    const escape = pressCounter();
    expect([escape.press(0), escape.press(300), escape.press(600)]).toEqual([false, false, true]);
  });

  it("does not leave when the presses are far apart", () => {
    const escape = pressCounter();
    expect([escape.press(0), escape.press(2000), escape.press(4000)]).toEqual([false, false, false]);
    // The last two of those, and one more soon after, make a run.
    expect(escape.press(4500)).toBe(false);
    expect(escape.press(5000)).toBe(true);
  });

  it("starts again after another key, so one or two Escapes to close a menu do nothing", () => {
    const escape = pressCounter();
    escape.press(0);
    escape.press(200);
    escape.reset();
    expect(escape.press(400)).toBe(false);
    expect(escape.press(600)).toBe(false);
    expect(escape.press(800)).toBe(true);
  });

  it("needs a whole new run after leaving once", () => {
    const escape = pressCounter();
    escape.press(0);
    escape.press(100);
    expect(escape.press(200)).toBe(true);
    expect(escape.press(300)).toBe(false);
  });
});
