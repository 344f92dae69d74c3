/**
 * A public page's heading and title: sets `document.title`, renders the one `<h1>` and moves focus
 * to it when the page or its state changes (a form turning into its confirmation), so screen-reader
 * users hear where they are.
 */
import { Stack, Title } from "@mantine/core";
import { useEffect, useRef, type ReactNode } from "react";
import { useLocation } from "react-router-dom";
import { usePublicForm } from "./public-form-context.js";

interface PublicPageProps {
  title: string;
  /** Changing this moves focus to the heading, as navigating does. */
  stateKey?: string;
  children: ReactNode;
}

export function PublicPage({ title, stateKey = "", children }: PublicPageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname, key } = useLocation();
  const { load } = usePublicForm();
  const organisation = load.status === "ready" ? load.form.organisationName : null;

  useEffect(() => {
    document.title = organisation ? `${title} – ${organisation}` : title;
  }, [title, organisation]);

  // The page a visitor arrives on (React Router's "default" location) keeps focus where the browser
  // put it — a ring round the heading on arrival would only puzzle people. Every page or state after
  // that moves focus to its heading.
  useEffect(() => {
    if (key !== "default" || stateKey !== "") heading.current?.focus();
  }, [pathname, key, stateKey]);

  return (
    <Stack gap="lg">
      <Title order={1} ref={heading} tabIndex={-1} className="page-heading">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
