// Pointer, wheel, pinch and key capture for the timeline. Geometry stays in C#: this only reports gestures as
// (anchor fraction, zoom factor, pan fraction), coalesced per animation frame, with at most one call in flight.

const ZOOM_PER_PIXEL = 0.0018;

export function attach(chart, strip, dotnet) {
  const state = { anchor: 0.5, factor: 1, pan: 0, busy: false, scheduled: false, pointers: new Map(), pinch: null, drag: null };

  const flush = async () => {
    state.scheduled = false;
    if (state.busy || (state.factor === 1 && state.pan === 0)) return;
    const { anchor, factor, pan } = state;
    state.factor = 1; state.pan = 0; state.busy = true;
    try { await dotnet.invokeMethodAsync('OnGesture', anchor, factor, pan); }
    catch { /* circuit gone */ }
    finally { state.busy = false; if (state.factor !== 1 || state.pan !== 0) schedule(); }
  };
  const schedule = () => { if (!state.scheduled) { state.scheduled = true; requestAnimationFrame(flush); } };
  const fraction = (clientX) => {
    const r = chart.getBoundingClientRect();
    return Math.min(1, Math.max(0, (clientX - r.left) / r.width));
  };
  const zoom = (anchor, factor) => { state.anchor = anchor; state.factor *= factor; schedule(); };
  const pan = (f) => { state.pan += f; schedule(); };

  const onWheel = (e) => {
    e.preventDefault();
    const r = chart.getBoundingClientRect();
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? r.height : 1;
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY) && !e.ctrlKey) {
      pan((e.deltaX * unit) / r.width);
    } else {
      // ctrlKey is how trackpad pinches arrive as wheel events: they are small, so they zoom faster.
      zoom(fraction(e.clientX), Math.exp(e.deltaY * unit * ZOOM_PER_PIXEL * (e.ctrlKey ? 5 : 1)));
    }
  };

  // The overview is made of bars that are buttons: a press on one pans once it moves a few pixels (and then is no click),
  // otherwise it stays the bar's click. Capturing the pointer at once would send the click to the chart instead.
  const DRAG_START = 3;
  const onDown = (e) => {
    if (e.button !== 0 || e.target.closest('[data-event-id],[data-cluster]')) return;
    const onBar = !!e.target.closest('[data-bar]');
    state.suppressClick = false;
    if (!onBar) chart.setPointerCapture(e.pointerId);
    state.pointers.set(e.pointerId, e.clientX);
    if (state.pointers.size === 2) {
      const [a, b] = [...state.pointers.values()];
      state.pinch = { distance: Math.abs(a - b) || 1 };
    } else {
      state.drag = { x: e.clientX, from: e.clientX, captured: !onBar };
    }
  };
  const onClickCapture = (e) => {
    if (!state.suppressClick) return;
    state.suppressClick = false;
    e.stopPropagation();
    e.preventDefault();
  };
  const onMove = (e) => {
    if (!state.pointers.has(e.pointerId)) return;
    state.pointers.set(e.pointerId, e.clientX);
    const r = chart.getBoundingClientRect();
    if (state.pointers.size === 2 && state.pinch) {
      const [a, b] = [...state.pointers.values()];
      const distance = Math.abs(a - b) || 1;
      zoom(fraction((a + b) / 2), state.pinch.distance / distance);
      state.pinch.distance = distance;
    } else if (state.drag) {
      if (!state.drag.captured) {
        if (Math.abs(e.clientX - state.drag.from) < DRAG_START) return;
        chart.setPointerCapture(e.pointerId);
        state.drag.captured = true;
        state.suppressClick = true;
      }
      pan(-(e.clientX - state.drag.x) / r.width);
      state.drag.x = e.clientX;
      chart.classList.add('tl-dragging');
    }
  };
  const onUp = (e) => {
    state.pointers.delete(e.pointerId);
    if (state.pointers.size < 2) state.pinch = null;
    if (state.pointers.size === 0) { state.drag = null; chart.classList.remove('tl-dragging'); }
  };
  // The chart's markers, bubbles and bars are one Tab stop (tabindex 0 on one of them): the one focused last, else the
  // one the server marks as the entry (the open event's). Their order (data-nav) is computed in C#.
  const rove = (target) => {
    for (const el of chart.querySelectorAll('[data-nav][tabindex="0"]')) if (el !== target) el.setAttribute('tabindex', '-1');
    if (target && target.getAttribute('tabindex') !== '0') target.setAttribute('tabindex', '0');
  };
  const item = (nav) => chart.querySelector(`[data-nav="${nav}"]`);
  // A new view reuses the elements (and Blazor rewrites only the tabindex values that changed in its own render): after
  // each render the stop goes back to the server's entry, unless focus is on an item.
  const restore = () => {
    const focused = document.activeElement?.closest?.('[data-nav]');
    rove(focused && chart.contains(focused) ? focused : item(chart.dataset.entry) ?? item(0));
  };
  const steps = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity };
  const onKey = (e) => {
    // Markers and bubbles are buttons handled in C#; Space on one must not also scroll the page.
    if (e.key === ' ' && e.target.closest?.('[role=button]')) { e.preventDefault(); return; }
    const current = e.target.closest?.('[data-nav]');
    if (current && e.key in steps && !e.altKey && !e.metaKey && !e.ctrlKey && !e.shiftKey) {
      e.preventDefault();
      const last = chart.querySelectorAll('[data-nav]').length - 1;
      const next = item(Math.min(last, Math.max(0, Number(current.dataset.nav) + steps[e.key])));
      if (next) { rove(next); next.focus(); }
      return;
    }
    const keys = { '+': () => zoom(0.5, 0.6), '=': () => zoom(0.5, 0.6), '-': () => zoom(0.5, 1 / 0.6), '_': () => zoom(0.5, 1 / 0.6),
      ArrowLeft: () => pan(-0.2), ArrowRight: () => pan(0.2), Home: () => dotnet.invokeMethodAsync('OnFit') };
    const action = keys[e.key];
    if (action && !e.altKey && !e.metaKey && !e.ctrlKey) { e.preventDefault(); action(); }
  };

  // The strip: dragging the window mark pans; a click elsewhere centres the window there.
  const stripState = { x: null, moved: false };
  const stripFraction = (clientX) => { const r = strip.getBoundingClientRect(); return (clientX - r.left) / r.width; };
  const onStripDown = (e) => { if (e.button !== 0) return; strip.setPointerCapture(e.pointerId); stripState.x = e.clientX; stripState.moved = false; };
  const onStripMove = (e) => {
    if (stripState.x === null) return;
    const dx = e.clientX - stripState.x;
    if (Math.abs(dx) < 2 && !stripState.moved) return;
    stripState.moved = true;
    stripState.x = e.clientX;
    stripPan(dx / strip.getBoundingClientRect().width);
  };
  let stripPending = 0, stripBusy = false;
  const stripPan = (f) => {
    stripPending += f;
    if (stripBusy) return;
    requestAnimationFrame(async () => {
      const value = stripPending; stripPending = 0; stripBusy = true;
      try { await dotnet.invokeMethodAsync('OnStripPan', value); } catch { }
      finally { stripBusy = false; if (stripPending !== 0) stripPan(0); }
    });
  };
  const onStripUp = (e) => {
    if (stripState.x !== null && !stripState.moved) dotnet.invokeMethodAsync('OnStripCenter', stripFraction(e.clientX));
    stripState.x = null;
  };

  const resize = new ResizeObserver(() => dotnet.invokeMethodAsync('OnResize', chart.getBoundingClientRect().width).catch(() => { }));
  resize.observe(chart);

  // One signal detaches every listener on dispose, so the list below is the only one to keep up to date.
  const listeners = new AbortController();
  const on = (target, type, handler, options = {}) =>
    target?.addEventListener(type, handler, { ...options, signal: listeners.signal });
  on(chart, 'wheel', onWheel, { passive: false });
  on(chart, 'pointerdown', onDown);
  on(chart, 'click', onClickCapture, { capture: true });
  on(chart, 'pointermove', onMove);
  on(chart, 'pointerup', onUp);
  on(chart, 'pointercancel', onUp);
  on(chart, 'keydown', onKey);
  on(chart, 'focusin', (e) => { const target = e.target.closest?.('[data-nav]'); if (target) rove(target); });
  const rendered = new MutationObserver(restore);
  rendered.observe(chart, { childList: true, subtree: true, attributes: true, attributeFilter: ['tabindex', 'data-entry'] });
  on(strip, 'pointerdown', onStripDown);
  on(strip, 'pointermove', onStripMove);
  on(strip, 'pointerup', onStripUp);
  on(strip, 'keydown', onKey);
  // Tells tests (and anyone inspecting the page) that wheel, drag and keys now reach the circuit.
  chart.setAttribute('data-interactive', 'true');

  return {
    dispose() {
      chart.removeAttribute('data-interactive');
      resize.disconnect();
      rendered.disconnect();
      listeners.abort();
    }
  };
}

// Export: the server draws the picture to publish (/export.svg); a PNG is that SVG rasterised at twice its size here,
// the one thing a browser can do that the server has no library for.
function download(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export async function downloadPng(url, name) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const text = await response.text();
  const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  const width = parseFloat(root.getAttribute('width')), height = parseFloat(root.getAttribute('height'));
  const img = new Image();
  const scale = 2;
  await new Promise((resolve, reject) => {
    img.onload = resolve;
    img.onerror = () => reject(new Error('the SVG could not be drawn'));
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text);
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale); canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/png'));
  download(blob, name);
}

// Lands a link from an event on its sentence, also after Blazor's own navigation.
export function scrollToHash() {
  const id = decodeURIComponent(location.hash.slice(1));
  const el = id && document.getElementById(id);
  if (el) { el.scrollIntoView({ block: 'center' }); el.focus({ preventScroll: true }); }
}

export function focus(el) { el?.focus(); }
