import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shallowRef } from 'vue';
import type { VueWrapper } from '@vue/test-utils';
import { useQrCamera } from '../../../src/composables/useQrCamera';
import { setupWithI18n } from '../../support/composable';

// No camera here: getUserMedia hands over a stream of fake tracks, and a fake BarcodeDetector "sees" the
// codes queued for each read, so starting, the reading loop, the errors and stopping can all be watched.
const track = { stop: vi.fn() };
const stream = { getTracks: () => [track] } as unknown as MediaStream;
let getUserMedia: ReturnType<typeof vi.fn<(c: MediaStreamConstraints) => Promise<MediaStream>>>;
let frames: string[][];
let detectorFormats: string[][];
class FakeDetector {
  constructor(options: { formats: string[] }) {
    detectorFormats.push(options.formats);
  }
  async detect() {
    const codes = frames.shift();
    if (!codes) throw new Error('no frame');
    return codes.map((rawValue) => ({ rawValue }));
  }
}

let video: HTMLVideoElement;
let mounted: VueWrapper | undefined;
let mediaDescriptor: PropertyDescriptor | undefined;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  track.stop.mockReset();
  frames = [];
  detectorFormats = [];
  getUserMedia = vi.fn(async () => stream);
  mediaDescriptor = Object.getOwnPropertyDescriptor(navigator, 'mediaDevices');
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia } });
  vi.stubGlobal('isSecureContext', true);
  vi.stubGlobal('BarcodeDetector', FakeDetector);
  video = document.createElement('video');
  // happy-dom takes only its own MediaStream here; the fake stream is held as given.
  Object.defineProperty(video, 'srcObject', { configurable: true, writable: true, value: null });
  vi.spyOn(video, 'play').mockResolvedValue(undefined);
});
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  if (mediaDescriptor) Object.defineProperty(navigator, 'mediaDevices', mediaDescriptor);
  else Reflect.deleteProperty(navigator, 'mediaDevices');
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function camera(element: HTMLVideoElement | null = video) {
  const texts: string[] = [];
  const run = setupWithI18n(() => useQrCamera(shallowRef(element), (t) => texts.push(t)));
  mounted = run.wrapper;
  return { ...run.result, texts };
}

describe('useQrCamera: when the camera cannot start', () => {
  it('says so outside a secure context, without asking for the camera', async () => {
    vi.stubGlobal('isSecureContext', false);
    const cam = camera();
    await cam.start();
    expect(cam.problem.value).toBe('insecure');
    expect(cam.running.value).toBe(false);
    expect(getUserMedia).not.toHaveBeenCalled();
  });

  it('says there is none where the browser has no camera access at all', async () => {
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: undefined });
    const cam = camera();
    await cam.start();
    expect(cam.problem.value).toBe('absent');
  });

  it.each([
    ['NotFoundError', 'absent'],
    ['OverconstrainedError', 'absent'],
    ['NotAllowedError', 'refused'],
    ['NotReadableError', 'refused'],
  ])('reads a %s as %s', async (name, problem) => {
    getUserMedia.mockRejectedValueOnce(new DOMException('no', name));
    const cam = camera();
    await cam.start();
    expect(cam.problem.value).toBe(problem);
    expect(cam.running.value).toBe(false);
  });

  it('reads an error that is not a DOMException as refused', async () => {
    getUserMedia.mockRejectedValueOnce(new TypeError('NotFoundError'));
    const cam = camera();
    await cam.start();
    expect(cam.problem.value).toBe('refused');
  });

  it('clears the last problem when started again', async () => {
    getUserMedia.mockRejectedValueOnce(new DOMException('no', 'NotAllowedError'));
    const cam = camera();
    await cam.start();
    await cam.start();
    expect(cam.problem.value).toBeNull();
    expect(cam.running.value).toBe(true);
  });

  it('lets the camera go at once when there is no video element to show it in', async () => {
    const cam = camera(null);
    await cam.start();
    expect(track.stop).toHaveBeenCalledTimes(1);
    expect(cam.running.value).toBe(false);
    expect(cam.problem.value).toBeNull();
  });
});

describe('useQrCamera: reading', () => {
  it('asks for the back camera without sound, and shows it in the video', async () => {
    const cam = camera();
    await cam.start();
    expect(getUserMedia).toHaveBeenCalledExactlyOnceWith({
      video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
      audio: false,
    });
    expect(video.srcObject).toBe(stream);
    expect(video.play).toHaveBeenCalledTimes(1);
    expect(cam.running.value).toBe(true);
    expect(detectorFormats).toEqual([['qr_code']]);
  });

  it('starts even when the video will not play', async () => {
    vi.spyOn(video, 'play').mockRejectedValue(new DOMException('no', 'NotAllowedError'));
    const cam = camera();
    await cam.start();
    expect(cam.running.value).toBe(true);
  });

  it('passes on every code it sees, a read every 60 ms', async () => {
    frames = [['a'], [], ['b', 'c']];
    const cam = camera();
    await cam.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(cam.texts).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(59);
    expect(frames).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(frames).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60);
    expect(cam.texts).toEqual(['a', 'b', 'c']);
  });

  it('carries on after a frame it could not read', async () => {
    frames = [];
    const cam = camera();
    await cam.start();
    await vi.advanceTimersByTimeAsync(0);
    frames = [['late']];
    await vi.advanceTimersByTimeAsync(60);
    expect(cam.texts).toEqual(['late']);
  });

  it('stops reading, lets the camera go and empties the video on stop', async () => {
    frames = [['a'], ['b']];
    const cam = camera();
    await cam.start();
    await vi.advanceTimersByTimeAsync(0);
    cam.stop();
    expect(cam.running.value).toBe(false);
    expect(track.stop).toHaveBeenCalledTimes(1);
    expect(video.srcObject).toBeNull();
    await vi.advanceTimersByTimeAsync(600);
    expect(cam.texts).toEqual(['a']);
    // A second stop has no stream left to stop.
    cam.stop();
    expect(track.stop).toHaveBeenCalledTimes(1);
  });

  it('stops when the screen goes', async () => {
    const cam = camera();
    await cam.start();
    mounted?.unmount();
    mounted = undefined;
    expect(cam.running.value).toBe(false);
    expect(track.stop).toHaveBeenCalledTimes(1);
  });

  it("without the browser's detector, reads nothing from a video that has no picture yet", async () => {
    vi.stubGlobal('BarcodeDetector', undefined);
    const cam = camera();
    await cam.start();
    await vi.advanceTimersByTimeAsync(120);
    expect(cam.running.value).toBe(true);
    expect(cam.texts).toEqual([]);
    expect(detectorFormats).toEqual([]);
  });
});
