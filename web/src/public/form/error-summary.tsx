/**
 * After a failed send: the problems listed beside the Send button, each a link to its field, and
 * focus moved to the first field with a problem (in page order) so keyboard and screen-reader users
 * land on it and hear its error.
 */
import { Alert, Anchor, List } from "@mantine/core";
import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { fieldId } from "./form-kit.js";

/** Errors in the order their fields appear; paths not in `order` come last. */
export function orderedErrors(errors: Record<string, unknown>, order: readonly string[]): [string, string][] {
  const rank = (path: string) => {
    const index = order.indexOf(path);
    return index === -1 ? order.length : index;
  };
  return Object.entries(errors)
    .filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "")
    .sort(([a], [b]) => rank(a) - rank(b));
}

export function focusField(path: string): void {
  // After React has rendered the errors, so the field's description already includes its message.
  requestAnimationFrame(() => {
    const element = document.getElementById(fieldId(path));
    element?.focus();
    element?.scrollIntoView({ block: "center" });
  });
}

export function ErrorSummary({ errors }: { errors: [string, string][] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;

  function jump(event: MouseEvent<HTMLAnchorElement>, path: string): void {
    event.preventDefault();
    focusField(path);
  }

  return (
    <Alert color="red" variant="light" title={<span className="summary-title">{t("public.form.problemsTitle")}</span>}>
      <List spacing={4}>
        {errors.map(([path, message]) => (
          <List.Item key={path}>
            <Anchor href={`#${fieldId(path)}`} onClick={(event) => jump(event, path)} c="var(--mantine-color-error)" fw={600}>
              {message}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
