/**
 * Where a webhook may be sent (server-side request forgery guard). A partner's URL must be HTTPS
 * and every address its name resolves to must be public: loopback, private, link-local (cloud
 * metadata at 169.254.169.254), carrier-grade NAT, multicast and reserved ranges are refused, in
 * IPv4 and IPv6 (IPv4-mapped addresses included). The one exception, for tests and local
 * development, is plain http to 127.0.0.1 when the installation allows it. Pure: the server does
 * the DNS lookup and passes the answers here, then connects to the address it checked.
 */
import { BlockList, isIP } from "node:net";

const refused = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  refused.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  refused.addSubnet(network, prefix, "ipv6");
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:10.0.0.1`), if it is one. */
function mappedIpv4(address: string): string | null {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match?.[1] ?? null;
}

/** Whether `address` (an IP literal) is somewhere a webhook must never reach. */
export function isRefusedAddress(address: string): boolean {
  const mapped = mappedIpv4(address);
  if (mapped) return isRefusedAddress(mapped);
  const family = isIP(address);
  if (family === 0) return true;
  return refused.check(address, family === 4 ? "ipv4" : "ipv6");
}

export interface UrlRules {
  /** Plain http to 127.0.0.1 is allowed (tests, local development). */
  isLoopbackAllowed: boolean;
}

/** The loopback exception: exactly http://127.0.0.1 with a port, when allowed. */
export function isAllowedLoopback(url: URL, rules: UrlRules): boolean {
  return rules.isLoopbackAllowed && url.hostname === "127.0.0.1";
}

/**
 * Checks a webhook URL's form before any lookup: absolute, https (or the loopback exception), no
 * user name or password in it, and not naming a refused address literally. Answers a message for
 * the form, or null.
 */
export function urlProblem(raw: string, rules: UrlRules): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Must be a full web address starting https://.";
  }
  if (url.username || url.password) return "Must not contain a user name or password.";
  if (isAllowedLoopback(url, rules)) return url.protocol === "http:" || url.protocol === "https:" ? null : "Must start https://.";
  if (url.protocol !== "https:") return "Must start https://.";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) !== 0 && isRefusedAddress(host)) return "Must not be a private, local or reserved address.";
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".internal") || host.endsWith(".local")) return "Must not be a private, local or reserved address.";
  return null;
}

/** Checks what a name resolved to: every address must be public (or the allowed loopback). */
export function resolvedProblem(url: URL, addresses: readonly string[], rules: UrlRules): string | null {
  if (addresses.length === 0) return "The address could not be found.";
  if (isAllowedLoopback(url, rules)) return addresses.every((address) => address === "127.0.0.1") ? null : "Must not be a private, local or reserved address.";
  return addresses.some(isRefusedAddress) ? "Must not be a private, local or reserved address." : null;
}
