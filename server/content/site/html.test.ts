import { describe, expect, it } from "vitest";
import { fill, html, trustedHtml } from "./html.js";

describe("content.site.html", () => {
  it("escapes every interpolated value unless it is already HTML", () => {
    const name = `<img src=x onerror="alert(1)">`;
    expect(html`<p title="${name}">${name}${html`<b>ok</b>`}</p>`.value).toBe(`<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;<b>ok</b></p>`);
  });

  it("joins lists and leaves out null, undefined and false", () => {
    expect(html`<ul>${["a", "b"].map((item) => html`<li>${item}</li>`)}${null}${false}${undefined}</ul>`.value).toBe("<ul><li>a</li><li>b</li></ul>");
  });

  it("fills a message's placeholders, escaping text and keeping links", () => {
    expect(fill("Call {phone} or <b>{link}</b>", { phone: "<999>", link: html`<a href="/x">here</a>` }).value).toBe(`Call &lt;999&gt; or &lt;b&gt;<a href="/x">here</a>&lt;/b&gt;`);
    expect(trustedHtml("<p>x</p>").value).toBe("<p>x</p>");
  });
});
