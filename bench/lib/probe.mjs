/**
 * Installed in every benchmark page before its own scripts (Playwright `addInitScript`), as
 * `window.__bench`. Everything is timed inside the page with `performance.now()` and event
 * timestamps, so the figures do not include the round trips between Node and the browser.
 *
 * "Painted" means: the condition held in a requestAnimationFrame callback, and a task posted
 * from that callback (MessageChannel) has run, i.e. the frame was handed to the compositor and
 * the main thread was free again. That is the usual way to time "until the next paint" from
 * script, and for Open it doubles as "interactive": the page can take input at that moment.
 */
export function installProbe() {
  const bench = {
    fileHandedAt: null,
    lastKeyDownAt: null,
    lastClickAt: null,
    typing: [],
    typingArmed: false,
    autosaves: [],
    /** When the app handed a file to the download, by extension ('png', 'svg', ...). */
    downloadedAt: {},
    frames: null,
  };
  window.__bench = bench;

  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );

  /** Resolves with the time just after the first paint in which `condition()` holds. */
  bench.whenPainted = (condition, timeoutMs = 120_000) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const check = () => {
        if (condition()) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        } else if (performance.now() - started > timeoutMs) reject(new Error('timed out'));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });

  const present = (kind, ids) =>
    ids.every((id) => document.querySelector(`.react-flow__${kind}[data-id="${id}"]`));
  /** Open: the file's cards and arrows that fit the canvas are on the page, and painted. */
  bench.whenDrawn = (nodeIds, edgeIds) =>
    bench.whenPainted(
      () => bench.fileHandedAt !== null && present('node', nodeIds) && present('edge', edgeIds),
    );

  const nodeElement = (id) => document.querySelector(`.react-flow__node[data-id="${id}"]`);
  bench.nodeTransform = (id) => nodeElement(id)?.style.transform ?? null;
  /** Undo and redo: the card is back where it was, on screen. */
  bench.whenNodeAt = (id, transform) =>
    bench.whenPainted(() => nodeElement(id)?.style.transform === transform, 10_000);

  /** Selecting: the card shows as selected, on screen. */
  bench.whenSelected = (id) =>
    bench.whenPainted(() => nodeElement(id)?.classList.contains('selected'), 10_000);

  /** React Flow's viewport transform, and canvas → screen coordinates through it. */
  bench.view = () => {
    const viewport = document.querySelector('.react-flow__viewport');
    const match = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/.exec(
      viewport?.style.transform ?? '',
    );
    if (!match) return null;
    return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
  };
  bench.toScreen = (x, y) => {
    const pane = document.querySelector('.react-flow').getBoundingClientRect();
    const view = bench.view();
    return { x: pane.left + view.x + x * view.zoom, y: pane.top + view.y + y * view.zoom };
  };

  /** Frame times: the gaps between consecutive requestAnimationFrame timestamps. */
  bench.startFrames = () => {
    const frames = { stamps: [], running: true };
    bench.frames = frames;
    const tick = (stamp) => {
      if (!frames.running) return;
      frames.stamps.push(stamp);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  bench.stopFrames = () => {
    const frames = bench.frames;
    frames.running = false;
    const gaps = [];
    for (let i = 1; i < frames.stamps.length; i++)
      gaps.push(frames.stamps[i] - frames.stamps[i - 1]);
    return gaps;
  };

  const isFileInput = (target) => target instanceof HTMLInputElement && target.type === 'file';
  // Capture listeners on the document run before React's own (attached at the root).
  document.addEventListener(
    'input',
    (event) => {
      if (isFileInput(event.target)) bench.fileHandedAt = event.timeStamp;
    },
    true,
  );
  window.addEventListener('keydown', (event) => (bench.lastKeyDownAt = event.timeStamp), true);
  // Trusted clicks only: the app's own download link is clicked from script.
  window.addEventListener(
    'click',
    (event) => {
      if (event.isTrusted) bench.lastClickAt = event.timeStamp;
    },
    true,
  );
  /** Typing: from the key going down to the paint after the field changed. */
  window.addEventListener(
    'input',
    (event) => {
      if (!bench.typingArmed || isFileInput(event.target)) return;
      const keyAt = bench.lastKeyDownAt;
      const value = event.target.value;
      void afterPaint().then((at) => bench.typing.push({ ms: at - keyAt, value }));
    },
    true,
  );

  // An export ends when the app hands the file to the browser's download.
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function clickAndNote() {
    const extension = /\.([a-z]+)$/.exec(this.download)?.[1];
    if (extension) bench.downloadedAt[extension] = performance.now();
    return click.call(this);
  };

  /**
   * What-if for Export PNG: draws an SVG (the app's own Export SVG) into a canvas at the largest
   * pixel ratio ≤ 2 the browser allows, as a PNG export drawn from the document could.
   */
  bench.rasterise = async (svgText) => {
    const started = performance.now();
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const { width, height } = image;
      const ratio = Math.min(
        2,
        16384 / Math.max(width, height),
        Math.sqrt(268e6 / (width * height)),
      );
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(width * ratio);
      canvas.height = Math.floor(height * ratio);
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error('no PNG');
      return { ms: performance.now() - started, width: canvas.width, height: canvas.height };
    } finally {
      URL.revokeObjectURL(url);
    }
  };

  // Autosave: the whole timer task in which the app wrote the blueprint to localStorage,
  // whatever it did around the write (serialising, storage, status), measured without changing
  // the app. A write "is the blueprint" when it holds the file format's name, whatever its key.
  let wroteAutosave = false;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function setItemAndNote(key, value) {
    const text = String(value);
    if (text.includes('"service-blueprint"'))
      wroteAutosave = Math.max(wroteAutosave || 0, text.length);
    return setItem.call(this, key, value);
  };
  const setTimeoutNative = window.setTimeout;
  window.setTimeout = function setTimeoutTimed(callback, delay, ...rest) {
    if (typeof callback !== 'function') return setTimeoutNative(callback, delay, ...rest);
    return setTimeoutNative(
      function timed(...args) {
        wroteAutosave = false;
        const start = performance.now();
        try {
          return callback.apply(this, args);
        } finally {
          if (wroteAutosave !== false)
            bench.autosaves.push({ ms: performance.now() - start, chars: wroteAutosave });
          wroteAutosave = false;
        }
      },
      delay,
      ...rest,
    );
  };
}
