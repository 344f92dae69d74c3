/**
 * Writing an article or a case study: its web address and topics, its languages side by side (the
 * first written beside one chosen to compare or translate), saving, and the workflow. For a case
 * study, its identity check and the client's consent stand above the text.
 */
import { Alert, Anchor, Badge, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { contentTopics, languageNames, siteLanguages, type SiteLanguage } from "../../../core/content/vocabulary.js";
import type { ContentAction } from "../../../core/content/workflow.js";
import { errorMessage, hasCode } from "../api/error-messages.js";
import { ApiError } from "../api/api-error.js";
import { Section } from "../components/section.js";
import { contentApi, type ContentItem, type ContentKindPath, type IdentityWarning, type VersionInput } from "./content-api.js";
import { IdentityWarnings } from "./identity-warnings.js";
import { statusColours } from "./labels.js";
import { VersionFields } from "./version-fields.js";
import { WorkflowActions } from "./workflow-actions.js";

interface ContentEditorProps {
  kind: ContentKindPath;
  item: ContentItem | null;
  userId: string;
  /** A new case study's case. */
  caseId?: string;
  onSaved: (item: ContentItem) => void;
}

const emptyVersion = (language: SiteLanguage): VersionInput => ({ language, title: "", summary: "", bodyHtml: "" });

export function ContentEditor({ kind, item, userId, caseId, onSaved }: ContentEditorProps) {
  const { t } = useTranslation();
  const [slug, setSlug] = useState(item?.slug ?? "");
  const [topics, setTopics] = useState<string[]>(item?.topics ?? []);
  const [versions, setVersions] = useState<VersionInput[]>(item ? item.versions.map(({ language, title, summary, bodyHtml }) => ({ language, title, summary, bodyHtml })) : [emptyVersion("en")]);
  const [beside, setBeside] = useState<SiteLanguage | null>((item?.versions[1]?.language) ?? null);
  const [isDirty, setDirty] = useState(item === null);
  const [isBusy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "done"; text: string } | null>(null);
  const [warnings, setWarnings] = useState<IdentityWarning[]>(item?.identityWarnings ?? []);
  const [isChecking, setChecking] = useState(false);
  const isStory = kind === "case-studies";
  const isReadOnly = item !== null && !item.can.edit;
  const change = (next: VersionInput[]) => {
    setVersions(next);
    setDirty(true);
  };
  const [first, ...others] = versions;
  const shown = versions.find((version) => version.language === beside) ?? others[0];
  const unwritten = siteLanguages.filter((language) => !versions.some((version) => version.language === language));

  const failed = (failure: unknown) => {
    const fields = failure instanceof ApiError ? failure.fields.map((field) => field.message) : [];
    setMessage({ kind: "error", text: hasCode(failure, "conflict") ? t("content.editor.stale") : [errorMessage(failure, t), ...fields].join(" ") });
  };

  async function save(): Promise<ContentItem | null> {
    const body = { topics: topics as ContentItem["topics"], versions };
    try {
      const saved = item
        ? await contentApi.save(kind, item.id, { ...body, version: item.version, slug })
        : isStory
          ? await contentApi.createCaseStudy(caseId ?? "", { ...body, ...(slug ? { slug } : {}) })
          : await contentApi.createArticle({ ...body, ...(slug ? { slug } : {}) });
      setDirty(false);
      setWarnings(saved.identityWarnings ?? []);
      onSaved(saved);
      return saved;
    } catch (failure) {
      failed(failure);
      return null;
    }
  }

  async function run(work: () => Promise<void>): Promise<void> {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }

  const act = (action: ContentAction, extra: { note?: string; isIdentityCheckAcknowledged?: boolean } = {}) =>
    run(async () => {
      const current = isDirty && item?.can.edit ? await save() : item;
      if (!current) return;
      try {
        const next = await contentApi.act(kind, current.id, action, { version: current.version, ...extra });
        onSaved(next);
        setMessage({ kind: "done", text: t(`content.done.${action}`) });
      } catch (failure) {
        failed(failure);
      }
    });

  async function check(): Promise<void> {
    if (!item?.caseId && !caseId) return;
    setChecking(true);
    try {
      setWarnings((await contentApi.checkCaseStudy(item?.caseId ?? caseId ?? "", versions)).warnings);
    } catch (failure) {
      failed(failure);
    } finally {
      setChecking(false);
    }
  }

  return (
    <Stack gap="lg">
      {item && (
        <Group gap="sm">
          <Badge color={statusColours[item.status]}>{t(`content.status.${item.status}`)}</Badge>
          {item.isLive && <Badge color="green" variant="outline">{t("content.live")}</Badge>}
          {item.isLive && (
            <Anchor href={`/${item.versions[0]?.language ?? "en"}/${isStory ? "stories" : "articles"}/${item.slug}`} target="_blank">
              {t("content.viewOnSite")}
            </Anchor>
          )}
          {item.contributors.length > 0 && <Text size="sm" c="dimmed">{t("content.writtenBy", { names: item.contributors.map((person) => person.name).join(", ") })}</Text>}
        </Group>
      )}
      {item?.reviewNote && (
        <Alert color="yellow" title={t("content.reviewNote", { name: item.reviewedBy ?? "" })}>
          {item.reviewNote}
        </Alert>
      )}
      {message && (
        <Alert color={message.kind === "error" ? "red" : "green"} role={message.kind === "error" ? "alert" : "status"} withCloseButton closeButtonLabel={t("common.close")} onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      )}
      {isStory && <IdentityWarnings warnings={warnings} hasCurrentConsent={item?.hasCurrentConsent ?? false} isChecking={isChecking} onCheck={() => void check()} />}
      <Section title={t("content.editor.details")}>
        <TextInput label={t("content.editor.slug")} description={t("content.editor.slugHint")} value={slug} onChange={(event) => { setSlug(event.currentTarget.value); setDirty(true); }} dir="ltr" readOnly={isReadOnly} />
        <Checkbox.Group label={t("content.editor.topics")} value={topics} onChange={(next) => { setTopics(next); setDirty(true); }}>
          <Group gap="md" mt={4}>
            {contentTopics.map((topic) => (
              <Checkbox key={topic} value={topic} label={t(`content.topics.${topic}`)} disabled={isReadOnly} />
            ))}
          </Group>
        </Checkbox.Group>
      </Section>
      <Section
        title={t("content.editor.languages")}
        actions={
          !isReadOnly && unwritten.length > 0 ? (
            <Select
              aria-label={t("content.editor.addLanguage")}
              placeholder={t("content.editor.addLanguage")}
              data={unwritten.map((language) => ({ value: language, label: languageNames[language] }))}
              value={null}
              onChange={(language) => {
                if (!language) return;
                change([...versions, emptyVersion(language)]);
                setBeside(language);
              }}
            />
          ) : undefined
        }
      >
        {others.length > 1 && (
          <Select label={t("content.editor.beside")} data={others.map((version) => ({ value: version.language, label: languageNames[version.language] }))} value={shown?.language ?? null} onChange={(language) => setBeside(language)} w={240} />
        )}
        <SimpleGrid cols={{ base: 1, md: shown ? 2 : 1 }} spacing="xl">
          {[first, shown].filter((version): version is VersionInput => version !== undefined).map((version) => (
            <Stack key={version.language} gap="xs">
              <VersionFields version={version} onChange={(next) => change(versions.map((candidate) => (candidate.language === next.language ? next : candidate)))} allowImages={!isStory} isReadOnly={isReadOnly} editorKey={`${item?.id ?? "new"}-${item?.version ?? 0}`} />
              {!isReadOnly && versions.length > 1 && (
                <Button variant="subtle" color="red" size="xs" w="fit-content" onClick={() => change(versions.filter((candidate) => candidate.language !== version.language))}>
                  {t("content.editor.removeLanguage", { language: languageNames[version.language] })}
                </Button>
              )}
            </Stack>
          ))}
        </SimpleGrid>
      </Section>
      <Group gap="sm" align="flex-start">
        {(item === null || item.can.edit) && (
          <Button onClick={() => void run(async () => { if (await save()) setMessage({ kind: "done", text: t("content.done.saved") }); })} loading={isBusy} disabled={!isDirty}>
            {item ? t("content.actions.save") : t("content.actions.create")}
          </Button>
        )}
        {item && <WorkflowActions item={{ ...item, identityWarnings: isStory ? warnings : null }} userId={userId} isBusy={isBusy} onAct={act} />}
      </Group>
    </Stack>
  );
}
