/** Loads data for a page and reloads it on demand; stale answers from earlier loads are dropped. */
import { useCallback, useEffect, useRef, useState } from "react";

export type Loaded<T> =
  | { status: "loading" }
  | { status: "failed"; error: unknown }
  | { status: "ready"; data: T };

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<Loaded<T>>({ status: "loading" });
  const generation = useRef(0);

  // The caller names what the load depends on, as with useEffect.
  const stableLoad = useCallback(load, deps);

  const reload = useCallback(() => {
    const current = ++generation.current;
    stableLoad().then(
      (data) => {
        if (current === generation.current) setState({ status: "ready", data });
      },
      (error: unknown) => {
        if (current === generation.current) setState({ status: "failed", error });
      },
    );
  }, [stableLoad]);

  useEffect(reload, [reload]);

  const replace = useCallback((data: T) => setState({ status: "ready", data }), []);
  return { state, reload, replace };
}
