/** Holds the app back until the first session check has answered, so nobody is bounced to sign-in by mistake. */
import { Container } from "@mantine/core";
import type { ReactNode } from "react";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useSession } from "../session/session-context.js";

export function SessionLoadGate({ children }: { children: ReactNode }) {
  const { load, retry } = useSession();
  if (load.status === "loading") return <Loading />;
  if (load.status === "failed") {
    return (
      <Container size="sm" py="xl">
        <LoadFailed error={load.error} onRetry={retry} />
      </Container>
    );
  }
  return <>{children}</>;
}
