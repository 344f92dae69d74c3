/**
 * What an instrument is: its description, the period its questions ask about, how many questions,
 * its version and its licence note (who owns it and on what terms it may be used). Shown from the
 * assessment pages to anyone filling one in or reading one, and on the instruments page.
 */
import { Anchor, Button, Stack, Text } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AppModal } from "../components/app-modal.js";
import { FactList } from "../components/fact-list.js";
import { isolate, useFormat } from "../i18n/format.js";

export interface InstrumentFacts {
  title: string;
  version: number;
  description: string | null;
  recallPeriod: string | null;
  licence: { summary: string; url: string | null } | null;
  itemCount: number;
}

export function InstrumentInfo({ instrument, children }: { instrument: InstrumentFacts; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="md">
      {instrument.description && <Text dir="auto">{instrument.description}</Text>}
      <FactList
        facts={[
          { label: t("instruments.info.version"), value: format.number(instrument.version) },
          { label: t("instruments.info.items"), value: format.number(instrument.itemCount) },
          { label: t("instruments.info.recallPeriod"), value: instrument.recallPeriod ? <bdi>{instrument.recallPeriod}</bdi> : t("instruments.info.noRecallPeriod") },
        ]}
        columns={3}
      />
      <LicenceNote licence={instrument.licence} />
      {children}
    </Stack>
  );
}

export function LicenceNote({ licence }: { licence: InstrumentFacts["licence"] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} className="licence-note">
      <Text fw={600} size="sm">
        {t("instruments.info.licence")}
      </Text>
      <Text size="sm" dir={licence ? "auto" : undefined}>
        {licence?.summary ?? t("instruments.info.noLicence")}
      </Text>
      {licence?.url && (
        <Anchor href={licence.url} target="_blank" rel="noreferrer" size="sm" dir="ltr" className="licence-url">
          {licence.url}
        </Anchor>
      )}
    </Stack>
  );
}

/** A button opening the instrument's information in a dialog. */
export function InstrumentInfoButton({ instrument }: { instrument: InstrumentFacts }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setIsOpen(true)}>
        {t("instruments.info.open")}
      </Button>
      <AppModal opened={isOpen} onClose={() => setIsOpen(false)} title={isolate(instrument.title)} size="lg">
        <InstrumentInfo instrument={instrument} />
      </AppModal>
    </>
  );
}
