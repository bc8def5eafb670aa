import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick, reactive, ref } from 'vue';
import type { VueWrapper } from '@vue/test-utils';
import {
  usePresenterChannel,
  useRoomChannel,
  type RoomState,
} from '../../../src/composables/usePresentationChannel';
import type { Distribution } from '../../../src/domain/workshop';
import { setupInApp, setupWithI18n } from '../../support/composable';

/** A BroadcastChannel within this test: delivers each message at once to the other open channels of its name. */
class FakeChannel {
  static all: FakeChannel[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  closed = false;
  sent: unknown[] = [];
  constructor(readonly name: string) {
    FakeChannel.all.push(this);
  }
  postMessage(data: unknown) {
    if (this.closed) throw new Error('posted on a closed channel');
    this.sent.push(data);
    for (const other of FakeChannel.all)
      if (other !== this && !other.closed && other.name === this.name)
        other.onmessage?.(new MessageEvent('message', { data: structuredClone(data) }));
  }
  close() {
    this.closed = true;
  }
}
const open = () => FakeChannel.all.filter((c) => !c.closed);

const NAME = (id: string) => `pga-zelfscan:presentation:${id}`;
const roomState = (over: Partial<RoomState> = {}): RoomState => ({
  questionId: 'sig-kennis',
  position: 'Vraag 3 van 12',
  hidden: false,
  agreed: 3,
  distribution: null,
  hands: null,
  ended: false,
  ...over,
});

const mounted: VueWrapper[] = [];
beforeEach(() => {
  FakeChannel.all = [];
  vi.stubGlobal('BroadcastChannel', FakeChannel);
});
afterEach(() => {
  mounted.splice(0).forEach((w) => w.unmount());
  vi.unstubAllGlobals();
});

async function presenter(id: () => string, state: () => RoomState | null) {
  const run = await setupInApp(() => usePresenterChannel(id, state));
  mounted.push(run.wrapper);
  return run.result;
}
function room(id: string) {
  const received: RoomState[] = [];
  mounted.push(setupWithI18n(() => useRoomChannel(id, (s) => received.push(s))).wrapper);
  return received;
}

describe("the facilitator's side", () => {
  it("opens the scan's channel at once, and sends nothing before anything changes", async () => {
    await presenter(
      () => 'scan-1',
      () => roomState(),
    );
    expect(open().map((c) => c.name)).toEqual([NAME('scan-1')]);
    expect(open()[0]?.sent).toEqual([]);
  });

  it('sends a plain copy of the state on every change, nested ones too', async () => {
    const state = reactive(roomState());
    await presenter(
      () => 'scan-1',
      () => state,
    );
    state.agreed = 4;
    await nextTick();
    state.hidden = true;
    await nextTick();
    const sent = open()[0]?.sent ?? [];
    expect(sent).toEqual([
      { kind: 'state', state: roomState({ agreed: 4 }) },
      { kind: 'state', state: roomState({ agreed: 4, hidden: true }) },
    ]);
    expect((sent[1] as { state: RoomState }).state).not.toBe(state);
  });

  it('sends a change deep inside the hand count', async () => {
    const hands: Distribution = {
      counts: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 },
      unknown: 0,
      na: 0,
      missing: 0,
      byParticipant: [],
      byDomain: { veiligheid: [], sociaal: [], other: [] },
      median: 2,
      spread: 0,
      domainGap: null,
      source: 'tally',
    };
    const state = reactive(roomState({ hands }));
    await presenter(
      () => 'scan-1',
      () => state,
    );
    if (state.hands) state.hands.counts[3] = 5;
    await nextTick();
    const sent = open()[0]?.sent as { state: RoomState }[];
    expect(sent.map((m) => m.state.hands?.counts)).toEqual([{ 1: 0, 2: 1, 3: 5, 4: 0, 5: 0 }]);
  });

  it('sends nothing while there is no state', async () => {
    const state = ref<RoomState | null>(null);
    const { send } = await presenter(
      () => 'scan-1',
      () => state.value,
    );
    send();
    expect(open()[0]?.sent).toEqual([]);
    state.value = roomState();
    await nextTick();
    expect(open()[0]?.sent).toEqual([{ kind: 'state', state: roomState() }]);
  });

  it('answers a hello with where it is, and ignores other messages', async () => {
    await presenter(
      () => 'scan-1',
      () => roomState({ position: 'Vraag 1 van 2' }),
    );
    const other = new FakeChannel(NAME('scan-1'));
    other.postMessage({ kind: 'state', state: roomState() });
    expect(open()[0]?.sent).toEqual([]);
    other.postMessage({ kind: 'hello' });
    expect(open()[0]?.sent).toEqual([{ kind: 'state', state: roomState({ position: 'Vraag 1 van 2' }) }]);
  });

  it('moves to the channel of another scan, closing the old one', async () => {
    const id = ref('scan-1');
    const { send } = await presenter(
      () => id.value,
      () => roomState(),
    );
    const first = open()[0];
    id.value = 'scan-2';
    send();
    expect(first?.closed).toBe(true);
    expect(open().map((c) => c.name)).toEqual([NAME('scan-2')]);
    expect(open()[0]?.sent).toEqual([{ kind: 'state', state: roomState() }]);
  });

  it('keeps its channel while the scan stays the same', async () => {
    const { send } = await presenter(
      () => 'scan-1',
      () => roomState(),
    );
    send();
    send();
    expect(FakeChannel.all).toHaveLength(1);
    expect(FakeChannel.all[0]?.sent).toHaveLength(2);
  });

  it('closes its channel when the screen goes', async () => {
    await presenter(
      () => 'scan-1',
      () => roomState(),
    );
    mounted.splice(0).forEach((w) => w.unmount());
    expect(FakeChannel.all[0]?.closed).toBe(true);
  });

  it("opens the room's screen in a named popup window", async () => {
    const windowOpen = vi.spyOn(window, 'open').mockReturnValue(null);
    const { openRoom } = await presenter(
      () => 'scan-7',
      () => roomState(),
    );
    openRoom();
    expect(windowOpen).toHaveBeenCalledExactlyOnceWith(
      '#/scan/scan-7/zaal',
      'pga-zelfscan-room',
      'popup=yes,width=1280,height=720',
    );
  });

  it('works without BroadcastChannel, sending nothing', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const state = reactive(roomState());
    const { send } = await presenter(
      () => 'scan-1',
      () => state,
    );
    send();
    state.agreed = 1;
    await nextTick();
    expect(FakeChannel.all).toEqual([]);
  });
});

describe("the room's side", () => {
  it("says hello on its scan's channel at once", () => {
    room('scan-1');
    expect(open().map((c) => [c.name, c.sent])).toEqual([[NAME('scan-1'), [{ kind: 'hello' }]]]);
  });

  it('follows state messages and ignores hellos', () => {
    const received = room('scan-1');
    const other = new FakeChannel(NAME('scan-1'));
    other.postMessage({ kind: 'hello' });
    other.postMessage({ kind: 'state', state: roomState({ ended: true }) });
    expect(received).toEqual([roomState({ ended: true })]);
  });

  it("gets the facilitator's state as soon as it opens, and every change after", async () => {
    const state = reactive(roomState());
    await presenter(
      () => 'scan-1',
      () => state,
    );
    const received = room('scan-1');
    expect(received).toEqual([roomState()]);
    state.questionId = 'sig-online-contact';
    await nextTick();
    expect(received.map((s) => s.questionId)).toEqual(['sig-kennis', 'sig-online-contact']);
  });

  it("hears nothing of another scan's presentation", async () => {
    const state = reactive(roomState());
    await presenter(
      () => 'scan-1',
      () => state,
    );
    const received = room('scan-2');
    state.agreed = 5;
    await nextTick();
    expect(received).toEqual([]);
  });

  it('closes its channel when the screen goes', () => {
    room('scan-1');
    mounted.splice(0).forEach((w) => w.unmount());
    expect(FakeChannel.all[0]?.closed).toBe(true);
  });

  it('does nothing without BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    expect(room('scan-1')).toEqual([]);
    expect(FakeChannel.all).toEqual([]);
  });
});
