import { laneBands, type Lane } from '../../model';
import type { Dictionary } from '../../i18n/en';
import { t } from '../../i18n/t';
import { copySelection, cutSelection } from '../clipboard/clipboardActions';
import type { KeyboardContext } from '../keyboard/keyHandler';
import type { PaneInfo } from '../keyboard/viewKeys';
import {
  addStepAt,
  addStepAtLaneEnd,
  deleteStepsFrom,
  fitBlueprint,
  laneAtPoint,
  pasteAt,
  renameLaneInHeader,
  writeClipboard,
} from './menuActions';
import type { MenuRequest } from './menuRequest';
import { startComment } from '../../session/commentsUi';

/** One command of a menu. Entries of one `group` sit together; a separator parts groups. */
export interface MenuEntry {
  id: string;
  label: string;
  group: string;
  run: () => void;
  disabled?: boolean;
  /** A two-state command (menuitemcheckbox) and its state. */
  checked?: boolean;
  /** The id of the shortcut-table binding that does the same, shown beside the label. */
  shortcut?: string;
}

export interface MenuEnv {
  ctx: KeyboardContext;
  pane: () => PaneInfo;
  /** There are steps to paste (this tab's last copy, or a readable clipboard). */
  canPaste: boolean;
}

export interface MenuContent {
  label: string;
  entries: MenuEntry[];
}

/** What the menu holds for what it was opened on; null when that is gone (undone, deleted). */
export function menuContent(env: MenuEnv, request: MenuRequest): MenuContent | null {
  const { doc } = env.ctx.store.getState();
  const { target } = request;
  switch (target.kind) {
    case 'step':
      return doc.steps.some((s) => s.id === target.stepId) ? stepMenu(env, target.stepId) : null;
    case 'flow':
      return doc.flows.some((f) => f.id === target.flowId) ? flowMenu(env, target.flowId) : null;
    case 'lane': {
      const lane = doc.lanes.find((l) => l.id === target.laneId);
      if (!lane) return null;
      return {
        label: t('contextMenu.laneMenu', { name: lane.label }),
        entries: [
          entry('addStepHere', 'add', () => addStepAtLaneEnd(env.ctx, lane.id), !editable(env)),
          ...laneEntries(env, lane),
        ],
      };
    }
    case 'pane':
      return paneMenu(env, request.at);
  }
}

function editable(env: MenuEnv): boolean {
  return !env.ctx.store.getState().readOnly;
}

/** The commands' names in the dictionary (the menus' own names and messages are not commands). */
type CommandId = Exclude<
  keyof Dictionary['contextMenu'],
  'paneMenu' | 'laneMenu' | 'stepMenu' | 'stepsMenu' | 'flowMenu' | 'laneDeleted'
>;

function entry(
  id: CommandId,
  group: string,
  run: () => void,
  disabled = false,
  extra: Partial<MenuEntry> = {},
): MenuEntry {
  return { id, label: t(`contextMenu.${id}`), group, run, disabled, ...extra };
}

function paneMenu(env: MenuEnv, at: MenuRequest['at']): MenuContent {
  const { ctx } = env;
  const lane = laneAtPoint(ctx, at);
  const canEdit = editable(env);
  const entries = [
    entry('addStepHere', 'add', () => lane && at && addStepAt(ctx, lane.id, at), !lane || !canEdit),
    entry('paste', 'clipboard', () => void pasteAt(ctx, at), !env.canPaste || !canEdit, {
      shortcut: 'paste',
    }),
    entry('selectAll', 'view', () => ctx.store.getState().selectAll(), false, {
      shortcut: 'selectAll',
    }),
    entry('fitView', 'view', () => fitBlueprint(ctx, env.pane()), false, {
      shortcut: 'fitBlueprint',
    }),
    entry('commentHere', 'comment', () => at && commentAt(ctx, at), !at || !canEdit),
  ];
  if (!lane) return { label: t('contextMenu.paneMenu'), entries };
  return {
    label: t('contextMenu.laneMenu', { name: lane.label }),
    entries: [...entries, ...laneEntries(env, lane)],
  };
}

/**
 * Renaming is for every lane; moving and deleting only for lanes the user added, as in the Lanes
 * panel (the standard lanes' order is what places the three lines).
 */
function laneEntries(env: MenuEnv, lane: Lane): MenuEntry[] {
  const state = () => env.ctx.store.getState();
  const { lanes } = state().doc;
  const index = lanes.findIndex((l) => l.id === lane.id);
  const shown = laneBands(lanes).some((b) => b.lane.id === lane.id);
  const fixed = !editable(env) || lane.kind !== 'custom';
  return [
    entry('renameLane', 'lane', () => renameLaneInHeader(lane.id), !editable(env) || !shown),
    entry('moveLaneUp', 'lane', () => state().moveLane(lane.id, index - 1), fixed || index === 0),
    entry(
      'moveLaneDown',
      'lane',
      () => state().moveLane(lane.id, index + 1),
      fixed || index === lanes.length - 1,
    ),
    entry(
      'deleteLane',
      'lane',
      () => {
        state().removeLane(lane.id);
        env.ctx.announce(t('contextMenu.laneDeleted', { name: lane.label }));
      },
      fixed || lanes.length <= 1,
    ),
  ];
}

/** The commands act on every selected step (the card right-clicked was selected first). */
function stepMenu(env: MenuEnv, stepId: string): MenuContent {
  const { ctx } = env;
  const state = () => ctx.store.getState();
  const ids = state().selection.steps.includes(stepId) ? state().selection.steps : [stepId];
  const readOnly = !editable(env);
  const entries: MenuEntry[] = [
    entry('editLabel', 'label', () => state().setEditingStep(stepId), readOnly, {
      shortcut: 'editLabel',
    }),
    entry('cut', 'clipboard', () => writeClipboard(cutSelection(ctx)), readOnly, {
      shortcut: 'cut',
    }),
    entry('copy', 'clipboard', () => writeClipboard(copySelection(ctx)), false, {
      shortcut: 'copy',
    }),
    entry('duplicate', 'clipboard', () => duplicate(ctx, ids), readOnly, { shortcut: 'duplicate' }),
    entry('toggleFailPoint', 'markers', () => state().toggleFailPoint(ids), readOnly, {
      shortcut: 'toggleFailPoint',
    }),
    entry('toggleWait', 'markers', () => state().toggleWait(ids), readOnly, {
      shortcut: 'toggleWait',
    }),
    ...layoutEntries(env, ids),
    entry('comment', 'comment', () => startComment({ on: 'step', target: stepId }), readOnly),
    entry('delete', 'delete', () => deleteStepsFrom(ctx, ids, stepId), readOnly, {
      shortcut: 'deleteSelection',
    }),
  ];
  const label =
    ids.length > 1 ? t('contextMenu.stepsMenu', { count: ids.length }) : t('contextMenu.stepMenu');
  return { label, entries };
}

/** "Add comment here": a comment pinned to the spot right-clicked, written in the panel. */
function commentAt(ctx: KeyboardContext, at: { x: number; y: number }): void {
  const spot = ctx.flow.screenToFlowPosition(at);
  startComment({ on: 'canvas', x: Math.round(spot.x), y: Math.round(spot.y) });
}

function duplicate(ctx: KeyboardContext, ids: readonly string[]): void {
  const copies = ctx.store.getState().duplicateSteps(ids);
  if (!copies.length) return;
  ctx.announce(t('keyboard.duplicated', { count: copies.length }));
}

/** "Align to column" (two steps or more) and "Tidy up" (the whole blueprint, one undo step). */
function layoutEntries(env: MenuEnv, ids: readonly string[]): MenuEntry[] {
  const state = () => env.ctx.store.getState();
  const readOnly = !editable(env);
  return [
    entry('alignColumn', 'layout', () => state().alignSteps(ids), readOnly || ids.length < 2),
    entry('tidyUp', 'layout', () => state().tidyUp(), readOnly),
  ];
}

/** The commands act on every selected flow (the flow right-clicked was selected first). */
function flowMenu(env: MenuEnv, flowId: string): MenuContent {
  const state = () => env.ctx.store.getState();
  const ids = state().selection.flows;
  const flows = state().doc.flows.filter((f) => ids.includes(f.id));
  const allTwoWay = flows.length > 0 && flows.every((f) => f.twoWay);
  const readOnly = !editable(env);
  return {
    label: t('contextMenu.flowMenu'),
    entries: [
      entry(
        'twoWay',
        'flow',
        () => {
          // One undo step for all of them: the same key, unique to this command.
          const key = `menu-two-way:${Date.now()}:${Math.random()}`;
          for (const flow of flows) state().updateFlow(flow.id, { twoWay: !allTwoWay }, key);
        },
        readOnly,
        { checked: allTwoWay },
      ),
      entry('reverseFlow', 'flow', () => state().reverseFlows(ids), readOnly),
      entry('comment', 'comment', () => startComment({ on: 'flow', target: flowId }), readOnly),
      entry('deleteFlow', 'delete', () => state().deleteFlows(ids), readOnly, {
        shortcut: 'deleteSelection',
      }),
    ],
  };
}
