/**
 * The public pages' shared details, fetched once: the organisation's name and sites for the header
 * and the form, and the form token the referral must be sent with. The token records when it was
 * issued, so the form keeps the time it arrived and can be reloaded for a new token.
 */
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { publicApi, type PublicForm } from "./public-api.js";

export type PublicFormLoad =
  | { status: "loading" }
  | { status: "failed"; error: unknown }
  | { status: "ready"; form: PublicForm; receivedAt: number };

interface PublicFormContextValue {
  load: PublicFormLoad;
  /** Fetches a fresh form (and token); resolves with it, or rejects if it could not be fetched. */
  reload: () => Promise<PublicForm>;
  /** After a failed load: shows progress and tries again. */
  retry: () => void;
}

const PublicFormContext = createContext<PublicFormContextValue | null>(null);

export function PublicFormProvider({ children }: { children: ReactNode }) {
  const [load, setLoad] = useState<PublicFormLoad>({ status: "loading" });

  const reload = useCallback(async () => {
    try {
      const form = await publicApi.form();
      setLoad({ status: "ready", form, receivedAt: Date.now() });
      return form;
    } catch (error) {
      setLoad((previous) => (previous.status === "ready" ? previous : { status: "failed", error }));
      throw error;
    }
  }, []);

  const retry = useCallback(() => {
    setLoad({ status: "loading" });
    reload().catch(() => {
      // Shown by the pages that need the form; the header simply goes without the organisation's name.
    });
  }, [reload]);

  useEffect(retry, [retry]);

  const value = useMemo(() => ({ load, reload, retry }), [load, reload, retry]);
  return <PublicFormContext value={value}>{children}</PublicFormContext>;
}

export function usePublicForm(): PublicFormContextValue {
  const value = use(PublicFormContext);
  if (!value) throw new Error("usePublicForm must be used inside PublicFormProvider");
  return value;
}
