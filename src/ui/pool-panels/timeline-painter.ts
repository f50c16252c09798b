// Draws the pool timeline on a canvas without a long task, however many tasks there are: only the outcomes
// not drawn yet, a few milliseconds per animation frame; bars that would land on pixels already painted in
// the same colour are skipped, so 100k tasks on 1,000 pixels cost about 1,000 rectangles. A map from pixel
// to task answers hover in O(1). No React.
import type { ResultsStore, Status } from './results-store.ts';
import { STATUS_COLOURS } from './status-colours.ts';
import type { Lanes } from './timeline-lanes.ts';
import type { WorkerMark } from './run-events.ts';

/** Height of a lane's bars and the gap below them (CSS px). */
export const LANE = 18;
export const GAP = 4;
/** Drawing in one frame stops after this long (ms), far below a 50 ms long task. */
const SLICE_MS = 6;
/** Bars drawn between looks at the clock. */
const CLOCK_EVERY = 512;

export interface TimelineScene {
  readonly store: ResultsStore;
  readonly marks: readonly WorkerMark[];
  readonly lanes: Lanes;
  /** The time range shown, ms since the run started. */
  readonly from: number;
  readonly to: number;
  /** CSS px. */
  readonly width: number;
}

function sameDrawing(a: TimelineScene, b: TimelineScene): boolean {
  return (
    a.store === b.store &&
    a.from === b.from &&
    a.to === b.to &&
    a.width === b.width &&
    a.lanes.key === b.lanes.key
  );
}

export class TimelinePainter {
  readonly #canvas: HTMLCanvasElement;
  #scene: TimelineScene | undefined;
  /** Completion positions drawn so far. */
  #drawn = 0;
  /** Per lane and CSS pixel column: 1 + the item drawn there last, or 0. */
  #hit = new Int32Array(0);
  /** Per lane, the last run of pixels painted in one colour: bars inside it add nothing. */
  #runStatus: (Status | undefined)[] = [];
  #runStart = new Int32Array(0);
  #runEnd = new Int32Array(0);
  #frame = 0;
  /** The canvas' CSS colour (the page's text colour, light or dark), read when the drawing starts over. */
  #exitColour = '#000';
  /** The ok colour as the page's theme gives it (`--status-ok`, lighter on the dark theme). */
  #okColour = STATUS_COLOURS.ok;

  constructor(canvas: HTMLCanvasElement) {
    this.#canvas = canvas;
  }

  /**
   * Shows `scene`: a new range, width, lanes or run starts the drawing over; otherwise only outcomes that
   * arrived since are drawn. The first slice is drawn now (no blank frame), the rest in later frames.
   */
  show(scene: TimelineScene): void {
    if (!this.#scene || !sameDrawing(this.#scene, scene)) this.#reset(scene);
    else this.#scene = scene;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#step();
  }

  /** The item drawn at this point (CSS px from the canvas' top left), or undefined. */
  itemAt(x: number, y: number): number | undefined {
    const scene = this.#scene;
    if (!scene) return undefined;
    const lane = Math.floor(y / (LANE + GAP));
    if (lane < 0 || lane >= scene.lanes.lanes || y - lane * (LANE + GAP) > LANE) return undefined;
    const column = Math.floor(x);
    // The nearest bar within two pixels: bars of 100k tasks are one pixel wide.
    for (const dx of [0, -1, 1, -2, 2]) {
      const px = column + dx;
      if (px < 0 || px >= scene.width) continue;
      const hit = this.#hit[lane * scene.width + px]!;
      if (hit > 0) return hit - 1;
    }
    return undefined;
  }

  dispose(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #reset(scene: TimelineScene): void {
    this.#scene = scene;
    this.#drawn = 0;
    const lanes = Math.max(1, scene.lanes.lanes);
    this.#hit = new Int32Array(lanes * scene.width);
    this.#runStatus = new Array<Status | undefined>(lanes).fill(undefined);
    this.#runStart = new Int32Array(lanes);
    this.#runEnd = new Int32Array(lanes);
    const canvas = this.#canvas;
    const height = lanes * (LANE + GAP);
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(scene.width * ratio);
    canvas.height = Math.round(height * ratio);
    delete canvas.dataset['drawn'];
    const style = getComputedStyle(canvas);
    this.#exitColour = style.color || this.#exitColour;
    this.#okColour = style.getPropertyValue('--status-ok').trim() || STATUS_COLOURS.ok;
    const context = canvas.getContext('2d');
    context?.setTransform(ratio, 0, 0, ratio, 0, 0);
    context?.clearRect(0, 0, scene.width, height);
  }

  #step = (): void => {
    this.#frame = 0;
    const scene = this.#scene;
    const context = this.#canvas.getContext('2d');
    if (!scene || !context) return;
    if (this.#drawBars(scene, context, performance.now() + SLICE_MS)) {
      this.#drawExits(scene, context);
      this.#canvas.dataset['drawn'] = String(this.#drawn);
    } else {
      this.#frame = requestAnimationFrame(this.#step);
    }
  };

  /** Draws bars until the deadline (ms, performance.now()); true when every outcome so far is drawn. */
  #drawBars(scene: TimelineScene, context: CanvasRenderingContext2D, deadline: number): boolean {
    const { store, width } = scene;
    const laneOf = scene.lanes.laneOf;
    const scale = width / (scene.to - scene.from);
    const runStatus = this.#runStatus;
    const runStart = this.#runStart;
    const runEnd = this.#runEnd;
    const hit = this.#hit;
    let fill: Status | undefined;
    const count = store.completed;
    while (this.#drawn < count) {
      if (performance.now() > deadline) return false;
      const end = Math.min(count, this.#drawn + CLOCK_EVERY);
      for (; this.#drawn < end; this.#drawn++) {
        const i = store.completion[this.#drawn]!;
        const start = store.startOf(i);
        if (Number.isNaN(start)) continue;
        const lane = laneOf.get(store.workerOf(i));
        if (lane === undefined) continue;
        const duration = store.durationOf(i);
        const left = Math.floor((start - scene.from) * scale);
        const right = Math.ceil((start + (Number.isNaN(duration) ? 0 : duration) - scene.from) * scale);
        const px0 = Math.max(0, left);
        const px1 = Math.min(width, Math.max(left + 1, right));
        if (px1 <= px0) continue;
        const status = store.statusOf(i);
        const covered = status === runStatus[lane] && px0 >= runStart[lane]! && px1 <= runEnd[lane]!;
        if (!covered) {
          if (status !== fill) {
            context.fillStyle = status === 'ok' ? this.#okColour : STATUS_COLOURS[status];
            fill = status;
          }
          context.fillRect(px0, lane * (LANE + GAP), px1 - px0, LANE);
          if (status === runStatus[lane] && px0 <= runEnd[lane]! && px1 >= runStart[lane]!) {
            runStart[lane] = Math.min(runStart[lane]!, px0);
            runEnd[lane] = Math.max(runEnd[lane]!, px1);
          } else {
            runStatus[lane] = status;
            runStart[lane] = px0;
            runEnd[lane] = px1;
          }
        }
        hit.fill(i + 1, lane * width + px0, lane * width + px1);
      }
    }
    return true;
  }

  /** Worker exits (timeouts, crashes, cancel): a tick across the lane, over the bars, in the text colour. */
  #drawExits(scene: TimelineScene, context: CanvasRenderingContext2D): void {
    const scale = scene.width / (scene.to - scene.from);
    context.fillStyle = this.#exitColour;
    for (const mark of scene.marks) {
      if (mark.type !== 'worker-exit') continue;
      const lane = scene.lanes.laneOf.get(mark.workerId);
      if (lane === undefined) continue;
      context.fillRect((mark.t - scene.from) * scale - 1, lane * (LANE + GAP) - 2, 3, LANE + 4);
    }
    // Ticks above the bars were drawn on top of them: the next bars in those pixels must be drawn again.
    this.#runStatus.fill(undefined);
  }
}
