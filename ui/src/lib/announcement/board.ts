// Announcing the approved mandate: the channels, and writes that report to the save indicator.

import { announcementBoard, toApiError } from '../backend';
import type { ApiError } from '../bindings/ApiError';
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

/** Reads a mission's board for a page: the board, or the refusal to show in its place. */
export async function readBoard(
  missionId: number,
): Promise<{ board: Board | null; failed: ApiError | null }> {
  try {
    return { board: await announcementBoard(missionId), failed: null };
  } catch (error) {
    return { board: null, failed: toApiError(error) };
  }
}

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
