/**
 * Adding a course to the catalogue or changing one: its title, who it is for, what it covers, its
 * topics, the statements attendees rate before and after (one to ten), how long until a refresher
 * (or none), and whether it is in use. Trainings already given keep the statements they asked.
 */
import { ActionIcon, Button, Checkbox, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { courseBodySchema, maxConfidenceQuestions, maxRefresherMonths, updateCourseBodySchema, type Course } from "../../../../core/api/outreach-training.js";
import { outreachTopics, type OutreachTopic } from "../../../../core/outreach/vocabulary.js";
import { AppModal } from "../../components/app-modal.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { zodValidate } from "../../forms/validation.js";
import { isolate } from "../../i18n/format.js";
import { trainingApi } from "./training-api.js";

interface Values {
  title: string;
  audience: string;
  description: string;
  topics: OutreachTopic[];
  confidenceQuestions: string[];
  hasRefresher: boolean;
  refresherMonths: number | string;
  isActive: boolean;
}

const toBody = (values: Values) => ({
  title: values.title,
  audience: values.audience,
  description: values.description,
  topics: values.topics,
  confidenceQuestions: values.confidenceQuestions,
  refresherMonths: values.hasRefresher ? (values.refresherMonths === "" ? null : Number(values.refresherMonths)) : null,
  isActive: values.isActive,
});

interface CourseDialogProps {
  course: Course | "new" | null;
  onClose: () => void;
  onSaved: () => void;
}

export function CourseDialog({ course, onClose, onSaved }: CourseDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={course !== null} onClose={onClose} title={t(course === "new" ? "training.courses.addTitle" : "training.courses.editTitle")} size="xl">
      {course !== null && <CourseForm course={course === "new" ? null : course} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function CourseForm({ course, onCancel, onSaved }: { course: Course | null; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const validateSchema = zodValidate<Values>(courseBodySchema, t, toBody);
  const form = useForm<Values>({
    initialValues: {
      title: course?.title ?? "",
      audience: course?.audience ?? "",
      description: course?.description ?? "",
      topics: course?.topics ?? [],
      confidenceQuestions: course?.confidenceQuestions ?? [""],
      hasRefresher: course ? course.refresherMonths !== null : true,
      refresherMonths: course?.refresherMonths ?? 24,
      isActive: course?.isActive ?? true,
    },
    validate: (values) => ({ ...validateSchema(values), ...(values.hasRefresher && values.refresherMonths === "" ? { refresherMonths: t("validation.required") } : {}) }),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    const body = courseBodySchema.parse(toBody(values));
    if (course) await trainingApi.updateCourse(course.id, updateCourseBodySchema.parse({ ...body, version: course.version }));
    else await trainingApi.createCourse(body);
    onSaved();
  });
  const questions = form.values.confidenceQuestions;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t("training.courses.courseTitle")} maxLength={120} dir="auto" required {...form.getInputProps("title")} />
        <TextInput label={t("training.courses.audience")} description={t("training.courses.audienceHint")} maxLength={200} dir="auto" {...form.getInputProps("audience")} />
        <Textarea label={t("training.courses.description")} maxLength={2000} autosize minRows={2} dir="auto" {...form.getInputProps("description")} />
        <Checkbox.Group label={t("training.courses.topics")} {...form.getInputProps("topics")}>
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing={6} mt="xs">
            {outreachTopics.map((topic) => (
              <Checkbox key={topic} value={topic} label={t(`outreach.topics.${topic}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Stack gap="xs">
          <Text fw={500} size="sm">
            {t("training.courses.questions")}
          </Text>
          <Text size="sm" c="dimmed">
            {t("training.courses.questionsHint", { count: maxConfidenceQuestions })}
          </Text>
          {typeof form.errors.confidenceQuestions === "string" && (
            <Text size="sm" c="red.8" role="alert">
              {form.errors.confidenceQuestions}
            </Text>
          )}
          {questions.map((_question, index) => (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                aria-label={t("training.courses.questionNumbered", { number: index + 1 })}
                placeholder={t("training.courses.questionPlaceholder")}
                maxLength={300}
                dir="auto"
                {...form.getInputProps(`confidenceQuestions.${index}`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                disabled={questions.length === 1}
                onClick={() => form.removeListItem("confidenceQuestions", index)}
                aria-label={t("training.courses.removeQuestion", { question: isolate(questions[index] || String(index + 1)) })}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          {questions.length < maxConfidenceQuestions && (
            <Button variant="default" size="xs" w="fit-content" onClick={() => form.insertListItem("confidenceQuestions", "")}>
              {t("training.courses.addQuestion")}
            </Button>
          )}
        </Stack>
        <Checkbox label={t("training.courses.hasRefresher")} {...form.getInputProps("hasRefresher", { type: "checkbox" })} />
        {form.values.hasRefresher && (
          <NumberInput
            label={t("training.courses.refresherMonths")}
            min={1}
            max={maxRefresherMonths}
            allowNegative={false}
            allowDecimal={false}
            inputMode="numeric"
            w={220}
            {...form.getInputProps("refresherMonths")}
          />
        )}
        <Checkbox label={t("training.courses.isActive")} description={t("training.courses.isActiveHint")} {...form.getInputProps("isActive", { type: "checkbox" })} />
        {course && (
          <Text size="sm" c="dimmed">
            {t("training.courses.editNote")}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(course ? "training.courses.save" : "training.courses.addSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
