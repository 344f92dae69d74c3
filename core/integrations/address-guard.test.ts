import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRefusedAddress, resolvedProblem, urlProblem } from "./address-guard.js";

const production = { isLoopbackAllowed: false };
const testing = { isLoopbackAllowed: true };

describe("integrations.address-guard", () => {
  it.each([
    ["127.0.0.1", true],
    ["10.1.2.3", true],
    ["172.16.0.1", true],
    ["172.31.255.255", true],
    ["192.168.1.10", true],
    ["169.254.169.254", true],
    ["100.64.0.1", true],
    ["0.0.0.0", true],
    ["224.0.0.1", true],
    ["::1", true],
    ["fe80::1", true],
    ["fd12:3456::1", true],
    ["::ffff:10.0.0.1", true],
    ["::ffff:127.0.0.1", true],
    ["not an address", true],
    ["8.8.8.8", false],
    ["172.32.0.1", false],
    ["2a00:1450:4009:81f::200e", false],
    ["::ffff:8.8.8.8", false],
  ])("%s is refused: %s", (address, isRefused) => {
    expect(isRefusedAddress(address)).toBe(isRefused);
  });

  it("refuses every address in the private IPv4 ranges", () => {
    fc.assert(
      fc.property(fc.constantFrom("10", "127", "192.168", "169.254"), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 3, maxLength: 3 }), (start, rest) => {
        const parts = [...start.split("."), ...rest.map(String)].slice(0, 4);
        return isRefusedAddress(parts.join("."));
      }),
    );
  });

  it.each([
    ["http://partner.example.org/hook", "Must start https://."],
    ["ftp://partner.example.org/hook", "Must start https://."],
    ["https://user:pw@partner.example.org/hook", "Must not contain a user name or password."],
    ["https://10.0.0.5/hook", "Must not be a private, local or reserved address."],
    ["https://169.254.169.254/latest/meta-data", "Must not be a private, local or reserved address."],
    ["https://[::1]/hook", "Must not be a private, local or reserved address."],
    ["https://localhost/hook", "Must not be a private, local or reserved address."],
    ["https://metadata.google.internal/", "Must not be a private, local or reserved address."],
    ["http://127.0.0.1:4200/hook", "Must start https://."],
    ["partner.example.org", "Must be a full web address starting https://."],
  ])("refuses %s in production", (url, message) => {
    expect(urlProblem(url, production)).toBe(message);
  });

  it("allows https to a public name, and http to 127.0.0.1 only where the installation allows it", () => {
    expect(urlProblem("https://partner.example.org/hooks", production)).toBeNull();
    expect(urlProblem("http://127.0.0.1:4200/hooks", testing)).toBeNull();
    expect(urlProblem("http://127.0.0.2:4200/hooks", testing)).toBe("Must start https://.");
    expect(urlProblem("http://localhost:4200/hooks", testing)).toBe("Must start https://.");
  });

  it("refuses a name that resolves to any private address (a rebinding name with one public and one private answer too)", () => {
    const url = new URL("https://partner.example.org/hooks");
    expect(resolvedProblem(url, ["93.184.216.34"], production)).toBeNull();
    expect(resolvedProblem(url, ["93.184.216.34", "10.0.0.7"], production)).toBe("Must not be a private, local or reserved address.");
    expect(resolvedProblem(url, [], production)).toBe("The address could not be found.");
    expect(resolvedProblem(new URL("http://127.0.0.1:4200/"), ["127.0.0.1"], testing)).toBeNull();
  });
});
