/**
 * The width a chart has on the page, kept up to date as the page resizes, so that an SVG can be
 * drawn at one unit per pixel: its words stay the size of the page's text on a phone and on a wide
 * screen alike, and the bars take whatever room there is.
 */
import { useLayoutEffect, useRef, useState } from "react";

/** A ref for the chart's container, and its width in pixels (`fallback` until measured). */
export function useChartWidth(fallback = 320) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => setWidth(Math.max(240, Math.round(element.getBoundingClientRect().width)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
