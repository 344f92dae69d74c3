/** The header's way to the alerts page, with how many are unread in words as well as a count. */
import { Badge, Button, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormat } from "../i18n/format.js";
import { useUnreadAlerts } from "./unread-alerts.js";

export function AlertsLink() {
  const { t } = useTranslation();
  const format = useFormat();
  const { unread } = useUnreadAlerts();
  const count = unread ?? 0;
  return (
    <Button
      component={Link}
      to="/alerts"
      variant={count > 0 ? "light" : "subtle"}
      color={count > 0 ? "red" : "gray"}
      size="compact-md"
      rightSection={
        count > 0 ? (
          <Badge color="red" size="md" circle={count < 10}>
            {format.number(count)}
            <VisuallyHidden>{` ${t("alerts.unreadHidden")}`}</VisuallyHidden>
          </Badge>
        ) : undefined
      }
    >
      {t("alerts.link")}
    </Button>
  );
}
