/**
 * Adding a picture to an article: choose a JPEG, PNG or WebP file and describe it for people who
 * cannot see it (or say it is decoration). The server resizes it and strips its metadata; the
 * editor inserts our own address for it.
 */
import { Alert, Button, Checkbox, FileInput, Popover, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { contentApi } from "./content-api.js";

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result.replace(/^data:[^,]*,/, "") : "");
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}

export function ImageButton({ onInsert }: { onInsert: (src: string, alt: string) => void }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState("");
  const [isDecoration, setDecoration] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function insert(): Promise<void> {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const image = await contentApi.uploadImage(await base64Of(file));
      onInsert(image.src, isDecoration ? "" : alt.trim());
      setOpen(false);
      setFile(null);
      setAlt("");
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Popover opened={isOpen} onChange={setOpen} trapFocus returnFocus withinPortal position="bottom-start" width={320}>
      <Popover.Target>
        <Button size="compact-sm" variant="default" fw={400} onClick={() => setOpen(true)}>
          {t("content.editor.image")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <FileInput label={t("content.editor.imageFile")} description={t("content.editor.imageHint")} accept="image/jpeg,image/png,image/webp" value={file} onChange={setFile} clearable />
          <TextInput label={t("content.editor.imageAlt")} value={alt} onChange={(event) => setAlt(event.currentTarget.value)} disabled={isDecoration} />
          <Checkbox label={t("content.editor.imageDecoration")} checked={isDecoration} onChange={(event) => setDecoration(event.currentTarget.checked)} />
          <Button size="xs" onClick={() => void insert()} loading={isBusy} disabled={!file || (!isDecoration && !alt.trim())}>
            {t("content.editor.imageInsert")}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
