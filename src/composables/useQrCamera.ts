import { onBeforeUnmount, ref, type Ref } from 'vue';

/** Why the camera could not start: refused by the user or the browser, or there is none. */
export type CameraProblem = 'refused' | 'absent' | 'insecure';

interface NativeDetector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => NativeDetector;

/** Every frame would be wasted work on two cores: a few reads a second keep up with three codes a second. */
const READ_EVERY_MS = 60;

/**
 * Reads QR codes from the camera into `onText`. Uses the browser's own BarcodeDetector where it exists,
 * else the `qr` package's decoder on canvas frames, loaded only now (never on the start page).
 */
export function useQrCamera(video: Ref<HTMLVideoElement | null>, onText: (text: string) => void) {
  const running = ref(false);
  const problem = ref<CameraProblem | null>(null);
  let stream: MediaStream | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function reader(): Promise<(v: HTMLVideoElement) => Promise<string[]>> {
    const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
    if (Native) {
      const detector = new Native({ formats: ['qr_code'] });
      return async (v) => (await detector.detect(v)).map((c) => c.rawValue);
    }
    const { default: decodeQR } = await import('qr/decode.js');
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    return async (v) => {
      if (!ctx || !v.videoWidth) return [];
      canvas.width = v.videoWidth;
      canvas.height = v.videoHeight;
      ctx.drawImage(v, 0, 0);
      try {
        return [decodeQR(ctx.getImageData(0, 0, canvas.width, canvas.height))];
      } catch {
        return []; // No code in this frame.
      }
    };
  }

  async function start() {
    problem.value = null;
    if (!window.isSecureContext) {
      problem.value = 'insecure';
      return;
    }
    if (!navigator.mediaDevices?.getUserMedia) {
      problem.value = 'absent';
      return;
    }
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
        audio: false,
      });
    } catch (e) {
      const name = e instanceof DOMException ? e.name : '';
      problem.value = name === 'NotFoundError' || name === 'OverconstrainedError' ? 'absent' : 'refused';
      return;
    }
    const v = video.value;
    if (!v) return stop();
    v.srcObject = stream;
    await v.play().catch(() => undefined);
    const read = await reader();
    running.value = true;
    const loop = async () => {
      if (!running.value) return;
      for (const text of await read(v).catch(() => [])) onText(text);
      timer = setTimeout(() => void loop(), READ_EVERY_MS);
    };
    void loop();
  }

  function stop() {
    running.value = false;
    clearTimeout(timer);
    stream?.getTracks().forEach((t) => t.stop());
    stream = null;
    if (video.value) video.value.srcObject = null;
  }

  onBeforeUnmount(stop);
  return { running, problem, start, stop };
}
