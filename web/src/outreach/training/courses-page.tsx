/**
 * The organisation's training courses: who each is for, what it covers, the statements attendees
 * rate, and when a refresher is due. Those who keep the catalogue add and change courses here.
 * Administrators may keep it without working outreach at a site, so the page stands without one.
 */
import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { Course } from "../../../../core/api/outreach-training.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Page } from "../../components/page.js";
import { useLoad } from "../../components/use-load.js";
import { isolate } from "../../i18n/format.js";
import { useOutreachHere } from "../outreach-here.js";
import { OutreachPage } from "../outreach-page.js";
import { CourseDialog } from "./course-dialog.js";
import { trainingApi } from "./training-api.js";

export function CoursesPage() {
  const { t } = useTranslation();
  const here = useOutreachHere();
  return here ? (
    <OutreachPage title={t("training.courses.title")}>{() => <Catalogue />}</OutreachPage>
  ) : (
    <Page title={t("training.courses.title")}>
      <Catalogue />
    </Page>
  );
}

function Catalogue() {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => trainingApi.courses(), []);
  const [editing, setEditing] = useState<Course | "new" | null>(null);
  const canManage = state.status === "ready" && state.data.abilities.manage;
  return (
    <>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Text maw="70ch">{t("training.courses.intro")}</Text>
        <Group gap="sm">
          <Anchor component={Link} to="/outreach/training">
            {t("training.courses.back")}
          </Anchor>
          {canManage && <Button onClick={() => setEditing("new")}>{t("training.courses.add")}</Button>}
        </Group>
      </Group>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {state.data.items.map((course) => (
            <CourseCard key={course.id} course={course} canManage={canManage} onEdit={() => setEditing(course)} />
          ))}
        </SimpleGrid>
      )}
      <CourseDialog
        course={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </>
  );
}

function CourseCard({ course, canManage, onEdit }: { course: Course; canManage: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="li" data-testid="course-card">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text fw={700}>
            <bdi>{course.title}</bdi>
          </Text>
          {!course.isActive && (
            <Badge variant="light" color="gray">
              {t("training.courses.inactive")}
            </Badge>
          )}
        </Group>
        {course.audience && <Text size="sm">{t("training.courses.for", { audience: isolate(course.audience) })}</Text>}
        {course.description && (
          <Text size="sm" c="dimmed" dir="auto">
            {course.description}
          </Text>
        )}
        {course.topics.length > 0 && <Text size="sm">{course.topics.map((topic) => t(`outreach.topics.${topic}`)).join(t("outreach.listSeparator"))}</Text>}
        <Text size="sm" fw={600}>
          {t("training.courses.questions")}
        </Text>
        <List type="ordered" size="sm" spacing={2}>
          {course.confidenceQuestions.map((question, index) => (
            <List.Item key={index}>
              <bdi>{question}</bdi>
            </List.Item>
          ))}
        </List>
        <Text size="sm">{course.refresherMonths === null ? t("training.courses.noRefresher") : t("training.courses.refresherEvery", { count: course.refresherMonths })}</Text>
        {canManage && (
          <Button size="compact-sm" variant="default" w="fit-content" onClick={onEdit} aria-label={t("training.courses.editNamed", { title: isolate(course.title) })}>
            {t("training.courses.edit")}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
