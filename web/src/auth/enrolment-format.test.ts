import { describe, expect, it } from "vitest";
import { groupSecret, qrImageSource } from "./enrolment-format.js";

describe("auth.enrolment-format", () => {
  it("groups the key in fours for typing by hand", () => {
    expect(groupSecret("JBSWY3DPEHPK3PXPQ")).toBe("JBSW Y3DP EHPK 3PXP Q");
    expect(groupSecret(" JBSW Y3DP ")).toBe("JBSW Y3DP");
  });

  it("turns the SVG into an escaped data address", () => {
    const source = qrImageSource('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>');
    expect(source.startsWith("data:image/svg+xml;utf8,%3Csvg")).toBe(true);
    expect(source).not.toMatch(/[<>"]/);
  });
});
