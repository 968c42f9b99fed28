// Announcing the approved mandate: the channels, and writes that report to the save indicator.

import { toApiError } from '../backend';
import type { Board } from '../bindings/Board';
import type { Channel } from '../bindings/Channel';
import { setSaveState } from '../app/saving.svelte';

const CHANNEL: Record<Channel, true> = {
  meeting: true,
  email: true,
  intranet: true,
  letter: true,
  other: true,
};

/** How an audience can be told, in the order offered. */
export const CHANNELS = Object.keys(CHANNEL) as Channel[];

/** Runs a write on the board. Rejects with the `ApiError`. */
export async function record(run: () => Promise<Board>): Promise<Board> {
  setSaveState('saving');
  try {
    const board = await run();
    setSaveState('saved');
    return board;
  } catch (error) {
    setSaveState('error');
    throw toApiError(error);
  }
}
