import { describe, expect, it } from "vitest";
import { imageIdsOf, plainTextOf, sanitiseBodyHtml } from "./sanitise-html.js";

const image = "/media/0b5f3f3e-1d2c-4b8a-9c1e-2a3b4c5d6e7f.webp";

describe("content.sanitiseBodyHtml", () => {
  it("keeps headings, lists, emphasis, quotes, safe links and our own images", () => {
    const html = `<h2>Signs</h2><p>Read <strong>this</strong> and <em>that</em>.</p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote>said</blockquote><p><a href="https://www.nhs.uk/conditions/hepatitis/">NHS</a> <a href="mailto:help@example.org">mail</a> <a href="tel:+441211234567">call</a> <a href="/en/get-help">help</a></p><img src="${image}" alt="A leaflet" width="800" height="600" />`;
    expect(sanitiseBodyHtml(html)).toBe(html);
  });

  it.each([
    ["a script element and its content", `<p>hi</p><script>alert(1)</script>`, `<p>hi</p>`],
    ["an event-handler attribute", `<p onclick="alert(1)" onmouseover="x()">hi</p>`, `<p>hi</p>`],
    ["an image's onerror", `<img src="${image}" onerror="alert(1)" alt="">`, `<img src="${image}" alt="" />`],
    ["a javascript: link", `<a href="javascript:alert(1)">x</a>`, `x`],
    ["a javascript: link disguised with case, entities and whitespace", `<a href=" JaVa&#x53;cript:alert(1)">x</a>`, `x`],
    ["a data: link", `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>`, `x`],
    ["a protocol-relative link", `<a href="//evil.example/x">x</a>`, `x`],
    ["an SVG with a script inside", `<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>click</text></a></svg><p>ok</p>`, `<p>ok</p>`],
    ["an SVG image with onload", `<svg onload="alert(1)"/><p>ok</p>`, `<p>ok</p>`],
    ["MathML tricks", `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><p>ok</p>`, `<p>ok</p>`],
    ["an iframe", `<iframe src="https://evil.example"></iframe><p>ok</p>`, `<p>ok</p>`],
    ["a style element and style attributes", `<style>body{display:none}</style><p style="position:fixed">ok</p>`, `<p>ok</p>`],
    ["a form", `<form action="https://evil.example"><input name="q"><button>go</button></form>`, `go`],
    ["an image from elsewhere", `<img src="https://tracker.example/pixel.gif"><p>ok</p>`, `<p>ok</p>`],
    ["an image given as data", `<img src="data:image/svg+xml;base64,PHN2Zz4="><p>ok</p>`, `<p>ok</p>`],
    ["a forged media path", `<img src="/media/../api/x.webp"><p>ok</p>`, `<p>ok</p>`],
    ["classes, ids and unknown attributes", `<p class="x" id="y" data-x="1">ok</p>`, `<p>ok</p>`],
    ["an unknown direction", `<p dir="javascript:x">ok</p>`, `<p>ok</p>`],
    ["a base element", `<base href="https://evil.example/"><p>ok</p>`, `<p>ok</p>`],
    ["a meta refresh", `<meta http-equiv="refresh" content="0;url=https://evil.example"><p>ok</p>`, `<p>ok</p>`],
  ])("removes %s", (_what, dirty, clean) => {
    expect(sanitiseBodyHtml(dirty)).toBe(clean);
  });

  it("keeps text that looks like markup as text", () => {
    expect(sanitiseBodyHtml(`<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>`)).toBe(`<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>`);
  });

  it("maps b, i, h1 and div to the tags it keeps, and gives an image without alt an empty one", () => {
    expect(sanitiseBodyHtml(`<h1>T</h1><div><b>b</b> <i>i</i></div><img src="${image}">`)).toBe(`<h2>T</h2><p><strong>b</strong> <em>i</em></p><img src="${image}" alt="" />`);
  });

  it("keeps a paragraph's direction for mixed-language text", () => {
    expect(sanitiseBodyHtml(`<p dir="ltr">NHS 111</p>`)).toBe(`<p dir="ltr">NHS 111</p>`);
  });

  it("takes no images in a case study", () => {
    expect(sanitiseBodyHtml(`<p>ok</p><img src="${image}" alt="">`, { allowImages: false })).toBe(`<p>ok</p>`);
  });

  it("is stable: sanitising twice changes nothing more", () => {
    const once = sanitiseBodyHtml(`<p onclick="x">a <a href="javascript:x">b</a> <img src="${image}"></p><svg></svg>`);
    expect(sanitiseBodyHtml(once)).toBe(once);
  });
});

describe("content.plainTextOf", () => {
  it("reads the text, one block a line, with entities decoded", () => {
    expect(plainTextOf(`<h2>Title</h2><p>Fish &amp; chips &lt;3</p><ul><li>one</li><li>two</li></ul>`)).toBe("Title\nFish & chips <3\none\ntwo");
  });
});

describe("content.imageIdsOf", () => {
  it("lists the hosted images a body shows", () => {
    expect(imageIdsOf(sanitiseBodyHtml(`<p>x</p><img src="${image}" alt="a"><img src="${image}">`))).toEqual(["0b5f3f3e-1d2c-4b8a-9c1e-2a3b4c5d6e7f"]);
  });
});
