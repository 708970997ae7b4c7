/**
 * The seed article's acceptance table (issue 2): for each direct or mixed statement, in reading
 * order, a piece of its quote span and its speaker. Shared by the engine's unit test and the e2e test.
 */
export const SEED_TABLE: readonly (readonly [piece: string, speaker: string])[] = [
  ['‘Robust’', 'Steve Witkoff'],
  ['“robust security guarantees”', 'Steve Witkoff'],
  ['“We agreed to robust security guarantees that I would describe as game-changing,”', 'Steve Witkoff'],
  ['“Article 5″', 'Steve Witkoff'],
  ['“legislative enshrinement”', 'Steve Witkoff'],
  ['“coalition of the willing”', 'Ursula von der Leyen'],
  ['“robust security guarantees that I would describe as game-changing.”', 'Steve Witkoff'],
  ['“It is important that America agrees', 'Volodymyr Zelenskyy'],
  ['“But there are no details how it will work,', 'Volodymyr Zelenskyy'],
  ['“We covered almost all the other issues', 'Steve Witkoff'],
  ['“We began to see some moderation in the way they’re thinking', 'Steve Witkoff'],
];
