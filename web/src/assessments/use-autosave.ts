/**
 * Saves a draft as it is filled in: 1.5 seconds after the last change, when the page is hidden or
 * left, and on demand before submitting. Saves go one at a time, each sending the version the last
 * one returned; if someone else saved in between, the server refuses (409) and autosaving stops
 * with a clear message instead of overwriting their work.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Answers } from "../../../core/instruments/score.js";
import { hasCode } from "../api/error-messages.js";
import { assessmentsApi, type SaveDraftBody } from "./assessments-api.js";
import type { TierDecisionDraft } from "./submit-problems.js";

export type SaveStatus =
  | { kind: "unchanged" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "failed"; error: unknown }
  | { kind: "stale" };

export interface DraftContent {
  answers: Answers;
  assessedOn: string;
  /** Only for an instrument with a tier decision. */
  tierDecision: TierDecisionDraft | null;
}

export const autosaveDelayMs = 1500;

export const bodyOf = (content: DraftContent, version: number): SaveDraftBody => ({
  answers: content.answers,
  assessedOn: content.assessedOn,
  ...(content.tierDecision ? { tierDecision: content.tierDecision } : {}),
  version,
});

export function useAutosave(assessmentId: string, initialVersion: number, content: DraftContent) {
  const key = JSON.stringify(content);
  const [status, setStatus] = useState<SaveStatus>({ kind: "unchanged" });
  const latest = useRef({ key, content });
  const savedKey = useRef(key);
  const version = useRef(initialVersion);
  const isStale = useRef(false);
  // Saves run one after another on this chain, so two never race each other.
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));

  const saveLoop = useCallback(
    async (keepalive: boolean): Promise<boolean> => {
      while (!isStale.current && latest.current.key !== savedKey.current) {
        const sent = latest.current;
        setStatus({ kind: "saving" });
        try {
          const saved = await assessmentsApi.saveDraft(assessmentId, bodyOf(sent.content, version.current), { keepalive });
          version.current = saved.version;
          savedKey.current = sent.key;
          setStatus({ kind: "saved", at: saved.updatedAt });
        } catch (error) {
          if (hasCode(error, "conflict") || hasCode(error, "invalid_transition")) {
            isStale.current = true;
            setStatus({ kind: "stale" });
          } else setStatus({ kind: "failed", error });
          return false;
        }
      }
      return !isStale.current;
    },
    [assessmentId],
  );

  /** Saves whatever has changed; resolves true once everything shown is saved. */
  const saveNow = useCallback(
    (keepalive = false): Promise<boolean> => {
      chain.current = chain.current.then(() => saveLoop(keepalive));
      return chain.current;
    },
    [saveLoop],
  );

  useEffect(() => {
    latest.current = { key, content: JSON.parse(key) as DraftContent };
    if (key === savedKey.current || isStale.current) return;
    setStatus((current) => (current.kind === "saving" ? current : { kind: "pending" }));
    const timer = setTimeout(() => void saveNow(), autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [key, saveNow]);

  // Leaving: hidden (another tab, the tablet locked), closed, or another page of the app.
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === "hidden") void saveNow(true);
    };
    const onPageHide = () => void saveNow(true);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onPageHide);
      void saveNow();
    };
  }, [saveNow]);

  /**
   * Waits for saves under way, stops autosaving, and hands the content to `send` with the version
   * the last save returned (submitting sends the final answers itself). If `send` fails, autosaving
   * resumes.
   */
  const finish = useCallback(<T,>(send: (body: SaveDraftBody) => Promise<T>): Promise<T | null> => {
    // On the chain, so that no autosave runs alongside it with the same version.
    const run = chain.current.then(async (): Promise<T | null> => {
      if (isStale.current) return null;
      const sent = latest.current;
      try {
        const result = await send(bodyOf(sent.content, version.current));
        savedKey.current = sent.key;
        return result;
      } catch (error) {
        if (!hasCode(error, "conflict") && !hasCode(error, "invalid_transition")) throw error;
        isStale.current = true;
        setStatus({ kind: "stale" });
        return null;
      }
    });
    chain.current = run.then(
      () => !isStale.current,
      () => false,
    );
    return run;
  }, []);

  return { status, saveNow, finish };
}
