/** One language's working copy: title, summary and body, written in that language's direction. */
import { Stack, Textarea, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { directionOf, languageNames } from "../../../core/content/vocabulary.js";
import type { VersionInput } from "./content-api.js";
import { RichTextEditor } from "./rich-text-editor.js";

interface VersionFieldsProps {
  version: VersionInput;
  onChange: (next: VersionInput) => void;
  allowImages: boolean;
  isReadOnly: boolean;
  /** Changes when the item is reloaded, so the editor starts again from the saved text. */
  editorKey: string;
}

export function VersionFields({ version, onChange, allowImages, isReadOnly, editorKey }: VersionFieldsProps) {
  const { t } = useTranslation();
  const language = version.language;
  const dir = directionOf(language);
  const name = languageNames[language];
  return (
    <Stack gap="sm" component="section" aria-label={t("content.editor.versionLabel", { language: name })}>
      <Title order={3} size="h4" lang={language} dir={dir}>
        {name}
      </Title>
      <TextInput
        label={t("content.editor.title", { language: name })}
        value={version.title}
        onChange={(event) => onChange({ ...version, title: event.currentTarget.value })}
        lang={language}
        dir={dir}
        maxLength={160}
        readOnly={isReadOnly}
      />
      <Textarea
        label={t("content.editor.summary", { language: name })}
        description={t("content.editor.summaryHint")}
        value={version.summary}
        onChange={(event) => onChange({ ...version, summary: event.currentTarget.value })}
        lang={language}
        dir={dir}
        autosize
        minRows={2}
        maxLength={400}
        readOnly={isReadOnly}
      />
      <RichTextEditor
        key={`${editorKey}-${language}`}
        label={t("content.editor.body", { language: name })}
        value={version.bodyHtml}
        onChange={(bodyHtml) => onChange({ ...version, bodyHtml })}
        language={language}
        direction={dir}
        allowImages={allowImages}
        isReadOnly={isReadOnly}
      />
    </Stack>
  );
}
