// Everything the timeline loads after the page is interactive, as one file: d3-zoom for the
// gestures, d3-axis and date-fns for the ticks. Both attachments import it; the browser fetches it once.
export { drawAxis } from './axis-draw';
export { bindZoom } from './zoom-behavior';
