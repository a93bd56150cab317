/**
 * The barcode page's camera: asks for the back camera only when the visitor presses the button,
 * shows its picture, reads a few frames a second with the decoder (decode.ts) until one holds a
 * number with a valid check digit, then stops the camera. The frames never leave the page.
 */
import { readGtin } from '../../lib/gtin.ts';
import { barcodeDecoder, type Decode } from './decode.ts';

/** What went wrong, in words for the visitor. */
export const CAMERA_MESSAGES = {
  absent: 'Trình duyệt này không cho trang dùng camera (hoặc trang không được mở qua https). Bạn vẫn có thể gõ dãy số in dưới mã vạch ở ô phía trên.',
  refused: 'Trang chưa được phép dùng camera. Muốn quét, hãy cho phép dùng camera trong phần cài đặt trang của trình duyệt rồi bấm lại nút; hoặc gõ dãy số in dưới mã vạch ở ô phía trên.',
  notFound: 'Không tìm thấy camera nào trên thiết bị này. Hãy gõ dãy số in dưới mã vạch ở ô phía trên.',
  busy: 'Không mở được camera (có thể một ứng dụng khác đang dùng nó). Hãy thử lại, hoặc gõ dãy số in dưới mã vạch ở ô phía trên.',
  decoder: 'Không tải được bộ đọc mã vạch. Hãy kiểm tra kết nối rồi thử lại, hoặc gõ dãy số in dưới mã vạch ở ô phía trên.',
} as const;
export type CameraProblem = keyof typeof CAMERA_MESSAGES;

/** Frames read per second at most: enough to feel instant, little enough for a cheap phone. */
const FRAME_INTERVAL_MS = 200;

export interface Scan {
  stop(): void;
}

/**
 * Start the camera into `video` and read frames until a valid GTIN appears (`onNumber`) or
 * something fails (`onProblem`). Resolves once the camera is running.
 */
export async function startScan(video: HTMLVideoElement, onNumber: (gtin: string) => void, onProblem: (problem: CameraProblem) => void): Promise<Scan | undefined> {
  if (!navigator.mediaDevices?.getUserMedia) {
    onProblem('absent');
    return undefined;
  }
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
  } catch (error) {
    const name = (error as { name?: string }).name;
    onProblem(name === 'NotAllowedError' || name === 'SecurityError' ? 'refused' : name === 'NotFoundError' || name === 'OverconstrainedError' ? 'notFound' : 'busy');
    return undefined;
  }
  let decode: Decode;
  try {
    decode = await barcodeDecoder();
  } catch {
    for (const track of stream.getTracks()) track.stop();
    onProblem('decoder');
    return undefined;
  }
  video.srcObject = stream;
  await video.play().catch(() => undefined);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  const tick = async () => {
    if (stopped) return;
    if (video.videoWidth > 0) {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0);
      const texts = await decode(context.getImageData(0, 0, canvas.width, canvas.height)).catch(() => []);
      const found = texts.map((t) => readGtin(t)).find((r) => r.ok);
      if (found?.ok && !stopped) {
        stop();
        onNumber(found.gtin);
        return;
      }
    }
    if (!stopped) timer = setTimeout(() => void tick(), FRAME_INTERVAL_MS);
  };
  void tick();
  return { stop };
}
