/**
 * Where a menu's panel goes, in viewport pixels: under its button, left edges aligned, moved
 * left as far as needed to stay on screen (never past the left margin); above the button
 * where the room below is too small for it and there is more room above; never taller than
 * the room it has, so a long panel scrolls inside itself rather than off the screen.
 */
export interface PanelPlacement {
  left: number;
  top: number;
  maxHeight: number;
}

interface Box {
  left: number;
  top: number;
  bottom: number;
}

export function placePanel(
  anchor: Box,
  panel: { width: number; height: number },
  viewport: { width: number; height: number },
  { margin = 8, gap = 4 } = {},
): PanelPlacement {
  const left = Math.max(margin, Math.min(anchor.left, viewport.width - margin - panel.width));
  const below = viewport.height - anchor.bottom - gap - margin;
  const above = anchor.top - gap - margin;
  if (panel.height > below && above > below) {
    const maxHeight = Math.max(0, above);
    return { left, top: anchor.top - gap - Math.min(panel.height, maxHeight), maxHeight };
  }
  return { left, top: anchor.bottom + gap, maxHeight: Math.max(0, below) };
}
