/**
 * Emergency and helpline numbers people can tap to call, kept left to right inside right-to-left
 * text. Messages place them with tags (`call <call999>999</call999> now`) so each language puts the
 * number where its own word order needs it.
 */
import { Anchor } from "@mantine/core";
import type { ReactNode } from "react";
import { Trans } from "react-i18next";

export function PhoneLink({ number, children }: { number: string; children?: ReactNode }) {
  return (
    <Anchor href={`tel:${number.replace(/\s+/g, "")}`} dir="ltr" className="phone-number" fw={700} inherit>
      {children ?? number}
    </Anchor>
  );
}

/** The tags the catalogue's messages may use, each a number to call. */
export const phoneTags = {
  call999: <PhoneLink number="999" />,
  call111: <PhoneLink number="111" />,
  callSamaritans: <PhoneLink number="116 123" />,
};

/** A catalogue message with its phone numbers made into links. */
export function WithPhoneLinks({ messageKey }: { messageKey: string }) {
  return <Trans i18nKey={messageKey} components={phoneTags} />;
}
