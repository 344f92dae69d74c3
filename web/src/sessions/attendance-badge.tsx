/**
 * Whether a session took place, and whether it is written up. "Did not attend" is shown in the
 * same neutral grey as "Cancelled": a missed session is recorded, not held against the client.
 */
import { Badge, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Attendance } from "../../../core/api/sessions.js";

const colours: Record<Attendance | "planned", string> = { planned: "blue", attended: "teal", did_not_attend: "gray", cancelled: "gray" };

export function AttendanceBadge({ attendance }: { attendance: Attendance | null }) {
  const { t } = useTranslation();
  const value = attendance ?? "planned";
  return (
    <Badge color={colours[value]} variant={value === "cancelled" ? "outline" : "light"} tt="none" radius="sm">
      {t(`sessions.attendance.${value}`)}
    </Badge>
  );
}

export function WriteUpBadge({ session }: { session: { hasNotes: boolean; isWriteUpDue: boolean; attendance: Attendance | null } }) {
  const { t } = useTranslation();
  if (session.hasNotes) {
    return (
      <Badge color="teal" variant="outline" tt="none" radius="sm">
        {t("sessions.notes.written")}
      </Badge>
    );
  }
  if (session.isWriteUpDue) {
    return (
      <Badge color="orange" variant="light" tt="none" radius="sm">
        {t("sessions.notes.due")}
      </Badge>
    );
  }
  return (
    <Text component="span" size="sm" c="dimmed">
      {session.attendance === "attended" ? t("sessions.notes.notYet") : t("sessions.notes.none")}
    </Text>
  );
}
