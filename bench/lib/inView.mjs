/**
 * Which cards and arrows of a blueprint must be on screen right after opening it: the cards
 * wholly inside the canvas (less a margin) at the file's viewport, and the flows between two
 * such cards. Open counts as drawn when these are, so it means the same whether the canvas
 * puts every card in the page or only the visible ones (`onlyRenderVisibleElements`).
 */
const CARD_WIDTH = 176;
const CARD_HEIGHT = 100;
const CARD_TOP_PADDING = 24;
const MARGIN = 24;

export function inView(doc, canvas) {
  const view = doc.view;
  const left = (MARGIN - view.x) / view.zoom;
  const top = (MARGIN - view.y) / view.zoom;
  const right = (canvas.width - MARGIN - view.x) / view.zoom;
  const bottom = (canvas.height - MARGIN - view.y) / view.zoom;
  const laneTop = new Map();
  let y = 0;
  for (const lane of doc.lanes) {
    if (lane.hidden) continue;
    laneTop.set(lane.id, y);
    y += lane.height;
  }
  const nodeIds = doc.steps
    .filter((step) => {
      const cardTop = laneTop.get(step.lane);
      if (cardTop === undefined) return false;
      const cardY = cardTop + CARD_TOP_PADDING;
      return (
        step.x >= left &&
        step.x + CARD_WIDTH <= right &&
        cardY >= top &&
        cardY + CARD_HEIGHT <= bottom
      );
    })
    .map((step) => step.id);
  const shown = new Set(nodeIds);
  const edgeIds = doc.flows
    .filter((flow) => shown.has(flow.from) && shown.has(flow.to))
    .map((flow) => flow.id);
  return { nodeIds, edgeIds };
}
