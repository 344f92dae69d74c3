/**
 * A reference such as R-ABCD-1234 or C-7K2M-9QXP: always left to right (also inside Urdu text),
 * in a monospaced face so that similar characters are easy to tell apart when read out on the phone.
 */
import { Text } from "@mantine/core";

export function Reference({ value, fw }: { value: string; fw?: number }) {
  return (
    <Text component="bdi" dir="ltr" ff="monospace" fw={fw} inherit>
      {value}
    </Text>
  );
}
