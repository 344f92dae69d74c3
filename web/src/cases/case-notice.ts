/** What the case page says after a change: a catalogue key and its values, so it follows a change of language. */
export interface CaseNotice {
  key: string;
  values?: Record<string, string>;
}
