/**
 * Every page's frame: sets `document.title`, renders the one `<h1>` and moves focus to it when the
 * page changes, so screen-reader users hear where they are after navigating.
 */
import { Group, Stack, Title } from "@mantine/core";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router-dom";

interface PageProps {
  title: string;
  /** Buttons shown beside the heading. */
  actions?: ReactNode;
  /** The browser tab's title when it must say less than the heading (it stays in the history). */
  documentTitle?: string;
  children: ReactNode;
}

export function Page({ title, actions, documentTitle, children }: PageProps) {
  usePageTitle(documentTitle ?? title);
  const heading = useFocusOnNavigation<HTMLHeadingElement>();
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={1} ref={heading} tabIndex={-1} className="page-heading">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}

export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t("app.documentTitle", { page: title });
  }, [t, title]);
}

/** A ref whose element receives focus whenever the route's path changes (and on first show). */
export function useFocusOnNavigation<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [pathname]);
  return ref;
}
