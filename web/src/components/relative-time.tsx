/**
 * A moment shown as "3 days ago", with the exact date and time on hover and, for screen readers and
 * keyboard users who cannot hover, read out after it.
 */
import { Tooltip, VisuallyHidden } from "@mantine/core";
import { useFormat } from "../i18n/format.js";

export function RelativeTime({ iso }: { iso: string }) {
  const format = useFormat();
  const exact = format.dateTime(iso);
  return (
    <Tooltip label={exact} withArrow openDelay={200}>
      <time dateTime={iso}>
        <span aria-hidden>{format.relative(iso)}</span>
        <VisuallyHidden>{`${format.relative(iso)} (${exact})`}</VisuallyHidden>
      </time>
    </Tooltip>
  );
}
