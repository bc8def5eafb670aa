import { onBeforeUnmount, watch } from 'vue';
import { useRouter } from 'vue-router';
import type { AnswerValue } from '../domain/types';
import type { Distribution } from '../domain/workshop';

/** What the room's screen shows: the question, its distribution (unless hidden) and the agreed level. */
export interface RoomState {
  questionId: string;
  /** "Vraag 3 van 12", as the facilitator's screen says it. */
  position: string;
  hidden: boolean;
  agreed: AnswerValue;
  distribution: Distribution | null;
  hands: Distribution | null;
  ended: boolean;
}
type Message = { kind: 'state'; state: RoomState } | { kind: 'hello' };

const channelName = (scanId: string) => `pga-zelfscan:presentation:${scanId}`;
const usable = () => typeof BroadcastChannel !== 'undefined';

/**
 * The facilitator's screen and the room's screen of one scan, kept in step over a BroadcastChannel (same
 * browser, same origin; nothing leaves the device). The facilitator's side sends its state on every change
 * and again when a room screen opens and says hello.
 */
export function usePresenterChannel(scanId: () => string, state: () => RoomState | null) {
  let channel: BroadcastChannel | null = null;
  let name = '';
  function ensure(): BroadcastChannel | null {
    if (!usable()) return null;
    if (!channel || name !== scanId()) {
      channel?.close();
      name = scanId();
      channel = new BroadcastChannel(channelName(name));
      channel.onmessage = (event: MessageEvent<Message>) => {
        if (event.data.kind === 'hello') send();
      };
    }
    return channel;
  }
  function send() {
    const s = state();
    // A plain copy: reactive proxies cannot be cloned into a message.
    if (s) ensure()?.postMessage({ kind: 'state', state: JSON.parse(JSON.stringify(s)) as RoomState });
  }
  ensure();
  // Every change of what the room shows is sent at once.
  watch(state, send, { deep: true });
  onBeforeUnmount(() => channel?.close());
  const router = useRouter();
  /** The room's screen, in a second window for the projector. */
  function openRoom() {
    const href = router.resolve({ name: 'room', params: { id: scanId() } }).href;
    window.open(href, 'pga-zelfscan-room', 'popup=yes,width=1280,height=720');
  }
  return { send, openRoom };
}

/** The room's side: says hello, so the facilitator's screen answers with where it is, then follows it. */
export function useRoomChannel(scanId: string, onState: (state: RoomState) => void): void {
  if (!usable()) return;
  const channel = new BroadcastChannel(channelName(scanId));
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data.kind === 'state') onState(event.data.state);
  };
  channel.postMessage({ kind: 'hello' } satisfies Message);
  onBeforeUnmount(() => channel.close());
}
