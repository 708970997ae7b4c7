export type SpeakerKind = 'person' | 'organisation' | 'group' | 'unknown';

/** A person or organisation that makes claims in the text. */
export interface Speaker {
  /** Stable within one text/page (derived from the display name, e.g. `steve-witkoff`). */
  id: string;
  /** The fullest form of the name found in the text ("Steve Witkoff"). */
  name: string;
  /** Every distinct form the text uses for this speaker ("Witkoff", "Mr. Witkoff", …). */
  aliases: string[];
  kind: SpeakerKind;
}

/** Result of speaker resolution: the speakers, and for every claim (same order) its speaker id. */
export interface Resolution {
  speakers: Speaker[];
  /** `speakerOf[i]` is the id of claim i's speaker, or null when it cannot be recovered. */
  speakerOf: (string | null)[];
}
