// Save-and-resume without losing or reordering answers: the form reports every change; `flush`
// sends the newest answers when they changed since the last successful save, one request at a
// time (a change made during a save is sent by the next flush). A failed save keeps the answers
// marked unsent, so the next flush (page change, timer, back online) tries again.

export type SaveState = "saved" | "unsaved" | "saving" | "offline";

export interface ProgressSaver {
  /** Records the newest answers (call on every change). */
  changed(answers: Record<string, unknown>): void;
  /** Sends the newest answers if they are unsent; resolves when done (never rejects). */
  flush(): Promise<void>;
  state(): SaveState;
}

/**
 * `save` sends answers to the server and rejects on failure; `onState` hears every state change.
 * Example: `const saver = createProgressSaver((a) => api.saveProgress(a, null)); saver.changed(a);
 * await saver.flush();`
 */
export function createProgressSaver(
  save: (answers: Record<string, unknown>) => Promise<unknown>,
  onState: (state: SaveState) => void = () => {},
): ProgressSaver {
  let latest: Record<string, unknown> | undefined;
  let revision = 0;
  let sentRevision = 0;
  let running: Promise<void> | undefined;
  let current: SaveState = "saved";
  const set = (state: SaveState) => {
    if (state === current) return;
    current = state;
    onState(state);
  };

  async function run(): Promise<void> {
    while (latest !== undefined && sentRevision < revision) {
      const sending = revision;
      set("saving");
      try {
        await save(latest);
        sentRevision = sending;
      } catch {
        set("offline");
        return;
      }
    }
    set("saved");
  }

  return {
    changed(answers) {
      latest = answers;
      revision += 1;
      if (running === undefined) set("unsaved");
    },
    flush() {
      running ??= run().finally(() => {
        running = undefined;
      });
      return running;
    },
    state: () => current,
  };
}
