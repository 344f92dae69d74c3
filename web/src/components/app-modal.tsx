/**
 * A dialog. Built from Mantine's parts so that its header is a plain <div>: Mantine's <header>
 * would sit directly under <body> in the portal and count as a second "banner" landmark. The close
 * button is labelled in the user's language.
 */
import { Modal } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useKeptWhileClosing } from "./kept-while-closing.js";

interface AppModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** Off for dialogs whose own buttons are the only ways out. */
  withCloseButton?: boolean;
  /** Wider for dialogs holding a form; Mantine's default otherwise. */
  size?: "md" | "lg" | "xl";
}

export function AppModal({ opened, onClose, title, children, withCloseButton = true, size }: AppModalProps) {
  const { t } = useTranslation();
  const shownTitle = useKeptWhileClosing(title, opened);
  return (
    <Modal.Root opened={opened} onClose={onClose} centered size={size}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title fw={700}>{shownTitle}</Modal.Title>
          {withCloseButton && <Modal.CloseButton aria-label={t("common.close")} />}
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
