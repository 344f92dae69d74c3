/** A score's band in words, coloured by its level (colour only repeats what the words say). */
import { Badge } from "@mantine/core";

const levelColours: Record<string, string> = { none: "gray", low: "green", moderate: "yellow", high: "orange", severe: "red" };

export const bandColour = (level: string): string => levelColours[level] ?? "gray";

export function BandBadge({ band }: { band: { label: string; level: string } | null }) {
  if (!band) return null;
  return (
    <Badge color={bandColour(band.level)} variant="light" tt="none" radius="sm" className="band-badge">
      <bdi>{band.label}</bdi>
    </Badge>
  );
}
