/** How the second-factor set-up shows the server's key and QR code. */

/** Groups a base32 key in fours, the way authenticator apps show it, so it is easy to type. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, "").match(/.{1,4}/g) ?? []).join(" ");
}

/** The server's SVG as an image address: shown with <img>, so no markup of it ever enters the page. */
export function qrImageSource(svg: string): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
